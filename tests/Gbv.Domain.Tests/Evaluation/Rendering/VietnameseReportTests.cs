using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Tests.Evaluation.Rendering;

/// <summary>
/// No English word reaches a Vietnamese report: every seed plan's report (and Đăk Tô's on its data), in Markdown and
/// in HTML, read word by word against every English word of Words.resx that Vietnamese does not also use; no ISO date,
/// no id where the plan has a name.
/// </summary>
public sealed partial class VietnameseReportTests
{
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private static IEnumerable<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [Fact]
    public void Both_resource_files_have_the_same_keys_and_no_vietnamese_text_is_empty()
    {
        var en = Words.All(vi: false);
        var vi = Words.All(vi: true);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), vi.Keys.Order(StringComparer.Ordinal));
        Assert.All(vi, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
        // The placeholders agree, as the diagnostics' do.
        Assert.All(en, p => Assert.Equal(Regex.Matches(p.Value, @"\{\d\}").Select(m => m.Value).Distinct().Order(), Regex.Matches(vi[p.Key], @"\{\d\}").Select(m => m.Value).Distinct().Order()));
    }

    [Fact]
    public void No_english_word_reaches_a_vietnamese_rendering()
    {
        // The English words of the interface, less those Vietnamese writes too, and the statuses and kinds as .NET names them.
        var vietnamese = Words.All(vi: true).Values.SelectMany(Tokens).ToHashSet();
        var english = Words.All(vi: false).Values.Concat(Enum.GetNames<Gbv.Domain.Indicators.IndicatorStatus>()).Concat(Enum.GetNames<Gbv.Domain.Calendar.AgendaKind>())
            .SelectMany(Tokens).Where(w => w.Length >= 3 && !vietnamese.Contains(w)).ToHashSet();
        Assert.Contains("indicator", english);
        Assert.Contains("reportdue", english);

        foreach (var (name, report) in ReportSectionsTests.Reports())
        {
            // The plan's own Vietnamese words may be anything its authors wrote.
            var own = PlanWords(name == "dak-to with data" ? "ubnd-dak-to-2017-2020.plan.json" : name);
            var html = ComplianceReportHtml.Render(report, "vi");
            var page = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
            foreach (var (format, text) in new[] { ("markdown", ComplianceReportMarkdown.Render(report, "vi")), ("html", page.Root!.Element(XName.Get("body", "http://www.w3.org/1999/xhtml"))!.Value) })
            {
                var leaked = Tokens(text).Where(w => english.Contains(w) && !own.Contains(w)).Distinct().ToList();
                Assert.True(leaked.Count == 0, $"{name} ({format}): English in the Vietnamese report: {string.Join(", ", leaked)}");
                Assert.DoesNotMatch(@"\b\d{4}-\d{2}-\d{2}\b", text);
            }
        }
    }

    [Fact]
    public void The_vietnamese_report_names_what_the_plan_names_and_the_json_keeps_the_ids()
    {
        var report = ReportSectionsTests.DakTo();
        var md = ComplianceReportMarkdown.Render(report, "vi");
        foreach (var indicator in report.Plan.Indicators)
        {
            Assert.Contains("| " + indicator.Title.Vi + " |", md, StringComparison.Ordinal);
            Assert.DoesNotContain(indicator.Key, md, StringComparison.Ordinal);
        }

        Assert.Contains("| Xã Đăk Trăm | 2020 | 7/7 (100%) | đạt |", md, StringComparison.Ordinal);
        Assert.Contains("31/12/2020", md, StringComparison.Ordinal);
        Assert.Contains("89,2%", Gbv.Domain.Evaluation.Indicators.IndicatorEvaluator.Percent(33m * 100 / 37, vi: true), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ComplianceReportJson.Write(report));
        Assert.Equal("victims-detected", json.RootElement.GetProperty("indicators")[0].GetProperty("key").GetString());
        Assert.Equal(["tt-dak-to", "xa-dak-tram", "xa-ngoc-tu", "xa-tan-canh"], json.RootElement.GetProperty("indicators")[0].GetProperty("byUnit").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }

    private static HashSet<string> PlanWords(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestFiles.SamplePlan(file)));
        var words = new HashSet<string>();
        void Walk(JsonElement e, string? property)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, property);
                    }

                    break;
                case JsonValueKind.String when property is "vi" or "source" or "quote":
                    words.UnionWith(Tokens(e.GetString()!));
                    break;
            }
        }

        Walk(json.RootElement, null);
        return words;
    }
}
