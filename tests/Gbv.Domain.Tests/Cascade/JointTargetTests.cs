using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>One target over several conditions: met only when each of them meets it.</summary>
public sealed class JointTargetTests
{
    private static readonly LocalDate AfterTheYear = new(2025, 1, 10);

    private static IndicatorResult Evaluate(string threshold, string phrase, long total, long detected, long supported, long intervened)
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Joint(threshold, phrase));
        var totals = ReportedTotals.From(
        [
            new ReportedValue("xa-1", 2024, "victims_total", total), new ReportedValue("xa-1", 2024, "victims_detected", detected),
            new ReportedValue("xa-1", 2024, "victims_supported", supported), new ReportedValue("xa-1", 2024, "victims_intervened", intervened),
        ], out var problems);
        Assert.Empty(problems);
        return Assert.Single(IndicatorEvaluator.Evaluate(plan, totals, AfterTheYear));
    }

    [Fact]
    public void All_victims_detected_and_supported_but_one_not_in_time_misses_100_percent()
    {
        // 20 of 20 detected, 20 of 20 supported, 19 of 20 intervened in time: "100%" is missed by the third alone.
        var result = Evaluate("{ \"comparison\": \"all\" }", "100%", 20, 20, 20, 19);
        Assert.Equal(IndicatorStatus.NotMet, result.Status);
        Assert.Equal((19L, 20L, 1L), (result.Numerator!.Value, result.Denominator!.Value, result.Shortfall!.Value));
        Assert.Equal("victims (all by 2024): NotMet: joint target over 3 figures, each must meet it: "
            + "\"victims_detected\" Met (20 of 20 = 100% in 2024; all needs 20; 100% of the target achieved); "
            + "\"victims_supported\" Met (20 of 20 = 100% in 2024; all needs 20; 100% of the target achieved); "
            + "\"victims_intervened\" NotMet (19 of 20 = 95% in 2024; all needs 20, 1 more needed; 95% of the target achieved). "
            + "Source: «100% nạn nhân được phát hiện, hỗ trợ và can thiệp kịp thời»", result.ExplanationEn);
        Assert.Contains("chỉ tiêu chung cho 3 số liệu", result.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_condition_meeting_the_target_meets_it()
    {
        Assert.Equal(IndicatorStatus.Met, Evaluate("{ \"comparison\": \"all\" }", "100%", 20, 20, 20, 20).Status);
    }

    [Fact]
    public void A_joint_target_with_a_condition_not_reported_has_no_data()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Joint("{ \"comparison\": \"all\" }", "100%"));
        var totals = ReportedTotals.From(
            [new ReportedValue("xa-1", 2024, "victims_total", 5), new ReportedValue("xa-1", 2024, "victims_detected", 5), new ReportedValue("xa-1", 2024, "victims_supported", 5)], out _);
        Assert.Equal(IndicatorStatus.NoData, Assert.Single(IndicatorEvaluator.Evaluate(plan, totals, AfterTheYear)).Status);
    }

    [Fact]
    public void A_joint_metric_round_trips()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Joint("{ \"comparison\": \"all\" }", "100%"));
        Assert.Equal(["victims_detected", "victims_supported", "victims_intervened"], ((ReportedRatioMetric)plan.Indicators[0].Metric).Numerators);
        Assert.True(plan.Indicators[0].IsJoint);
        Assert.Equal(plan, PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan);
    }

    /// <summary>
    /// The reference: a plain loop over the conditions with exact fractions, written from the rule alone (each
    /// condition's numerator over the shared denominator must meet the threshold; a denominator of 0 does not apply).
    /// </summary>
    private static IndicatorStatus Reference(int comparison, int percent, long total, long[] numerators)
    {
        if (total == 0)
        {
            return IndicatorStatus.NotApplicable;
        }

        foreach (var n in numerators)
        {
            // n / total against percent / 100, cross-multiplied: no division, no rounding.
            var meets = comparison switch
            {
                0 => n == total,
                1 => n * 100 >= percent * total,
                _ => n * 100 > percent * total,
            };
            if (!meets)
            {
                return IndicatorStatus.NotMet;
            }
        }

        return IndicatorStatus.Met;
    }

    [Property(MaxTest = 150)]
    public Property The_engine_and_a_plain_loop_agree_on_any_figures() =>
        Prop.ForAll(Gen.Choose(0, 2).Zip(Gen.Choose(0, 99)).ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (threshold, total, seed) =>
            {
                var (comparison, percent) = (threshold.Item1, threshold.Item2);
                var random = new Random(seed);
                long[] n = [random.Next(total + 1), random.Next(total + 1), random.Next(total + 1)];
                if (random.Next(3) == 0)
                {
                    n[random.Next(3)] = total;
                }

                var (words, phrase) = comparison switch
                {
                    0 => ("{ \"comparison\": \"all\" }", "100%"),
                    1 => ($"{{ \"comparison\": \"at-least\", \"value\": {percent} }}", $"ít nhất {percent}%"),
                    _ => ($"{{ \"comparison\": \"more-than\", \"value\": {percent} }}", $"trên {percent}%"),
                };
                return Evaluate(words, phrase, total, n[0], n[1], n[2]).Status == Reference(comparison, percent, total, n);
            });

    [Fact]
    public void The_status_of_a_joint_target_is_the_worst_of_its_conditions()
    {
        Assert.Equal(IndicatorStatus.NotMet, IndicatorEvaluator.Joint([IndicatorStatus.Met, IndicatorStatus.NoData, IndicatorStatus.NotMet]));
        Assert.Equal(IndicatorStatus.NoData, IndicatorEvaluator.Joint([IndicatorStatus.Met, IndicatorStatus.NoData]));
        Assert.Equal(IndicatorStatus.AtRisk, IndicatorEvaluator.Joint([IndicatorStatus.OnTrack, IndicatorStatus.AtRisk]));
        Assert.Equal(IndicatorStatus.Met, IndicatorEvaluator.Joint([IndicatorStatus.Met, IndicatorStatus.Met]));
    }

    [Fact]
    public void A_percentage_of_perpetrators_says_whom_it_counts_among()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(extra: """
            "dataElements": [ { "key": "perpetrators_detected", "name": { "vi": "Số người gây bạo lực được phát hiện" } },
                              { "key": "perpetrators_counselled", "name": { "vi": "Số người gây bạo lực được tư vấn" } } ],
            "indicators": [ { "key": "perpetrators", "title": { "vi": "Người gây bạo lực được tư vấn" }, "base": "detected",
              "source": "50% người gây bạo lực được phát hiện, tư vấn",
              "metric": { "reported": { "numerator": "perpetrators_counselled", "denominator": "perpetrators_detected" } },
              "targets": [ { "by": 2024, "threshold": { "comparison": "at-least", "value": 50 }, "phrase": "50%" } ] } ],
            """));
        Assert.Equal(PopulationBase.Detected, plan.Indicators[0].Base);
        var totals = ReportedTotals.From([new ReportedValue("xa-1", 2024, "perpetrators_detected", 10), new ReportedValue("xa-1", 2024, "perpetrators_counselled", 5)], out _);
        var result = Assert.Single(IndicatorEvaluator.Evaluate(plan, totals, AfterTheYear));
        Assert.StartsWith("perpetrators (at least 50% by 2024, of those detected): Met: ", result.ExplanationEn, StringComparison.Ordinal);
    }
}
