using System.Collections.Immutable;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// Reported figures are sent, so a unit that sends nothing is a gap: a village listed with the others under its board
/// (<c>--units</c>), or one that reported in an earlier year, is named as not reporting, never quietly left out of
/// "complete". Counted cases are not sent: a unit with no case has none. Figures worked out by hand in each test.
/// </summary>
public sealed class UnitsThatSentNothingTests
{
    private static readonly Instant EndOf2024 = UntunedPlan.Compiled().EndOfDay(new LocalDate(2024, 12, 31));

    // thon-1 helped 9 of 10, thon-2 4 of 5; thon-3, listed with them under ban-thon, sends nothing.
    private static readonly ReportedValue[] TwoOfThree =
        [new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 9), new("thon-2", 2024, "cases_known", 5), new("thon-2", 2024, "cases_helped", 4)];

    private static IndicatorResult CasesHelped(string? missing, IEnumerable<ReportedValue> values, ImmutableDictionary<string, ImmutableArray<string>>? units, Instant asOf)
    {
        var plan = UntunedPlan.Compiled(missing);
        var data = new ComplianceData<CaseRecord> { ReportedValues = [.. values], ReportingUnits = units ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty };
        return plan.Evaluate(data, asOf).Indicators.Single(r => r.Indicator.Key == "cases-helped");
    }

    [Fact]
    public void A_village_listed_with_those_that_reported_but_sending_nothing_is_named()
    {
        // 13 of 15 = 86.7%, at least 80%: met on the two that reported, 2 of 3 units, thon-3 named with no figure.
        var r = CasesHelped(null, TwoOfThree, UntunedPlan.Villages, EndOf2024);
        Assert.Equal((IndicatorStatus.Met, 13m, 15m, 2, 3, false), (r.Status, r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected, r.IsComplete));
        Assert.Equal([new UnitGap("thon-3", "cases_helped", null, null)], r.MissingUnits);
        Assert.StartsWith("cases-helped (at least 80% from 2024): Met: 2 of 3 unit(s) in the total, incomplete: thon-3 sent nothing; ", r.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains(": 2/3 đơn vị được tính, chưa đủ số liệu: thon-3 chưa báo cáo; ", r.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_list_of_units_only_those_that_ever_reported_are_expected()
    {
        var r = CasesHelped(null, TwoOfThree, null, EndOf2024);
        Assert.Equal((IndicatorStatus.Met, 2, 2, true), (r.Status, r.UnitsReported, r.UnitsExpected, r.IsComplete));
        Assert.Empty(r.MissingUnits);
    }

    [Fact]
    public void A_unit_that_reported_last_year_and_not_this_year_did_not_report()
    {
        // "from 2024": 2025 counts as of its end. thon-1 helped 9 of 10 again; thon-2 reported 2024 only.
        ReportedValue[] values = [.. TwoOfThree, new("thon-1", 2025, "cases_known", 10), new("thon-1", 2025, "cases_helped", 9)];
        var r = CasesHelped(null, values, null, UntunedPlan.Compiled().EndOfDay(new LocalDate(2025, 12, 31)));
        Assert.Equal((2025, 9m, 10m, 1, 2), (r.Year, r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected));
        Assert.Equal(["thon-2"], r.MissingUnits.Select(g => g.Unit));
    }

    [Fact]
    public void Never_skip_counts_a_silent_unit_as_0_and_says_so()
    {
        // 9 + 4 + 0 of 10 + 5 + 0: the same 13 of 15, now of 3 units in the total, thon-3's figures counted as 0.
        var r = CasesHelped("never-skip", TwoOfThree, UntunedPlan.Villages, EndOf2024);
        Assert.Equal((IndicatorStatus.Met, 13m, 15m, 3, 3), (r.Status, r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected));
        Assert.Empty(r.MissingUnits);
        Assert.Equal(["thon-3"], r.ZeroFilledUnits.Select(g => g.Unit));
        Assert.Contains("counted as 0", r.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_if_all_missing_leaves_a_silent_unit_out()
    {
        var r = CasesHelped("skip-if-all-missing", TwoOfThree, UntunedPlan.Villages, EndOf2024);
        Assert.Equal((13m, 15m, 2, 3), (r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected));
        Assert.Equal(["thon-3"], r.MissingUnits.Select(g => g.Unit));
        Assert.Empty(r.ZeroFilledUnits);
    }

    [Fact]
    public void The_units_expected_are_kept_through_a_merge_and_do_not_change_equality()
    {
        var totals = Gbv.Domain.Evaluation.Indicators.ReportedTotals.From(TwoOfThree, out _);
        var listed = totals.WithReportingUnits(UntunedPlan.Villages);
        Assert.Equal(totals, listed);
        Assert.Equal(["thon-1", "thon-2"], totals.UnitsExpected("cases_helped", "cases_known"));
        Assert.Equal(["thon-1", "thon-2", "thon-3"], listed.UnitsExpected("cases_helped", "cases_known"));
        Assert.Equal(["thon-1", "thon-2", "thon-3"], Gbv.Domain.Evaluation.Indicators.ReportedTotals.Empty.Merge(listed).UnitsExpected("cases_helped", "cases_known"));
        // A unit's own totals are that unit's alone: its neighbours are not its gaps.
        Assert.Equal(["thon-1"], listed.ForUnit("thon-1").UnitsExpected("cases_helped", "cases_known"));
        Assert.Throws<ArgumentNullException>(() => totals.WithReportingUnits(null!));
    }

    [Fact]
    public void A_unit_with_no_case_this_year_is_not_a_gap()
    {
        var plan = ComplianceEngine.Load("""
            {
              "format": "gbv-plan/1", "id": "cases-per-unit", "title": { "vi": "Thử: hồ sơ theo đơn vị" }, "document": { "issuer": "ubnd" }, "level": "district",
              "period": { "from": 2024, "to": 2025 },
              "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" },
                            { "id": "ubnd-xa", "name": { "vi": "UBND các xã" }, "kind": "peoples-committee" } ],
              "indicators": [
                { "key": "with-consent", "title": { "vi": "Vụ việc có sự đồng ý" }, "source": "thử",
                  "metric": { "cases": { "numerator": "consent" } },
                  "targets": [ { "from": 2024, "threshold": { "comparison": "at-least", "value": 50 } } ] }
              ]
            }
            """).CompiledPlan!;
        CaseRecord Case(string unit, int year, int i) => new()
        {
            CaseId = $"synthetic-{unit}-{year}-{i}", Unit = unit, Consent = true, ReportedAt = Instant.FromUtc(year, 5, 1, 3, 0),
        };

        // xa-a: 6 cases with consent in each year; xa-b: 6 in 2024 and none in 2025. 2025 is xa-a's 6 of 6, complete.
        var cases = Enumerable.Range(0, 6).SelectMany(i => new[] { Case("xa-a", 2024, i), Case("xa-a", 2025, i), Case("xa-b", 2024, i) });
        var units = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("ubnd-xa", ["xa-a", "xa-b"]);
        var r = plan.Evaluate(new ComplianceData<CaseRecord> { Cases = [.. cases], ReportingUnits = units }, plan.EndOfDay(new LocalDate(2025, 12, 31))).Indicators.Single();
        Assert.Equal((2025, 6m, 6m, 1, 1, true), (r.Year, r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected, r.IsComplete));
    }

    [Fact]
    public void Offices_grouped_at_the_plan_s_own_level_each_report_their_own_figures()
    {
        // Đăk Tô's district plan: the communes (ubnd-xa, commune level) report alike, the district offices
        // (co-quan-don-vi, district level, the plan's own) each their own. 9 + 2 of 10 + 2 = 11 of 12, 91.7%, more than
        // 90%: met, on 2 of 3 units; Đăk Trăm, a commune, sent nothing; the education office is owed nothing here.
        var plan = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
        var units = ImmutableDictionary<string, ImmutableArray<string>>.Empty
            .Add("ubnd-xa", ["tt-dak-to", "xa-dak-tram"]).Add("co-quan-don-vi", ["phong-vhtt", "phong-gd-dt"]);
        var report = plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues =
            [
                new("tt-dak-to", 2020, "victims_detected", 10), new("tt-dak-to", 2020, "victims_supported", 9),
                new("phong-vhtt", 2020, "victims_detected", 2), new("phong-vhtt", 2020, "victims_supported", 2),
            ],
            ReportingUnits = units,
        }, plan.EndOfDay(new LocalDate(2020, 12, 31)));
        var r = report.Indicators.First(i => i.Indicator.Key == "victims-supported");
        Assert.Equal((IndicatorStatus.Met, 11m, 12m, 2, 3), (r.Status, r.Numerator, r.Denominator, r.UnitsReported, r.UnitsExpected));
        Assert.Equal(["xa-dak-tram"], r.MissingUnits.Select(g => g.Unit));
    }
}
