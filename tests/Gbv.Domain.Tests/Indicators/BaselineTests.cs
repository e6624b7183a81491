using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Tests.Indicators;

/// <summary>Baselines, directions and the percentage of a target achieved, worked out by hand.</summary>
public sealed class BaselineTests
{
    /// <summary>A ratio between two reported quantities with an upper bound: "không quá 1,5 lần", from a baseline of 2 times.</summary>
    private static Plan RatioPlan(string baseline) => TestFiles.LoadPlan($$"""
        {
          "format": "gbv-plan/1", "id": "ratio", "title": { "vi": "Thử: tỷ số giữa hai số liệu" },
          "document": { "issuer": "ubnd" }, "level": "district", "period": { "from": 2024, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
          "dataElements": [ { "key": "repeat_cases", "name": { "vi": "Số vụ tái diễn" } }, { "key": "first_cases", "name": { "vi": "Số vụ lần đầu" } } ],
          "indicators": [ { "key": "repeat-ratio", "title": { "vi": "Tỷ số vụ tái diễn" }, "source": "không quá 1,5 lần", {{baseline}}
            "metric": { "reported": { "numerator": "repeat_cases", "denominator": "first_cases" } },
            "targets": [ { "by": 2025, "threshold": { "comparison": "at-most", "value": 1.5, "unit": "times" }, "phrase": "không quá 1,5 lần" } ] } ]
        }
        """);

    private static ReportedTotals Totals(params ReportedValue[] values) => ReportedTotals.From(values, out _);

    [Fact]
    public void No_more_than_one_and_a_half_times_falls_from_a_baseline_of_two()
    {
        var plan = RatioPlan("\"baseline\": { \"value\": 2, \"year\": 2023, \"source\": \"năm 2023 gấp 2 lần\" },");
        var indicator = plan.Indicators[0];
        Assert.Equal((Direction.Decrease, (Direction?)null, new Baseline(2m, 2023, "năm 2023 gấp 2 lần")), (indicator.Direction, indicator.StatedDirection, indicator.Baseline));

        var result = IndicatorEvaluator.Evaluate(plan, Totals(new("h", 2025, "repeat_cases", 17), new("h", 2025, "first_cases", 10)), new LocalDate(2025, 12, 31)).Single();
        // 17 / 10 = 1.7 times; at most 1.5 times 10 allows 15, 2 over; (1.7 - 2) / (1.5 - 2) = 60% of the way.
        Assert.Equal((IndicatorStatus.NotMet, 1.7m, 2L, 60m), (result.Status, result.Value!.Value, result.Shortfall!.Value, result.PercentAchieved!.Value));
        Assert.Contains("17 of 10 = 1.7 times in 2025; at most 1.5 times allows at most 15, 2 over; 60% of the target achieved from the baseline 2 in 2023", result.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("17/10 = 1,7 lần năm 2025; không quá 1,5 lần cho phép tối đa 15, vượt 2; đạt 60% mục tiêu so với mức cơ sở 2 năm 2023", result.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_with_no_baseline_has_no_percentage_achieved()
    {
        var result = IndicatorEvaluator.Evaluate(RatioPlan(string.Empty), Totals(new("h", 2025, "repeat_cases", 12), new("h", 2025, "first_cases", 10)), new LocalDate(2025, 12, 31)).Single();
        Assert.Equal((IndicatorStatus.Met, (decimal?)null), (result.Status, result.PercentAchieved));
    }

    [Fact]
    public void An_increase_is_measured_against_the_target_or_from_its_baseline()
    {
        var dakTo = File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"));
        var totals = Totals(new("x", 2020, "victims_detected", 37), new("x", 2020, "victims_supported", 33));
        var asOf = new LocalDate(2020, 12, 31);
        IndicatorResult Supported(Plan plan) => IndicatorEvaluator.Evaluate(plan, totals, asOf).Single(r => r.Indicator.Key == "victims-supported" && r.Target.Horizon.Year == 2020);

        // 33 / 37 = 89.19%, against more than 90%: 99.1% of the target.
        var plain = Supported(TestFiles.LoadPlan(dakTo));
        Assert.Equal(99.1m, Math.Round(plain.PercentAchieved!.Value, 1));
        Assert.Contains("99.1% of the target achieved", plain.ExplanationEn, StringComparison.Ordinal);

        // From a baseline of 50% in 2016: (89.19 - 50) / (90 - 50) = 98.0%.
        var withBaseline = Supported(TestFiles.LoadPlan(dakTo.Replace("\"key\": \"victims-supported\",", "\"key\": \"victims-supported\", \"baseline\": { \"value\": 50, \"year\": 2016 },", StringComparison.Ordinal)));
        Assert.Equal(98.0m, Math.Round(withBaseline.PercentAchieved!.Value, 1));
    }

    [Fact]
    public void A_stated_direction_is_kept_and_written_back()
    {
        var plan = RatioPlan("\"direction\": \"decrease\",");
        Assert.Equal(Direction.Decrease, plan.Indicators[0].StatedDirection);
        Assert.Contains("\"direction\": \"decrease\"", PlanDefinitionWriter.Write(plan), StringComparison.Ordinal);
        Assert.Equal(plan, PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan);
    }
}
