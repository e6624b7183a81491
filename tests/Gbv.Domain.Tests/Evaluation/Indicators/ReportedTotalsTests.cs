using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>
/// Reported figures as an integrator passes them in: sums per element and year, who reported, what is refused and why,
/// merging and value equality.
/// </summary>
public sealed class ReportedTotalsTests
{
    private static ReportedTotals From(params ReportedValue[] values) => ReportedTotals.From(values, out _);

    [Fact]
    public void Totals_sum_the_units_and_count_who_reported()
    {
        var totals = From(new("xa-b", 2020, "victims_detected", 17), new("xa-a", 2020, "victims_detected", 20), new("xa-a", 2019, "victims_detected", 4));
        Assert.Equal((37L, 2), (totals.Total("victims_detected", 2020)!.Value, totals.Reporters("victims_detected", 2020)));
        Assert.Equal((4L, 1), (totals.Total("victims_detected", 2019)!.Value, totals.Reporters("victims_detected", 2019)));
        Assert.Equal(((long?)null, 0), (totals.Total("victims_detected", 2021), totals.Reporters("victims_detected", 2021)));
        Assert.Equal(["xa-a", "xa-b"], totals.Units);
        Assert.Equal([2019, 2020], totals.Years);
        Assert.Equal(17, totals.Value("xa-b", 2020, "victims_detected"));
        Assert.Null(totals.Value("xa-b", 2019, "victims_detected"));
        Assert.Equal(20, totals.ForUnit("xa-a").Total("victims_detected", 2020));
    }

    [Fact]
    public void A_duplicate_or_negative_value_is_refused_with_its_unit_element_and_year()
    {
        var totals = ReportedTotals.From(
            [new("xa-a", 2020, "victims_detected", 20), new("xa-a", 2020, "victims_detected", 21), new("xa-b", 2020, "victims_detected", -3)], out var problems);
        Assert.Equal(
        [
            "GBV4001 reported value xa-a/2020/victims_detected: xa-a reported \"victims_detected\" for 2020 twice (20, then 21); the second is not counted",
            "GBV4002 reported value xa-b/2020/victims_detected: xa-b reported \"victims_detected\" for 2020 as -3; counts are never negative, so it is not counted",
        ], problems.Select(p => $"{p.Id} {p.Location.File}: {p.Message}"));
        Assert.Equal((20L, 1), (totals.Total("victims_detected", 2020)!.Value, totals.Reporters("victims_detected", 2020)));
        Assert.Throws<ArgumentNullException>(() => ReportedTotals.From(null!, out _));
    }

    [Fact]
    public void Merging_keeps_each_unit_s_sum_and_equality_ignores_the_order_values_came_in()
    {
        var a = From(new("xa-a", 2020, "victims_detected", 20), new("xa-b", 2020, "victims_detected", 5));
        var b = From(new("xa-a", 2020, "victims_detected", 1), new("xa-c", 2020, "victims_detected", 2));
        var merged = a.Merge(b);
        Assert.Equal((21L, 5L, 2L), (merged.Value("xa-a", 2020, "victims_detected")!.Value, merged.Value("xa-b", 2020, "victims_detected")!.Value, merged.Value("xa-c", 2020, "victims_detected")!.Value));
        Assert.Equal(28, merged.Total("victims_detected", 2020));
        Assert.Throws<ArgumentNullException>(() => a.Merge(null!));

        var reordered = From(new("xa-b", 2020, "victims_detected", 5), new("xa-a", 2020, "victims_detected", 20));
        Assert.True(a.Equals(reordered));
        Assert.True(a.Equals((object)reordered));
        Assert.Equal(a.GetHashCode(), reordered.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(From(new ReportedValue("xa-b", 2020, "victims_detected", 5))));
        Assert.False(a.Equals(From(new("xa-b", 2020, "victims_detected", 5), new("xa-a", 2020, "victims_detected", 21))));
        Assert.False(a.Equals(From(new("xa-b", 2020, "victims_detected", 5), new("xa-a", 2020, "victims_supported", 20))));
        Assert.NotEqual(From(new("xa-a", 2020, "e", 1), new("xa-b", 2020, "e", 2)).GetHashCode(), From(new("xa-a", 2020, "e", 2), new("xa-b", 2020, "e", 1)).GetHashCode());
    }

    [Fact]
    public void Task_completions_count_per_year_month_and_quarter()
    {
        var plan = TestFiles.LoadPlan("""
            {
              "format": "gbv-plan/1", "id": "done", "title": { "vi": "Thử" }, "document": { "issuer": "ubnd" }, "level": "commune",
              "period": { "from": 2025, "to": 2025 }, "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
              "tasks": [ { "id": "club", "title": { "vi": "Câu lạc bộ" }, "lead": "ubnd", "source": "thử" } ],
              "milestones": [ { "id": "review", "kind": "final-review", "year": 2025, "source": "tổng kết" } ]
            }
            """);
        var totals = ReportedTotals.FromTaskCompletions(plan,
            [new("club", "xa", new LocalDate(2025, 1, 31)), new("club", "xa", new LocalDate(2025, 3, 1)), new("club", "xa", new LocalDate(2025, 4, 1)), new("review", "xa", new LocalDate(2025, 12, 1))],
            out var problems);
        Assert.Empty(problems);
        Assert.Equal((3L, 1L), (totals.Total(MetricElements.Task("club"), 2025)!.Value, totals.Total(MetricElements.Task("review"), 2025)!.Value));
        // January and March are the first quarter, April the second; each month on its own.
        Assert.Equal((2L, 1L), (totals.Total(MetricElements.TaskPeriod("club", FrequencyUnit.Quarter, 1), 2025)!.Value, totals.Total(MetricElements.TaskPeriod("club", FrequencyUnit.Quarter, 2), 2025)!.Value));
        Assert.Equal((1L, 1L, (long?)null), (totals.Total(MetricElements.TaskPeriod("club", FrequencyUnit.Month, 1), 2025)!.Value,
            totals.Total(MetricElements.TaskPeriod("club", FrequencyUnit.Month, 3), 2025)!.Value, totals.Total(MetricElements.TaskPeriod("club", FrequencyUnit.Month, 2), 2025)));
        // Month 1 and quarter 1 are different counts: their keys must not collide, nor a task's with a data element's.
        Assert.Equal(4, new[] { MetricElements.Task("club"), MetricElements.TaskPeriod("club", FrequencyUnit.Month, 1), MetricElements.TaskPeriod("club", FrequencyUnit.Quarter, 1), "club" }.Distinct().Count());
        Assert.Throws<ArgumentNullException>(() => ReportedTotals.FromTaskCompletions(null!, [], out _));
        Assert.Throws<ArgumentNullException>(() => ReportedTotals.FromTaskCompletions(plan, null!, out _));
    }
}
