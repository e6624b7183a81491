using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// Small counts that protect somebody: in every rendered format that suppresses, no hidden count can be worked out from
/// the cells the same row shows (the least count, the shortfall, the percentage, the complement of a part).
/// </summary>
public sealed class SuppressionProperties
{
    private static readonly CompiledPlan<CaseRecord> Plan = UntunedPlan.Compiled();

    private static string[] Row(int known, int helped, bool html)
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new("thon-1", 2024, "cases_known", known), new("thon-1", 2024, "cases_helped", helped)],
        }, Plan.EndOfDay(new LocalDate(2024, 12, 31)));
        if (!html)
        {
            var line = ComplianceReportMarkdown.Render(report, "en").Split('\n').Single(l => l.StartsWith("| cases-helped |", StringComparison.Ordinal));
            return [.. line.Split('|').Skip(1).SkipLast(1).Select(c => c.Trim())];
        }

        var page = ComplianceReportHtml.Render(report, "en");
        var row = page[page.IndexOf(">cases-helped<", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>(.*?)</td>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    [Property(MaxTest = 200)]
    public Property No_hidden_count_can_be_worked_out_from_the_shown_cells() =>
        Prop.ForAll(Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (known, helped) =>
        {
            helped = Math.Min(helped, known);
            var small = (long c) => c is > 0 and < 5;
            // Beside a hidden whole the complement is hidden with it (0 of "<5" names nobody).
            var partHidden = small(helped) || (small(known - helped) && !small(known));
            foreach (var html in new[] { false, true })
            {
                var cells = Row(known, helped, html);
                var figures = cells.First(c => c.Contains('/', StringComparison.Ordinal));
                // Markdown: ... least, needed, of the target; HTML: ... least, needed, of the target, the chart year by year.
                var (least, needed) = html ? (cells[^4], cells[^3]) : (cells[^3], cells[^2]);
                if (partHidden)
                {
                    // Neither the part, nor anything it can be recovered from: the shortfall (least − part), the percentage.
                    Assert.False(figures.StartsWith($"{helped}/", StringComparison.Ordinal), figures);
                    Assert.DoesNotContain("%", figures, StringComparison.Ordinal);
                    Assert.Equal("—", needed);
                    Assert.Equal("—", html ? cells[^2] : cells[^1]);
                }

                if (small(known))
                {
                    // The whole is hidden, and so is the least count that would give it back.
                    Assert.EndsWith("/<5", figures, StringComparison.Ordinal);
                    Assert.Equal(("—", "—"), (least, needed));
                }

                if (!partHidden && !small(known))
                {
                    // Nothing hidden: the row says it all, the shortfall included.
                    Assert.StartsWith($"{helped}/{known}", figures, StringComparison.Ordinal);
                    Assert.Equal(known == 0 ? "—" : LeastCount(known).ToString(System.Globalization.CultureInfo.InvariantCulture), least);
                }
            }
        });

    /// <summary>The least count that meets "ít nhất 80%" of a denominator, by hand: ⌈0.8 d⌉ = ⌈4d / 5⌉.</summary>
    private static long LeastCount(long d) => ((4 * d) + 4) / 5;

    [Fact]
    public void Thirty_three_of_thirty_seven_hides_the_part_and_the_shortfall_but_keeps_the_least_count()
    {
        // 37 known, 33 helped: 4 not helped, a small complement. The least count, 30 (⌈29.6⌉), depends on 37 alone.
        var cells = Row(37, 33, html: false);
        Assert.Equal((">32/37", "2024"), (cells[4], cells[3]));
        Assert.Equal(("30", "—", "—"), (cells[5], cells[6], cells[7]));

        // 30 of 37: nothing small, everything shown, the shortfall too (0).
        Assert.Equal(("30/37 (81.1%)", "30", "0"), (Row(37, 30, html: false)[4], Row(37, 30, html: false)[5], Row(37, 30, html: false)[6]));
    }
}
