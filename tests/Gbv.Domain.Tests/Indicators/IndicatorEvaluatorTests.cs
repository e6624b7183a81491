using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Tests.Indicators;

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
    public void Indicators_measured_over_records_say_so_rather_than_guess()
    {
        var training = Result(DakTo, ReportedTotals.Empty, new LocalDate(2019, 1, 1), "annual-training", 2017);
        Assert.Equal(IndicatorStatus.NoData, training.Status);
        Assert.Contains("case or task records", training.ExplanationEn, StringComparison.Ordinal);
    }

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
