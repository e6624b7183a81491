using System.Collections.Immutable;
using System.Text.Json;
using System.Xml.Linq;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Tests.Evaluation.Rendering;

/// <summary>
/// Every section of the report model (<see cref="ReportSection"/>, read by reflection) is in each rendering: the JSON
/// has its property, the Markdown its heading with something under it, the HTML its <c>section</c> with a heading and
/// content; for every seed plan and the Đăk Tô sample data, in both languages.
/// </summary>
public sealed class ReportSectionsTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The sections, from the enumeration itself: a section added to the model is checked without touching this test.</summary>
    private static ReportSection[] Sections => [.. typeof(ReportSection).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Select(f => (ReportSection)f.GetValue(null)!)];

    /// <summary>Each seed plan evaluated without data at the end of its last year, and Đăk Tô on its sample data.</summary>
    internal static IEnumerable<(string Name, ComplianceReport Report)> Reports()
    {
        foreach (var file in Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json").Order(StringComparer.Ordinal))
        {
            var plan = ComplianceEngine.LoadFile(file).CompiledPlan!;
            var year = plan.Plan.Period.To ?? plan.Plan.Period.FirstYearOr(2025);
            yield return (Path.GetFileName(file), plan.Evaluate(new ComplianceData<CaseRecord>(), plan.EndOfDay(new NodaTime.LocalDate(year, 12, 31))));
        }

        yield return ("dak-to with data", DakTo());
    }

    internal static ComplianceReport DakTo()
    {
        var plan = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
        string Data(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to", file);
        var units = File.ReadAllLines(Data("units.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        return plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [.. File.ReadAllLines(Data("reported.csv")).Skip(1).Select(l => l.Split(',')).Select(p => new Gbv.Domain.Indicators.ReportedValue(p[0], int.Parse(p[1]), p[2], long.Parse(p[3])))],
            ReportingUnits = units.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Select(p => p[1]).ToImmutableArray()),
            UnitNames = units.ToDictionary(p => p[1], p => new LocalizedText(p[2])),
        }, plan.EndOfDay(new NodaTime.LocalDate(2020, 12, 31)));
    }

    [Fact]
    public void The_sections_are_the_model_s_own_in_its_order()
    {
        Assert.Equal(Sections, ReportSections.All);
        Assert.Equal(8, Sections.Length);
        Assert.Equal(Sections.Length, Sections.Select(ReportSections.JsonProperty).Distinct().Count());
        Assert.Equal(Sections.Length, Sections.Select(ReportSections.Anchor).Distinct().Count());
    }

    [Fact]
    public void Every_section_is_in_the_json()
    {
        foreach (var (name, report) in Reports())
        {
            using var json = JsonDocument.Parse(ComplianceReportJson.Write(report));
            Assert.All(Sections, s => Assert.True(json.RootElement.TryGetProperty(ReportSections.JsonProperty(s), out _), $"{name}: no \"{ReportSections.JsonProperty(s)}\""));
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_section_is_in_the_markdown_with_something_under_its_heading(string language)
    {
        foreach (var (name, report) in Reports())
        {
            var md = ComplianceReportMarkdown.Render(report, language);
            var parts = md.Split("\n## ");
            // The title and subtitle, then one part per section, each opening with the section's heading, in order.
            Assert.Equal(Sections.Length + 1, parts.Length);
            for (var i = 0; i < Sections.Length; i++)
            {
                var lines = parts[i + 1].Split('\n');
                Assert.Equal(Words.Get("Section." + Sections[i], language == "vi"), lines[0]);
                Assert.True(lines.Skip(1).Any(l => l.Trim().Length > 0 && !l.StartsWith('_')), $"{name}: section {Sections[i]} is empty");
            }
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_section_is_in_the_html_with_a_heading_and_content(string language)
    {
        foreach (var (name, report) in Reports())
        {
            var html = ComplianceReportHtml.Render(report, language);
            var page = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
            var sections = page.Descendants(Xhtml + "section").ToList();
            Assert.Equal(Sections.Select(ReportSections.Anchor), sections.Select(s => (string?)s.Attribute("id")));
            for (var i = 0; i < Sections.Length; i++)
            {
                Assert.Equal(Words.Get("Section." + Sections[i], language == "vi"), sections[i].Element(Xhtml + "h2")?.Value);
                Assert.True(sections[i].Elements().Count() >= 2, $"{name}: section {Sections[i]} has nothing under its heading");
            }
        }
    }
}
