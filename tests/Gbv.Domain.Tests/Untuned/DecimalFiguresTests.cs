using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A third plan written from docs/plan-format.md alone: a province whose survey reports average hours of unpaid care
/// (decimals, one figure for the province) and whose districts report counselling hours (decimals that add up) and
/// people counselled (whole counts). Expected figures worked by hand; a reference with exact fractions for random data.
/// </summary>
public sealed class DecimalFiguresTests
{
    public const string File = "ubnd-tinh-hoa-an-2025-2030.plan.json";

    private static readonly CompiledPlan<CaseRecord> Plan = Compile();
    private static readonly Instant EndOf2025 = Plan.EndOfDay(new LocalDate(2025, 12, 31));

    private static CompiledPlan<CaseRecord> Compile()
    {
        var result = ComplianceEngine.Load(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Untuned", File)), File);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.CompiledPlan!;
    }

    private static ComplianceReport Evaluate(params ReportedValue[] values) => Plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = values }, EndOf2025);

    private static IndicatorResult Result(ComplianceReport report, string key) => report.Indicators.Single(r => r.Indicator.Key == key);

    [Fact]
    public void The_provinces_hand_worked_scenarios_pass()
    {
        var run = Gbv.Domain.Scenarios.ScenarioRunner.RunFile(Path.Combine(AppContext.BaseDirectory, "Untuned", "ubnd-tinh-hoa-an-2025-2030.plan.tests.json"));
        Assert.Empty(run.Problems);
        Assert.Equal(4, run.Checks.Length);
        Assert.All(run.Checks, c => Assert.True(c.Passed, $"{c.Scenario} › {c.What}: expected {c.Expected}, actual {c.Actual}, because {c.Explanation}"));
    }

    [Fact]
    public void A_ratio_of_two_survey_averages_is_the_ratio_of_the_two_figures_with_the_excess_in_hours()
    {
        // 4.3 / 2.5 = 1.72 > 1.7; the most allowed is 1.7 × 2.5 = 4.25 hours, 0.05 over.
        var r = Result(Evaluate(new("so-ldtbxh", 2025, "gio_viec_nha_nu", 4.3m), new("so-ldtbxh", 2025, "gio_viec_nha_nam", 2.5m)), "care-gap");
        Assert.Equal((IndicatorStatus.NotMet, 4.3m, 2.5m, 1.72m, 4.25m), (r.Status, r.Numerator, r.Denominator, r.Value, r.Limit));
        Assert.Null(r.MinimumCount);
        Assert.Contains("4.3 of 2.5 = 1.72 times in 2025; at most 1.7 times allows at most 4.25, 0.05 over", r.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("4,3/2,5 = 1,72 lần năm 2025; không quá 1,7 lần cho phép tối đa 4,25, vượt 0,05", r.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Averages_from_two_districts_are_never_summed_into_a_provincial_average()
    {
        // A district sending its own survey average beside the province's would make 4.3 + 4.0 hours: the year's figure is unknown.
        var report = Evaluate(new("so-ldtbxh", 2025, "gio_viec_nha_nu", 4.3m), new("huyen-a", 2025, "gio_viec_nha_nu", 4.0m), new("so-ldtbxh", 2025, "gio_viec_nha_nam", 2.5m));
        Assert.Equal(IndicatorStatus.NoData, Result(report, "care-gap").Status);
        Assert.Contains(report.Problems, d => d.Id == "GBV4012");
    }

    [Fact]
    public void Decimal_hours_that_add_up_are_summed_and_the_gap_is_said_in_hours()
    {
        // (10.5 + 3.25) / (7 + 3) = 1.375 < 1.5: 15 hours were needed for 10 people, 1.25 short.
        var r = Result(Evaluate(new("huyen-a", 2025, "gio_tu_van", 10.5m), new("huyen-a", 2025, "nguoi_duoc_tu_van", 7), new("huyen-b", 2025, "gio_tu_van", 3.25m), new("huyen-b", 2025, "nguoi_duoc_tu_van", 3)), "counselling-hours");
        Assert.Equal((IndicatorStatus.NotMet, 13.75m, 10m, 1.375m, 15m), (r.Status, r.Numerator, r.Denominator, r.Value, r.Limit));
        Assert.Contains("13.75 of 10 = 1.38 times in 2025; at least 1.5 times needs at least 15, 1.25 short", r.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_for_a_count_is_refused_with_its_place_and_not_rounded()
    {
        var report = Evaluate(new("huyen-a", 2025, "nguoi_duoc_tu_van", 7.5m) { Origin = new SourceLocation("reported.csv", string.Empty, 4, 1) },
            new("huyen-a", 2025, "nguoi_bi_bao_luc", 8));
        var problem = Assert.Single(report.Problems, d => d.Id == "GBV4014");
        Assert.Equal(("reported.csv", 4), (problem.Location.File, problem.Location.Line));
        // Not 7 (or 8) of 8: huyen-a's numerator is missing, so with the default strategy there is nothing to judge.
        Assert.Equal(IndicatorStatus.NoData, Result(report, "victims-counselled").Status);
    }

    [Fact]
    public void Whole_counts_keep_their_least_count_and_shortfall_beside_the_limit()
    {
        // 9 of 12 = 75% < 80%: 80% of 12 is 9.6, so 10 are needed, 1 more.
        var r = Result(Evaluate(new("huyen-a", 2025, "nguoi_duoc_tu_van", 9), new("huyen-a", 2025, "nguoi_bi_bao_luc", 12)), "victims-counselled");
        Assert.Equal((IndicatorStatus.NotMet, 10L, 1L, 9.6m), (r.Status, r.MinimumCount, r.Shortfall, r.Limit));
    }

    [Fact]
    public void A_decimal_element_that_does_not_say_how_units_combine_is_refused_by_the_validator()
    {
        var json = System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Untuned", File))
            .Replace("\"values\": \"decimal\", \"combine\": \"sum\"", "\"values\": \"decimal\"", StringComparison.Ordinal);
        var loaded = PlanLoader.Load(json, File);
        var problem = Assert.Single(loaded.Diagnostics, d => d.Id == "GBV2223");
        Assert.Contains("\"gio_tu_van\"", problem.Message, StringComparison.Ordinal);
        Assert.Null(loaded.Plan);
    }

    [Fact]
    public void The_plan_file_written_back_keeps_what_each_element_says()
    {
        var plan = Plan.Plan;
        var written = PlanDefinitionWriter.Write(plan);
        var again = PlanLoader.Load(written, File).Plan!;
        Assert.Equal(plan.DataElements.Select(e => (e.Key, e.Values, e.Combine, e.CountsPeople)), again.DataElements.Select(e => (e.Key, e.Values, e.Combine, e.CountsPeople)));
        Assert.Equal((ElementValues.Decimal, ElementCombine.PlanArea, false), (plan.DataElements[0].Values, plan.DataElements[0].Combine, plan.DataElements[0].CountsPeople));
    }

    private static readonly string[] Districts = ["huyen-a", "huyen-b", "huyen-c"];

    [Property(MaxTest = 300)]
    public Property Engine_and_exact_reference_agree_on_random_decimal_figures() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 16).ToArbitrary(), (seed, rows) =>
        {
            var random = new Random(seed);
            var values = new List<ReportedValue>();
            for (var i = 0; i < rows; i++)
            {
                var element = random.Next(2) == 0 ? "gio_tu_van" : "nguoi_duoc_tu_van";
                // Up to three decimal places, a whole figure half the time: a count given 2.5 is refused.
                var places = random.Next(2) == 0 ? 0 : random.Next(1, 4);
                var figure = decimal.Round(random.Next(0, 3000) / (decimal)Math.Pow(10, places), places);
                values.Add(new ReportedValue(Districts[random.Next(Districts.Length)], 2025, element, figure));
            }

            var actual = Result(Evaluate([.. values]), "counselling-hours");
            var (status, numerator, denominator) = Reference(values);
            return (status == actual.Status && (status is IndicatorStatus.NoData || (numerator == Fraction(actual.Numerator!.Value) && denominator == Fraction(actual.Denominator!.Value))))
                .Label($"expected {status} {numerator} / {denominator}, engine {actual.ExplanationEn}\n{string.Join("\n", values)}");
        });

    /// <summary>At least 1.5 hours a person: per district the first figure of each element counts; a count with decimals does not.</summary>
    private static (IndicatorStatus, (BigInteger, BigInteger), (BigInteger, BigInteger)) Reference(List<ReportedValue> rows)
    {
        var first = new Dictionary<(string, string), (BigInteger P, BigInteger Q)>();
        foreach (var row in rows)
        {
            var text = row.Value.ToString(CultureInfo.InvariantCulture);
            var fraction = Fraction(row.Value);
            var whole = !text.Contains('.', StringComparison.Ordinal) || text.TrimEnd('0').EndsWith('.');
            if (row.Element == "nguoi_duoc_tu_van" && !whole)
            {
                continue;
            }

            first.TryAdd((row.Unit, row.Element), fraction);
        }

        (BigInteger P, BigInteger Q) n = (0, 1), d = (0, 1);
        var pooled = 0;
        foreach (var unit in Districts)
        {
            // The default strategy: a district that sent one figure of the two is left out.
            if (first.TryGetValue((unit, "gio_tu_van"), out var a) && first.TryGetValue((unit, "nguoi_duoc_tu_van"), out var b))
            {
                n = (n.P * a.Q + a.P * n.Q, n.Q * a.Q);
                d = (d.P * b.Q + b.P * d.Q, d.Q * b.Q);
                pooled++;
            }
        }

        if (pooled == 0)
        {
            return (IndicatorStatus.NoData, Reduce(n), Reduce(d));
        }

        if (d.P == 0)
        {
            return (IndicatorStatus.NotApplicable, Reduce(n), Reduce(d));
        }

        // n / d ≥ 3 / 2 ⇔ 2·n.P·d.Q ≥ 3·d.P·n.Q (all positive).
        var met = 2 * n.P * d.Q >= 3 * d.P * n.Q;
        return (met ? IndicatorStatus.Met : IndicatorStatus.NotMet, Reduce(n), Reduce(d));
    }

    /// <summary>A decimal as an exact fraction, from its digits: "13.75" is 1375/100.</summary>
    private static (BigInteger, BigInteger) Fraction(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var scale = dot < 0 ? 0 : text.Length - dot - 1;
        return Reduce((BigInteger.Parse(digits, CultureInfo.InvariantCulture), BigInteger.Pow(10, scale)));
    }

    private static (BigInteger, BigInteger) Reduce((BigInteger P, BigInteger Q) f)
    {
        var g = BigInteger.GreatestCommonDivisor(f.P, f.Q);
        return g.IsZero ? (0, 1) : (f.P / g, f.Q / g);
    }
}
