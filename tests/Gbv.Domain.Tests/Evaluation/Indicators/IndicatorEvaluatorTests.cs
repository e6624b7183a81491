using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>Indicators of the seed plans on reported figures, with expected results worked out by hand.</summary>
public sealed class IndicatorEvaluatorTests
{
    private static readonly Plan DakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
    private static readonly Plan LongBien = PlanLoader.LoadFile(TestFiles.SamplePlan("hoi-lhpn-long-bien-2023.plan.json")).Plan!;

    private static ReportedTotals Totals(params ReportedValue[] values)
    {
        var totals = ReportedTotals.From(values, out var problems);
        Assert.Empty(problems);
        return totals;
    }

    private static IndicatorResult Result(Plan plan, ReportedTotals totals, LocalDate asOf, string key, int year) =>
        IndicatorEvaluator.Evaluate(plan, totals, asOf).Single(r => r.Indicator.Key == key && r.Target.Horizon.Year == year);

    [Fact]
    public void Dak_To_as_of_the_end_of_2020_with_33_of_37_victims_supported_has_not_met_more_than_90_percent()
    {
        // Two communes report; 37 victims detected of 37 known, 33 supported.
        var totals = Totals(
            new("dak-to-town", 2020, "gbv_victims", 20), new("dak-to-town", 2020, "victims_detected", 20), new("dak-to-town", 2020, "victims_supported", 18),
            new("ngoc-tu", 2020, "gbv_victims", 17), new("ngoc-tu", 2020, "victims_detected", 17), new("ngoc-tu", 2020, "victims_supported", 15));
        var asOf = new LocalDate(2020, 12, 31);

        var supported = Result(DakTo, totals, asOf, "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NotMet, supported.Status);
        Assert.Equal((33L, 37L, 34L, 1L), (supported.Numerator!.Value, supported.Denominator!.Value, supported.MinimumCount!.Value, supported.Shortfall!.Value));
        Assert.Contains("33 of 37 = 89.2% in 2020; more than 90% needs 34, 1 more needed", supported.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("trong đó có trên 90% nạn nhân được hỗ trợ", supported.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("33/37 = 89,2% năm 2020; trên 90% cần 34, còn thiếu 1", supported.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("không đạt", supported.ExplanationVi, StringComparison.Ordinal);

        Assert.Equal(IndicatorStatus.Met, Result(DakTo, totals, asOf, "victims-detected", 2020).Status);

        // The 2030 target is not due: 2020's figures are below more than 95%.
        var vision = Result(DakTo, totals, asOf, "victims-supported", 2030);
        Assert.Equal((IndicatorStatus.AtRisk, 2020), (vision.Status, vision.Year!.Value));
    }

    [Fact]
    public void No_data_and_a_zero_denominator_are_never_success()
    {
        var nothing = Result(DakTo, ReportedTotals.Empty, new LocalDate(2021, 3, 1), "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NoData, nothing.Status);
        Assert.False(nothing.IsMet);

        var early = Result(DakTo, ReportedTotals.Empty, new LocalDate(2019, 6, 1), "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NotDue, early.Status);

        var zero = Result(DakTo, Totals(new("u", 2020, "victims_detected", 0), new("u", 2020, "victims_supported", 0)), new LocalDate(2021, 1, 1), "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NotApplicable, zero.Status);
        Assert.False(zero.IsMet);
    }

    [Theory]
    [InlineData(14, IndicatorStatus.Met, 0)]
    [InlineData(13, IndicatorStatus.NotMet, 1)]
    public void Long_Bien_needs_all_fourteen_wards(int wards, IndicatorStatus status, long shortfall)
    {
        var totals = Totals([.. Enumerable.Range(1, wards).Select(i => new ReportedValue($"ward-{i}", 2023, "wards_implementing", 1))]);
        var result = Result(LongBien, totals, new LocalDate(2024, 1, 15), "wards-covered", 2023);
        Assert.Equal((status, shortfall), (result.Status, result.Shortfall!.Value));
    }

    [Fact]
    public void At_least_one_training_a_year_is_counted_from_task_completion_records()
    {
        TaskCompletion[] done = [new("ii-2-1-capacity-building", "dak-to-town", new LocalDate(2019, 5, 14)), new("ii-2-1-capacity-building", "ngoc-tu", new LocalDate(2018, 9, 2)), new("ii-2-1-capacity-building", "ngoc-tu", new LocalDate(2017, 10, 3))];
        var totals = ReportedTotals.FromTaskCompletions(DakTo, done, out var problems);
        Assert.Empty(problems);

        // "From 2017 on": as of mid-2020, every ended year from 2017 had one training; the last, 2019, is shown.
        var training = Result(DakTo, totals, new LocalDate(2020, 6, 1), "annual-training", 2017);
        Assert.Equal((IndicatorStatus.Met, 2019, 1L, 0L), (training.Status, training.Year!.Value, training.Numerator!.Value, training.Shortfall!.Value));
        Assert.Contains("1 time(s) \"ii-2-1-capacity-building\" was done in 2019; at least 1 needs 1", training.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("1 lần thực hiện \"Hoạt động 1: Nâng cao năng lực cho cán bộ quản lý nhà nước, người cung cấp dịch vụ và cộng tác viên\" năm 2019; tối thiểu 1 cần 1", training.ExplanationVi, StringComparison.Ordinal);

        // No record for 2020 at all: no data, not "none held" (the default strategy never guesses).
        var next = Result(DakTo, totals, new LocalDate(2021, 1, 5), "annual-training", 2017);
        Assert.Equal((IndicatorStatus.NoData, 2020), (next.Status, next.Year!.Value));
        Assert.Contains("\"ii-2-1-capacity-building\" not reported for 2020", next.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_completion_of_a_task_the_plan_does_not_have_is_a_diagnostic_and_not_counted()
    {
        var totals = ReportedTotals.FromTaskCompletions(DakTo, [new("ii-2-1-capacity-bulding", "ngoc-tu", new LocalDate(2019, 3, 8))], out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal("GBV4004", problem.Id);
        Assert.Contains("did you mean \"ii-2-1-capacity-building\"", problem.Message, StringComparison.Ordinal);
        Assert.Empty(totals.Units);
    }

    [Fact]
    public void Once_a_month_is_judged_on_the_weakest_ended_month()
    {
        var plan = PlanLoader.Load("""
            {
              "format": "gbv-plan/1", "id": "monthly", "title": { "vi": "Thử: sinh hoạt hằng tháng" },
              "document": { "issuer": "ubnd" }, "level": "commune", "period": { "from": 2025, "to": 2025 },
              "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
              "tasks": [ { "id": "club-meeting", "title": { "vi": "Sinh hoạt câu lạc bộ" }, "lead": "ubnd", "recurrence": "monthly", "source": "thử" } ],
              "indicators": [ { "key": "monthly-meeting", "title": { "vi": "Sinh hoạt ít nhất 01 lần/tháng" }, "source": "thử",
                "metric": { "events": { "task": "club-meeting", "per": "month" } },
                "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 1, "unit": "count" } } ] } ]
            }
            """).Plan!;
        // January twice, February none, March once.
        var totals = ReportedTotals.FromTaskCompletions(plan, [
            new("club-meeting", "xa", new LocalDate(2025, 1, 3)), new("club-meeting", "xa", new LocalDate(2025, 1, 20)),
            new("club-meeting", "xa", new LocalDate(2025, 3, 9))], out _);

        var february = IndicatorEvaluator.Evaluate(plan, totals, new LocalDate(2025, 2, 28)).Single();
        Assert.Equal((IndicatorStatus.AtRisk, 0L), (february.Status, february.Numerator!.Value));
        Assert.Contains("in month 2, the fewest of the 2 ended", february.ExplanationEn, StringComparison.Ordinal);

        var january = IndicatorEvaluator.Evaluate(plan, totals, new LocalDate(2025, 2, 10)).Single();
        Assert.Equal((IndicatorStatus.OnTrack, 2L), (january.Status, january.Numerator!.Value));
    }

    [Fact]
    public void A_missing_figure_is_no_data_unless_the_indicator_says_to_count_it_as_zero()
    {
        var totals = Totals(new ReportedValue("u", 2020, "victims_detected", 20));
        var asOf = new LocalDate(2020, 12, 31);
        var skipped = Result(DakTo, totals, asOf, "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NoData, skipped.Status);
        Assert.Contains("\"victims_supported\" not reported for 2020", skipped.ExplanationEn, StringComparison.Ordinal);

        var zero = Result(WithMissing(DakTo, "victims-supported", "skip-if-all-missing"), totals, asOf, "victims-supported", 2020);
        Assert.Equal((IndicatorStatus.NotMet, 0L, 19L), (zero.Status, zero.Numerator!.Value, zero.Shortfall!.Value));
        Assert.Contains("(\"victims_supported\" not reported: counted as 0)", zero.ExplanationEn, StringComparison.Ordinal);

        // Never skip: with nothing reported, both figures are 0, so the ratio is not applicable, never met.
        var none = Result(WithMissing(DakTo, "victims-supported", "never-skip"), ReportedTotals.Empty, asOf, "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NotApplicable, none.Status);
        var allMissing = Result(WithMissing(DakTo, "victims-supported", "skip-if-all-missing"), ReportedTotals.Empty, asOf, "victims-supported", 2020);
        Assert.Equal(IndicatorStatus.NoData, allMissing.Status);
    }

    private static Plan WithMissing(Plan plan, string key, string strategy)
    {
        var text = PlanDefinitionWriter.Write(plan).Replace($"\"key\": \"{key}\",", $"\"key\": \"{key}\", \"missing\": \"{strategy}\",", StringComparison.Ordinal);
        var result = PlanLoader.Load(text);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.Equal(strategy, Keyword(result.Plan!.FindIndicator(key)!.Missing));
        return result.Plan!;
    }

    private static string Keyword(MissingValueStrategy strategy) => strategy switch
    {
        MissingValueStrategy.SkipIfAllMissing => "skip-if-all-missing",
        MissingValueStrategy.NeverSkip => "never-skip",
        _ => "skip-if-any-missing",
    };

    [Fact]
    public void Duplicate_and_negative_values_are_diagnostics_and_not_counted()
    {
        var totals = ReportedTotals.From(
            [new("ward-1", 2020, "victims_detected", 12), new("ward-1", 2020, "victims_detected", 14), new("ward-2", 2020, "victims_detected", -3)],
            out var problems);
        Assert.Equal(["GBV4001", "GBV4002"], problems.Select(p => p.Id));
        Assert.Equal(12, totals.Total("victims_detected", 2020));
        Assert.Null(totals.Total("victims_detected", 2019));
    }

    /// <summary>A province's result is the merge of its units': any split of the figures gives the same results.</summary>
    [Property(MaxTest = 100)]
    public void Merging_partial_totals_equals_evaluating_the_whole(int seed, int cut)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 12)
            .SelectMany(unit => new[] { "gbv_victims", "victims_detected", "victims_supported", "gbv_perpetrators", "perpetrators_detected", "perpetrators_counselled" }
                .Select(element => new ReportedValue($"commune-{unit}", 2017 + random.Next(0, 4), element, random.Next(0, 40))))
            .DistinctBy(v => (v.Unit, v.Year, v.Element))
            .OrderBy(_ => random.Next())
            .ToList();
        var at = Math.Abs(cut % (values.Count + 1));
        var whole = ReportedTotals.From(values, out _);
        var merged = ReportedTotals.From(values.Take(at), out _).Merge(ReportedTotals.From(values.Skip(at), out _));
        var asOf = new LocalDate(2020, 12, 31);

        Assert.Equal(
            IndicatorEvaluator.Evaluate(DakTo, whole, asOf).Select(r => (r.Status, r.Numerator, r.Denominator, r.Shortfall)),
            IndicatorEvaluator.Evaluate(DakTo, merged, asOf).Select(r => (r.Status, r.Numerator, r.Denominator, r.Shortfall)));
        Assert.Equal(
            IndicatorEvaluator.Evaluate(DakTo, whole, asOf).Select(r => r.ExplanationEn),
            IndicatorEvaluator.Evaluate(DakTo, merged.Merge(ReportedTotals.Empty), asOf).Select(r => r.ExplanationEn));
    }
}
