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
/// The engine against a plain reference for a ratio of two plan-area figures (docs/indicators.md, "How units'
/// figures combine"), on random rows: several units sending the survey, unknown units, negative values, year 0, the
/// same row twice and the same figure with two values. No code shared with the engine; exact fractions.
/// </summary>
public sealed class PlanAreaReferenceProperties
{
    private static readonly CompiledPlan<CaseRecord> Plan = Compile();
    private static readonly string[] Units = ["ubnd-huyen", "phong-ldtbxh", "xa-1", "xa-2", "xa-9"];
    private static readonly string[] Elements = ["women_surveyed", "women_aware", "cases_known"];

    private static CompiledPlan<CaseRecord> Compile()
    {
        var result = ComplianceEngine.Load(PlanAreaAndPeopleTests.Json, PlanAreaAndPeopleTests.File);
        Assert.True(result.Success);
        return result.CompiledPlan!;
    }

    [Property(MaxTest = 300)]
    public Property Engine_and_reference_agree_on_a_ratio_of_plan_area_figures() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (seed, count) =>
        {
            var random = new Random(seed);
            var rows = new List<ReportedValue>();
            for (var i = 0; i < count; i++)
            {
                if (rows.Count > 0 && random.Next(6) == 0)
                {
                    var again = rows[random.Next(rows.Count)];
                    rows.Add(random.Next(2) == 0 ? again : again with { Value = again.Value + 1 });
                    continue;
                }

                // Mostly one office reports the survey, so that Met and NotMet both happen often.
                var unit = random.Next(3) == 0 ? Units[random.Next(Units.Length)] : "phong-ldtbxh";
                var year = random.Next(12) == 0 ? 0 : 2025;
                rows.Add(new ReportedValue(unit, year, Elements[random.Next(Elements.Length)], random.Next(-1, 300)));
            }

            var report = Plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = rows, ReportingUnits = PlanAreaAndPeopleTests.Communes }, Plan.EndOfDay(new LocalDate(2025, 12, 31)));
            var actual = report.Indicators.Single(r => r.Indicator.Key == "hotline-known");
            var expected = Reference(rows);
            Assert.True(expected == (actual.Status, actual.Numerator, actual.Denominator),
                $"expected {expected}, engine {actual.ExplanationEn}\n{string.Join("\n", rows)}");
        });

    /// <summary>"More than 60%" of women_aware within women_surveyed, both one figure for the district, in 2025.</summary>
    private static (IndicatorStatus, long?, long?) Reference(List<ReportedValue> rows)
    {
        string[] known = ["ubnd-huyen", "phong-ldtbxh", "ubnd-xa", "xa-1", "xa-2", "xa-3"];

        // The rows that count: a known unit, a year, a value of 0 or more, the first value of each (unit, year, element).
        var first = new Dictionary<(string, int, string), long>();
        foreach (var row in rows)
        {
            if (known.Contains(row.Unit) && row.Year >= 1 && row.Value >= 0)
            {
                first.TryAdd((row.Unit, row.Year, row.Element), (long)row.Value);
            }
        }

        // A plan-area figure sent by two different units is nobody's: it is not counted.
        long? Figure(string element)
        {
            var senders = first.Where(p => p.Key.Item2 == 2025 && p.Key.Item3 == element).ToList();
            return senders.Count == 1 ? senders[0].Value : null;
        }

        var aware = Figure("women_aware");
        var surveyed = Figure("women_surveyed");
        if (aware is null || surveyed is null)
        {
            // The default strategy: a missing figure is no data, never a 0.
            return (IndicatorStatus.NoData, null, null);
        }

        if (aware > surveyed)
        {
            // The part above its whole: the district's figures are left out, nothing is left to judge.
            return (IndicatorStatus.NoData, null, null);
        }

        if (surveyed == 0)
        {
            return (IndicatorStatus.NotApplicable, aware, 0);
        }

        // aware/surveyed > 60/100, exactly.
        var met = new BigInteger(aware.Value) * 100 > new BigInteger(surveyed.Value) * 60;
        return (met ? IndicatorStatus.Met : IndicatorStatus.NotMet, aware, surveyed);
    }
}
