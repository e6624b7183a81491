using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Tests.Indicators;

/// <summary>Consistency rules between reported figures, as DHIS2's validation rules, with violations worked out by hand.</summary>
public sealed class ConsistencyCheckerTests
{
    private static readonly Plan DakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
    private static readonly Plan LongBien = PlanLoader.LoadFile(TestFiles.SamplePlan("hoi-lhpn-long-bien-2023.plan.json")).Plan!;

    private static ReportedTotals Totals(params ReportedValue[] values) => ReportedTotals.From(values, out _);

    [Fact]
    public void Dak_To_s_indicators_imply_that_parts_never_exceed_their_wholes()
    {
        Assert.Equal(
            ["victims-detected:part-within-whole victims_detected ≤ gbv_victims", "victims-supported:part-within-whole victims_supported ≤ victims_detected",
             "perpetrators-detected:part-within-whole perpetrators_detected ≤ gbv_perpetrators", "perpetrators-counselled:part-within-whole perpetrators_counselled ≤ perpetrators_detected"],
            ConsistencyChecker.ImpliedRules(DakTo).Select(r => $"{r.Key} {r}"));
        Assert.Equal(["wards-covered:covered-within-units wards_implementing ≤ 14"],
            ConsistencyChecker.ImpliedRules(LongBien).Where(r => r.Key.StartsWith("wards", StringComparison.Ordinal)).Select(r => $"{r.Key} {r}"));
    }

    [Fact]
    public void A_commune_reporting_more_supported_than_detected_victims_is_named_with_both_figures()
    {
        var totals = Totals(
            new("ngoc-tu", 2020, "victims_detected", 17), new("ngoc-tu", 2020, "victims_supported", 19),
            new("dak-to-town", 2020, "victims_detected", 20), new("dak-to-town", 2020, "victims_supported", 18));
        var report = ConsistencyChecker.Check(DakTo, totals);

        var violation = Assert.Single(report.Violations);
        Assert.Equal(("ngoc-tu", 2020, 19L, 17L, Importance.High), (violation.Unit, violation.Year, violation.Left!.Value, violation.Right!.Value, violation.Rule.Importance));
        Assert.Equal("ngoc-tu, 2020: victims_supported = 19 ≤ victims_detected = 17 does not hold [victims-supported:part-within-whole, High importance, from indicator 'victims-supported']", violation.ExplanationEn);
        Assert.Contains("không thỏa", violation.ExplanationVi, StringComparison.Ordinal);

        // Four implied rules for two units and one year; the rules on perpetrators and on known victims are skipped (nothing reported).
        Assert.Equal(8, report.Checked);
        Assert.Equal(6, report.Skipped.Length);
        Assert.All(report.Skipped, s => Assert.NotEmpty(s.Missing));
    }

    [Theory]
    [InlineData("skip-if-any-missing", 0, 1)]
    [InlineData("skip-if-all-missing", 1, 0)]
    [InlineData("never-skip", 1, 0)]
    public void A_plan_s_own_rule_follows_its_missing_value_strategy(string strategy, int violations, int skipped)
    {
        // "cases_helped + 2 ≥ cases_needing_help" with cases_helped not reported: as 0, 0 + 2 ≥ 5 fails.
        var text = File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")).Replace(
            "\"indicators\": [",
            $$"""
            "consistencyRules": [ { "key": "helped-close-to-needing", "title": { "vi": "Thử" }, "left": "cases_helped + 2", "operator": "at-least",
              "right": "cases_needing_help", "importance": "low", "missing": "{{strategy}}" } ],
            "indicators": [
            """, StringComparison.Ordinal);
        var loaded = PlanLoader.Load(text);
        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        var rule = Assert.Single(loaded.Plan!.ConsistencyRules);
        Assert.Equal("cases_helped + 2 ≥ cases_needing_help", rule.ToString());

        var report = ConsistencyChecker.Check(loaded.Plan!, Totals(new ReportedValue("phuong-1", 2024, "cases_needing_help", 5)));
        var own = report.Violations.Where(v => v.Rule.Key == "helped-close-to-needing").ToList();
        Assert.Equal(violations, own.Count);
        Assert.Equal(skipped, report.Skipped.Count(s => s.Rule.Key == "helped-close-to-needing"));
        if (violations > 0)
        {
            Assert.Equal((2L, 5L), (own[0].Left!.Value, own[0].Right!.Value));
            Assert.EndsWith("\"cases_helped\" not reported, counted as 0", own[0].ExplanationEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("victims_supported", new string[] { "victims_supported" }, 0L)]
    [InlineData("a + b_2 + 14", new[] { "a", "b_2" }, 14L)]
    [InlineData(" 3 + 4 ", new string[0], 7L)]
    public void Rule_sides_read_sums_of_elements_and_whole_numbers(string text, string[] elements, long constant)
    {
        var side = RuleSide.Parse(text)!;
        Assert.Equal(elements, side.Elements);
        Assert.Equal(constant, side.Constant);
        Assert.Equal(side, RuleSide.Parse(side.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a - b")]
    [InlineData("a +")]
    [InlineData("1.5")]
    [InlineData("Victims")]
    [InlineData("99999999999999999999")]
    public void Anything_else_is_not_a_rule_side(string text) => Assert.Null(RuleSide.Parse(text));
}
