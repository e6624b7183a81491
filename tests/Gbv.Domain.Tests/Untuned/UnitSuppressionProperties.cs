using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// The table of units beside a total gives back no small count, by any arithmetic on its rows: checked on random
/// figures against a reference written from the rule alone (the raw figures, not the renderer's).
/// </summary>
public sealed class UnitSuppressionProperties
{
    private static readonly CompiledPlan<CaseRecord> Plan = UntunedPlan.Compiled();

    private static bool Small(long c) => c is > 0 and < 5;

    /// <summary>The rows of the units' table of "cases-helped", by unit: null for a hidden row, else its figures cell.</summary>
    private static Dictionary<string, string?> Table((long Known, long Helped)[] units)
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [.. units.SelectMany((u, i) => new[] { new Gbv.Domain.Indicators.ReportedValue($"thon-{i + 1}", 2024, "cases_known", u.Known), new Gbv.Domain.Indicators.ReportedValue($"thon-{i + 1}", 2024, "cases_helped", u.Helped) })],
        }, Plan.EndOfDay(new LocalDate(2024, 12, 31)));
        var md = ComplianceReportMarkdown.Render(report, "en");
        var table = md[md.IndexOf("**cases-helped: ", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf("| unit |", StringComparison.Ordinal), StringComparison.Ordinal)];
        return table.Split('\n').Where(l => l.StartsWith("| thon-", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[1], c => c[3] == "(hidden)" ? null : c[3], StringComparer.Ordinal);
    }

    [Property(MaxTest = 150)]
    public Property No_small_count_comes_back_from_the_rows_and_the_total() =>
        Prop.ForAll(Gen.Choose(1, 5).SelectMany(n => Gen.Choose(0, 14).Two().Select(p => (Known: (long)Math.Max(p.Item1, p.Item2), Helped: (long)Math.Min(p.Item1, p.Item2))).ArrayOf(n)).ToArbitrary(), units =>
        {
            var rows = Table(units);
            var (known, helped) = (units.Sum(u => u.Known), units.Sum(u => u.Helped));
            var totalHidden = Small(helped) || Small(known) || Small(known - helped);
            var hidden = Enumerable.Range(0, units.Length).Where(i => rows[$"thon-{i + 1}"] is null).ToList();
            for (var i = 0; i < units.Length; i++)
            {
                var (k, h) = units[i];
                // A row is hidden when its own part, whole or complement is small, or when the total's is.
                if (Small(h) || Small(k) || Small(k - h) || totalHidden)
                {
                    Assert.Contains(i, hidden);
                }
                else if (!hidden.Contains(i))
                {
                    Assert.StartsWith($"{h}/{k}", rows[$"thon-{i + 1}"], StringComparison.Ordinal);
                }
            }

            if (hidden.Count > 0 && hidden.Count < units.Length)
            {
                // The total less the shown rows is what the hidden rows hold together: never one row's alone, never small.
                Assert.True(hidden.Count >= 2, "one hidden row would be the total less the others");
                var (hk, hh) = (hidden.Sum(i => units[i].Known), hidden.Sum(i => units[i].Helped));
                Assert.False(Small(hk) || Small(hh) || Small(hk - hh), $"the hidden rows add up to a small count: {hh}/{hk}");
            }
        });
}
