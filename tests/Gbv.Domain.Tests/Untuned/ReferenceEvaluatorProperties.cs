using System.Collections.Immutable;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// The engine against a reference written plainly from docs/indicators.md, sharing no code with it: a loop per unit and
/// year over the raw rows, exact fractions (BigInteger cross-multiplication), on random data with missing figures,
/// unknown units and elements, impossible figures, year 0 and repeated rows.
/// </summary>
public sealed class ReferenceEvaluatorProperties
{
    private static readonly string?[] Strategies = [null, "skip-if-any-missing", "skip-if-all-missing", "never-skip"];
    private static readonly Dictionary<string, CompiledPlan<CaseRecord>> Plans = Strategies.ToDictionary(s => s ?? "default", s => UntunedPlan.Compiled(s));
    private static readonly string[] Units = ["thon-1", "thon-2", "thon-3", "thon-9", "", "ubnd-xa"];
    private static readonly string[] Elements = ["cases_known", "cases_helped", "cases_counselled", "first_time_cases", "repeat_cases", "cases_helpd"];

    /// <summary>The ratio indicators of the plan: key, numerator, denominator, threshold as a fraction p/q, comparison, horizon.</summary>
    private static readonly (string Key, string Numerator, string Denominator, BigInteger P, BigInteger Q, string Comparison, bool From, int Year, bool PartOfWhole)[] Ratios =
    [
        ("cases-helped", "cases_helped", "cases_known", 80, 100, "at-least", true, 2024, true),
        ("cases-counselled", "cases_counselled", "cases_helped", 50, 100, "more-than", false, 2026, true),
        ("repeat-violence", "repeat_cases", "first_time_cases", 1, 2, "at-most", false, 2026, false),
    ];

    [Property(MaxTest = 300)]
    public Property Engine_and_reference_agree_on_random_data() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (seed, strategy, rows) =>
        {
            var random = new Random(seed);
            var values = new List<ReportedValue>();
            for (var i = 0; i < rows; i++)
            {
                if (values.Count > 0 && random.Next(8) == 0)
                {
                    // The same row again, or the same figure with another value.
                    var again = values[random.Next(values.Count)];
                    values.Add(random.Next(2) == 0 ? again : again with { Value = again.Value + 1 });
                    continue;
                }

                var year = random.Next(10) == 0 ? 0 : 2024 + random.Next(2);
                values.Add(new ReportedValue(Units[random.Next(Units.Length)], year, Elements[random.Next(Elements.Length)], random.Next(-1, 15)));
            }

            LocalDate[] dates = [new(2024, 6, 15), new(2024, 12, 31), new(2025, 6, 15), new(2025, 12, 30), new(2025, 12, 31), new(2026, 12, 31)];
            var asOf = dates[random.Next(dates.Length)];
            var name = Strategies[strategy] ?? "default";
            var plan = Plans[name];
            var report = plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = values, ReportingUnits = UntunedPlan.Villages }, plan.EndOfDay(asOf));
            foreach (var ratio in Ratios)
            {
                var actual = report.Indicators.Single(r => r.Indicator.Key == ratio.Key);
                var expected = Reference(values, ratio, Strategies[strategy] ?? "skip-if-any-missing", asOf);
                Assert.True(expected == (actual.Status, actual.Numerator, actual.Denominator, actual.UnitsReported, actual.UnitsExpected,
                    string.Join(",", actual.MissingUnits.Select(g => g.Unit)), string.Join(",", actual.ImpossibleUnits.Select(g => g.Unit))),
                    $"{ratio.Key} ({name}, as of {asOf}): expected {expected}, engine {actual.ExplanationEn}\n{string.Join("\n", values)}");
            }
        });

    private static (IndicatorStatus, long?, long?, int, int, string, string) Reference(
        List<ReportedValue> rows, (string Key, string Numerator, string Denominator, BigInteger P, BigInteger Q, string Comparison, bool From, int Year, bool PartOfWhole) ratio,
        string strategy, LocalDate asOf)
    {
        // The rows that count: a unit of the plan's data, an element of the plan's, a year, a count; the first of a repeated figure.
        string[] known = ["thon-1", "thon-2", "thon-3", "ubnd-xa", "cong-chuc-vhxh", "ban-thon"];
        string[] elements = ["cases_known", "cases_helped", "cases_counselled", "first_time_cases", "repeat_cases", "villages_with_club"];
        var figures = new Dictionary<(string, int, string), long>();
        foreach (var row in rows)
        {
            if (known.Contains(row.Unit) && elements.Contains(row.Element) && row.Year >= 1 && row.Value >= 0 && !figures.ContainsKey((row.Unit, row.Year, row.Element)))
            {
                figures[(row.Unit, row.Year, row.Element)] = (long)row.Value;
            }
        }

        // "by Y": Y once 31 December Y has passed, else this year; "from Y": the last ended year from Y on, else this year.
        var lastEnded = asOf.Month == 12 && asOf.Day == 31 ? asOf.Year : asOf.Year - 1;
        var ended = lastEnded >= ratio.Year;
        var year = ratio.From ? (ended ? lastEnded : asOf.Year) : (ended ? ratio.Year : Math.Min(asOf.Year, ratio.Year));
        var result = InYear(figures, known, ratio, strategy, year, ended);
        if (!ratio.From || !ended)
        {
            return result;
        }

        // "From Y" holds every ended year from Y: any year not met makes it not met, else any year without data makes it no data.
        var statuses = Enumerable.Range(ratio.Year, year - ratio.Year + 1).Select(y => InYear(figures, known, ratio, strategy, y, true).Item1).ToList();
        var overall = statuses.Contains(IndicatorStatus.NotMet) ? IndicatorStatus.NotMet : statuses.Contains(IndicatorStatus.NoData) ? IndicatorStatus.NoData : result.Item1;
        return result with { Item1 = overall };
    }

    private static (IndicatorStatus, long?, long?, int, int, string, string) InYear(
        Dictionary<(string, int, string), long> figures, string[] known,
        (string Key, string Numerator, string Denominator, BigInteger P, BigInteger Q, string Comparison, bool From, int Year, bool PartOfWhole) ratio,
        string strategy, int year, bool ended)
    {
        long n = 0, d = 0;
        int pooled = 0, expected = 0;
        var missing = new List<string>();
        var impossible = new List<string>();
        foreach (var unit in known.Order(StringComparer.Ordinal))
        {
            long? a = figures.TryGetValue((unit, year, ratio.Numerator), out var x) ? x : null;
            long? b = figures.TryGetValue((unit, year, ratio.Denominator), out var y) ? y : null;
            if (a is null && b is null)
            {
                // Reported figures are sent: a unit that sent either figure in some year and neither in this one did
                // not report, and so did a village when another village (the data's units: ban-thon's thon-1, 2 and
                // 3) sent either; the plan's "never-skip" counts its gaps as 0, the other strategies leave it out.
                string[] villages = ["thon-1", "thon-2", "thon-3"];
                var group = villages.Contains(unit) ? villages : [unit];
                if (!figures.Keys.Any(k => group.Contains(k.Item1) && (k.Item3 == ratio.Numerator || k.Item3 == ratio.Denominator)))
                {
                    continue;
                }

                expected++;
                if (strategy != "never-skip")
                {
                    missing.Add(unit);
                    continue;
                }

                pooled++;
                continue;
            }

            expected++;
            if ((a is null || b is null) && strategy == "skip-if-any-missing")
            {
                missing.Add(unit);
                continue;
            }

            if (ratio.PartOfWhole && (a ?? 0) > (b ?? 0))
            {
                impossible.Add(unit);
                continue;
            }

            n += a ?? 0;
            d += b ?? 0;
            pooled++;
        }

        var leftOut = (string.Join(",", missing), string.Join(",", impossible));
        if (pooled == 0)
        {
            if (expected == 0 && strategy == "never-skip")
            {
                return (IndicatorStatus.NotApplicable, 0, 0, 0, 0, "", "");
            }

            return (ended ? IndicatorStatus.NoData : IndicatorStatus.NotDue, null, null, 0, expected, leftOut.Item1, leftOut.Item2);
        }

        if (d == 0)
        {
            return (IndicatorStatus.NotApplicable, n, 0, pooled, expected, leftOut.Item1, leftOut.Item2);
        }

        // n/d against p/q: compare n·q with p·d, exactly.
        var left = new BigInteger(n) * ratio.Q;
        var right = ratio.P * new BigInteger(d);
        var met = ratio.Comparison switch
        {
            "at-least" => left >= right,
            "more-than" => left > right,
            _ => left <= right,
        };
        var status = ended ? (met ? IndicatorStatus.Met : IndicatorStatus.NotMet) : (met ? IndicatorStatus.OnTrack : IndicatorStatus.AtRisk);
        return (status, n, d, pooled, expected, leftOut.Item1, leftOut.Item2);
    }
}
