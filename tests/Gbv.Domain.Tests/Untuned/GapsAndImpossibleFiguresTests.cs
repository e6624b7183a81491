using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A gap is a gap, not a zero; an impossible figure never hides a shortfall. The missing-value strategy applies to each
/// unit and year; a unit whose part is above its whole is left out and named. Expected figures worked by hand.
/// </summary>
public sealed class GapsAndImpossibleFiguresTests
{
    private static IndicatorResult Evaluate(string? missing, string key, params ReportedValue[] values)
    {
        var plan = UntunedPlan.Compiled(missing);
        var report = plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = values }, plan.EndOfDay(new LocalDate(2024, 12, 31)));
        return report.Indicators.Single(r => r.Indicator.Key == key);
    }

    [Fact]
    public void A_unit_that_reports_the_denominator_but_not_the_numerator_is_left_out_not_counted_as_0()
    {
        // thon-1: 9 helped of 10; thon-2: 10 known, helped not reported. Its gap counted as 0 would give 9 of 20 = 45%.
        var helped = Evaluate(null, "cases-helped",
            new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 9), new("thon-2", 2024, "cases_known", 10));
        Assert.Equal((9L, 10L, 90m), (helped.Numerator!.Value, helped.Denominator!.Value, helped.Value!.Value));
        Assert.Equal(IndicatorStatus.Met, helped.Status);
        Assert.Equal((1, 2, false), (helped.UnitsReported, helped.UnitsExpected, helped.IsComplete));
        Assert.Equal([new UnitGap("thon-2", "cases_helped", null, 10)], helped.MissingUnits);

        // The officer reads the completeness first.
        Assert.StartsWith("cases-helped (at least 80% from 2024): Met: 1 of 2 unit(s) in the total, incomplete: thon-2 did not report \"cases_helped\"; 9 of 10 = 90% in 2024", helped.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("1/2 đơn vị được tính, chưa đủ số liệu: thon-2 chưa báo cáo \"Số vụ được hỗ trợ\"; 9/10 = 90% năm 2024", helped.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_skip_counts_the_gap_as_0_for_that_unit_and_says_so()
    {
        var helped = Evaluate("never-skip", "cases-helped",
            new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 9), new("thon-2", 2024, "cases_known", 10));
        Assert.Equal((IndicatorStatus.NotMet, 9L, 20L, 7L), (helped.Status, helped.Numerator!.Value, helped.Denominator!.Value, helped.Shortfall!.Value));
        Assert.Equal((2, 2, true), (helped.UnitsReported, helped.UnitsExpected, helped.IsComplete));
        Assert.Equal([new UnitGap("thon-2", "cases_helped", null, 10)], helped.ZeroFilledUnits);
        Assert.Contains("(\"cases_helped\" not reported: counted as 0)", helped.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unit_left_out_is_no_data_whatever_the_strategy_says()
    {
        foreach (var missing in new string?[] { null, "skip-if-all-missing", "never-skip" })
        {
            // thon-1's 12 helped of 10 known cannot be, and is all there is.
            var helped = Evaluate(missing, "cases-helped", new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 12));
            Assert.Equal(IndicatorStatus.NoData, helped.Status);
            Assert.Null(helped.Numerator);
            Assert.Equal([new UnitGap("thon-1", "cases_helped", 12, 10)], helped.ImpossibleUnits);
        }
    }

    [Fact]
    public void A_part_above_its_whole_is_left_out_and_named_so_it_cannot_hide_a_shortfall()
    {
        // thon-1 helped 7 of 10 (70%); thon-2 says 9 helped of 4 known. Pooled, 16 of 14 = 114% would be Met; without
        // thon-2, 7 of 10 against at least 80% needs 8: not met, 1 short.
        var helped = Evaluate(null, "cases-helped",
            new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 7),
            new("thon-2", 2024, "cases_known", 4), new("thon-2", 2024, "cases_helped", 9));
        Assert.Equal((IndicatorStatus.NotMet, 7L, 10L, 8L, 1L), (helped.Status, helped.Numerator!.Value, helped.Denominator!.Value, helped.MinimumCount!.Value, helped.Shortfall!.Value));
        Assert.Equal([new UnitGap("thon-2", "cases_helped", 9, 4)], helped.ImpossibleUnits);
        Assert.Contains("thon-2's figures cannot be (9 of 4: the part is above its whole), left out", helped.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_of_which_part_above_its_parent_is_left_out_but_a_ratio_in_times_may_exceed_1()
    {
        // "trong đó trên 50% được tư vấn": thon-1 counselled 4 of 7 helped; thon-2 counselled 6 of 5 helped (impossible).
        var counselled = Evaluate(null, "cases-counselled",
            new("thon-1", 2024, "cases_helped", 7), new("thon-1", 2024, "cases_counselled", 4),
            new("thon-2", 2024, "cases_helped", 5), new("thon-2", 2024, "cases_counselled", 6));
        Assert.Equal((IndicatorStatus.OnTrack, 4L, 7L), (counselled.Status, counselled.Numerator!.Value, counselled.Denominator!.Value));
        Assert.Equal("thon-2", Assert.Single(counselled.ImpossibleUnits).Unit);

        // "không quá 0,5 lần": 3 repeat cases against 2 first-time ones is 1.5 times, a real figure, not an impossible one.
        var repeat = Evaluate(null, "repeat-violence", new("thon-2", 2024, "first_time_cases", 2), new("thon-2", 2024, "repeat_cases", 3));
        Assert.Equal((IndicatorStatus.AtRisk, 1.5m), (repeat.Status, repeat.Value!.Value));
        Assert.Empty(repeat.ImpossibleUnits);
    }
}
