using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

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

        // What a plan author reads about each, and where it comes from.
        var part = ConsistencyChecker.ImpliedRules(DakTo)[1];
        Assert.Equal(("\"victims_supported\" is part of \"victims_detected\"", "“Số nạn nhân được hỗ trợ và can thiệp kịp thời” là một phần của “Số nạn nhân bạo lực trên cơ sở giới được phát hiện”", "indicator 'victims-supported'", Importance.High),
            (part.Title.En, part.Title.Vi, part.Origin, part.Importance));
        var wards = ConsistencyChecker.ImpliedRules(LongBien).Single(r => r.Key == "wards-covered:covered-within-units");
        Assert.Equal(("\"wards_implementing\" is at most the 14 units", "“Số phường triển khai Đề án” không vượt quá 14", "indicator 'wards-covered'"),
            (wards.Title.En, wards.Title.Vi, wards.Origin));
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
        Assert.Equal("ngoc-tu, năm 2020: “Số nạn nhân được hỗ trợ và can thiệp kịp thời” = 19 ≤ “Số nạn nhân bạo lực trên cơ sở giới được phát hiện” = 17 không thỏa (mức cao, theo chỉ tiêu “Nạn nhân được hỗ trợ và can thiệp kịp thời”)", violation.ExplanationVi);

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
            Assert.Equal("phuong-1, 2024: cases_helped + 2 = 2 ≥ cases_needing_help = 5 does not hold [helped-close-to-needing, Low importance, from consistencyRules]; \"cases_helped\" not reported, counted as 0", own[0].ExplanationEn);
            Assert.Equal("phuong-1, năm 2024: “Số trường hợp được trợ giúp bằng các hình thức khác nhau” + 2 = 2 ≥ “Số trường hợp có nhu cầu trợ giúp về bạo lực trên cơ sở giới” = 5 không thỏa (quy tắc “Thử”, mức thấp, theo quy tắc kiểm tra số liệu của kế hoạch); \"Số trường hợp được trợ giúp bằng các hình thức khác nhau\" chưa báo cáo, tính là 0", own[0].Explain("vi"));
            Assert.Equal(own[0].ExplanationEn, own[0].Explain("en"));
        }
        else
        {
            var skip = report.Skipped.Single(s => s.Rule.Key == "helped-close-to-needing");
            Assert.Equal(((long?)null, (long?)null), (skip.Left, skip.Right));
            Assert.Equal(["cases_helped"], skip.Missing);
            Assert.Equal("phuong-1, 2024: cases_helped + 2 ≥ cases_needing_help [helped-close-to-needing] not checked: \"cases_helped\" not reported (the rule is skipped when any figure is missing)", skip.ExplanationEn);
            Assert.Equal("phuong-1, năm 2024: “Số trường hợp được trợ giúp bằng các hình thức khác nhau” + 2 ≥ “Số trường hợp có nhu cầu trợ giúp về bạo lực trên cơ sở giới” không kiểm tra được (quy tắc “Thử”): chưa báo cáo \"Số trường hợp được trợ giúp bằng các hình thức khác nhau\"", skip.Explain("VI"));
        }
    }

    /// <summary>Each operator at, below and above the other side; the symbol a plan author reads.</summary>
    [Theory]
    [InlineData("equal", "=", false, true, false)]
    [InlineData("not-equal", "≠", true, false, true)]
    [InlineData("less-than", "<", true, false, false)]
    [InlineData("at-most", "≤", true, true, false)]
    [InlineData("more-than", ">", false, false, true)]
    [InlineData("at-least", "≥", false, true, true)]
    public void Each_operator_holds_where_its_words_say(string keyword, string symbol, bool below, bool equal, bool above)
    {
        var text = File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")).Replace(
            "\"indicators\": [",
            $$"""
            "consistencyRules": [ { "key": "r", "title": { "vi": "Thử" }, "left": "cases_helped", "operator": "{{keyword}}", "right": "cases_needing_help", "importance": "high" } ],
            "indicators": [
            """, StringComparison.Ordinal);
        var rule = Assert.Single(PlanLoader.Load(text).Plan!.ConsistencyRules);
        Assert.Equal((symbol, below, equal, above), (rule.Symbol, rule.Holds(4, 5), rule.Holds(5, 5), rule.Holds(6, 5)));
        Assert.Equal($"cases_helped {symbol} cases_needing_help", rule.ToString());
    }

    [Fact]
    public void A_rule_with_every_figure_missing_is_skipped_or_checked_as_its_strategy_says()
    {
        // Only whole numbers: nothing can be missing, the rule is always checked.
        var text = File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")).Replace(
            "\"indicators\": [",
            """
            "consistencyRules": [
              { "key": "constant", "title": { "vi": "Thử" }, "left": "1", "operator": "at-most", "right": "2", "missing": "skip-if-all-missing" },
              { "key": "both-missing", "title": { "vi": "Thử" }, "left": "cases_helped", "operator": "at-most", "right": "cases_needing_help", "missing": "skip-if-all-missing" },
              { "key": "never-holds", "title": { "vi": "Thử" }, "left": "3", "operator": "at-most", "right": "2" } ],
            "indicators": [
            """, StringComparison.Ordinal);
        var plan = PlanLoader.Load(text).Plan!;
        var report = ConsistencyChecker.Check(plan, Totals(new ReportedValue("phuong-1", 2024, "victims_seeking_help", 5)));
        Assert.DoesNotContain(report.Skipped, s => s.Rule.Key == "constant");
        Assert.DoesNotContain(report.Violations, s => s.Rule.Key == "constant");
        Assert.Equal("phuong-1, năm 2024: 3 ≤ 2 không thỏa (quy tắc “Thử”, mức trung bình, theo quy tắc kiểm tra số liệu của kế hoạch)", report.Violations.Single(v => v.Rule.Key == "never-holds").ExplanationVi);
        var skipped = report.Skipped.Single(s => s.Rule.Key == "both-missing");
        Assert.Equal(["cases_helped", "cases_needing_help"], skipped.Missing);
        Assert.EndsWith("not reported (the rule is skipped when every figure is missing)", skipped.ExplanationEn, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ConsistencyChecker.Check(null!, ReportedTotals.Empty));
        Assert.Throws<ArgumentNullException>(() => ConsistencyChecker.Check(plan, null!));
        Assert.Throws<ArgumentNullException>(() => ConsistencyChecker.ImpliedRules(null!));
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
