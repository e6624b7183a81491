using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Testing;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>Indicators measured over case records: counts worked out by hand, then laws over random cases.</summary>
public sealed class CaseTallyTests
{
    /// <summary>A plan written for the tests, with ratios over cases, an "of which" and an upper bound.</summary>
    internal static readonly Plan CasePlan = TestFiles.LoadPlan("""
        {
          "format": "gbv-plan/1", "id": "case-metrics", "title": { "vi": "Kế hoạch thử: chỉ tiêu trên hồ sơ vụ việc" },
          "document": { "issuer": "ubnd" }, "level": "district", "period": { "from": 2024, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
          "indicators": [
            { "key": "sexual-violence-in-time", "title": { "vi": "Bạo lực tình dục được tiếp nhận trong 72 giờ" }, "source": "thử",
              "metric": { "cases": { "numerator": "hoursSinceIncident <= 72", "denominator": "violence has sexual" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 80 } } ] },
            { "key": "with-consent", "title": { "vi": "trong đó có sự đồng ý" }, "source": "thử", "ofWhich": "sexual-violence-in-time",
              "metric": { "cases": { "numerator": "consent" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 50 } } ] },
            { "key": "children-share", "title": { "vi": "Tỷ lệ trẻ em dưới 16 tuổi" }, "source": "thử",
              "metric": { "cases": { "numerator": "age < 16" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-most", "value": 30 } } ] }
          ]
        }
        """);

    private static readonly Instant Noon = Instant.FromUtc(2025, 5, 10, 5, 0);

    private static CaseRecord Case(string unit, ViolenceKinds violence, int? hours, bool consent, int? age, Instant? reported = null) => new()
    {
        CaseId = Guid.NewGuid().ToString("N"),
        Unit = unit,
        Violence = violence,
        Consent = consent,
        Age = age,
        ReportedAt = reported ?? Noon,
        IncidentAt = hours is { } h ? (reported ?? Noon) - Duration.FromHours(h) : null,
    };

    /// <summary>Eight synthetic cases; the comments give what each counts in.</summary>
    private static readonly CaseRecord[] Cases =
    [
        Case("xa-a", ViolenceKinds.Sexual, 10, consent: true, age: 14),                         // sexual, in time, consent, child
        Case("xa-a", ViolenceKinds.Sexual, 100, consent: true, age: null),                       // sexual, late
        Case("xa-a", ViolenceKinds.Physical, 5, consent: true, age: 30),                         // not sexual
        Case("xa-b", ViolenceKinds.Sexual | ViolenceKinds.Physical, 48, consent: false, age: 15), // sexual, in time, no consent, child
        Case("xa-b", ViolenceKinds.Sexual, null, consent: true, age: 20),                        // sexual, time unknown: not in time
        Case("xa-b", ViolenceKinds.Sexual, 72, consent: true, age: 40),                          // sexual, in time (72 h is within), consent
        Case("xa-b", ViolenceKinds.Psychological, null, consent: true, age: 12) with { ReportedAt = null }, // no year: undated
        // Reported at 00:30 on 1 January 2025 in Vietnam (17:30 UTC the day before): counts in 2025.
        Case("xa-a", ViolenceKinds.Sexual, 1, consent: true, age: 10, reported: Instant.FromUtc(2024, 12, 31, 17, 30)),
    ];

    private static CaseTally<CaseRecord> Tally(Plan plan) =>
        CaseTally<CaseRecord>.Compile(plan, CaseFields.Map, CaseFields.ReportedYear, new Dictionary<string, string>()).Tally!;

    [Fact]
    public void Counts_follow_the_conditions_the_year_in_Vietnam_and_the_unit()
    {
        var counts = Tally(CasePlan).Count(Cases);
        Assert.Equal((8L, 1L), (counts.Read, counts.Undated));
        var totals = counts.Totals;

        // Sexual violence: cases 1, 2, 4, 5, 6, 8; of them in time: 1, 4, 6, 8; of those with consent: 1, 6, 8.
        Assert.Equal(6, totals.Total("sexual-violence-in-time#denominator", 2025));
        Assert.Equal(4, totals.Total("sexual-violence-in-time#numerator", 2025));
        Assert.Equal(3, totals.Total("with-consent#numerator", 2025));
        Assert.Equal(7, totals.Total("children-share#denominator", 2025));
        Assert.Equal(3, totals.Total("children-share#numerator", 2025));
        Assert.Null(totals.Total("children-share#numerator", 2024));

        Assert.Equal(2, totals.Value("xa-a", 2025, "sexual-violence-in-time#numerator"));
        Assert.Equal(1, totals.Value("xa-b", 2025, "with-consent#numerator"));
    }

    [Fact]
    public void Case_indicators_evaluate_with_the_figures_worked_out_by_hand()
    {
        var results = IndicatorEvaluator.Evaluate(CasePlan, Tally(CasePlan).Count(Cases).Totals, new LocalDate(2025, 12, 31));

        var inTime = results.Single(r => r.Indicator.Key == "sexual-violence-in-time");
        Assert.Equal((IndicatorStatus.NotMet, 4L, 6L, 5L, 1L), (inTime.Status, inTime.Numerator!.Value, inTime.Denominator!.Value, inTime.MinimumCount!.Value, inTime.Shortfall!.Value));
        Assert.Contains("4 of 6 = 66.7% in 2025; at least 80% needs 5, 1 more needed", inTime.ExplanationEn, StringComparison.Ordinal);

        var consent = results.Single(r => r.Indicator.Key == "with-consent");
        Assert.Equal((IndicatorStatus.Met, 3L, 4L, 3L), (consent.Status, consent.Numerator!.Value, consent.Denominator!.Value, consent.MinimumCount!.Value));

        // An upper bound: 3 of 7 children is 42.9%; at most 30% of 7 allows 2.
        var children = results.Single(r => r.Indicator.Key == "children-share");
        Assert.Equal((IndicatorStatus.NotMet, 1L), (children.Status, children.Shortfall!.Value));
        // An upper bound without a baseline has no "percentage of the target achieved": nothing follows the shortfall.
        Assert.Equal("children-share (at most 30% by 2025): NotMet: 3 of 7 = 42.9% in 2025; at most 30% allows at most 2, 1 over. Source: «thử»", children.ExplanationEn);
        Assert.Contains("3/7 = 42,9% năm 2025; không quá 30% cho phép tối đa 2", children.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_case_counts_the_indicators_have_no_data_and_say_which_cases_are_missing()
    {
        var result = IndicatorEvaluator.Evaluate(CasePlan, ReportedTotals.Empty, new LocalDate(2026, 1, 1)).First();
        Assert.Equal(IndicatorStatus.NoData, result.Status);
        Assert.Contains("\"cases meeting hoursSinceIncident <= 72\", \"cases meeting violence has sexual\" not reported for 2025", result.ExplanationEn, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each case ratio names its missing figures by their conditions: the denominator is the cases meeting its own
    /// condition, the parent's numerator for an "of which", or every case when it has none.
    /// </summary>
    [Fact]
    public void Missing_case_figures_are_named_by_their_conditions_in_both_languages()
    {
        var results = IndicatorEvaluator.Evaluate(CasePlan, ReportedTotals.Empty, new LocalDate(2026, 1, 1));
        Assert.Equal(
        [
            "sexual-violence-in-time (at least 80% by 2025): NoData: \"cases meeting hoursSinceIncident <= 72\", \"cases meeting violence has sexual\" not reported for 2025. Source: «thử»",
            "with-consent (more than 50% by 2025): NoData: \"cases meeting consent\", \"cases meeting hoursSinceIncident <= 72\" not reported for 2025. Source: «thử»",
            "children-share (at most 30% by 2025): NoData: \"cases meeting age < 16\", \"cases\" not reported for 2025. Source: «thử»",
        ], results.Select(r => r.ExplanationEn));
        Assert.Equal(
            "trong đó có sự đồng ý (trên 50% đến năm 2025): không có số liệu: chưa có số liệu \"số vụ việc thỏa điều kiện: nạn nhân đã đồng ý\", \"số vụ việc thỏa điều kiện: số giờ từ khi xảy ra vụ việc từ 72 trở xuống\" năm 2025. Nguồn: «thử»",
            results[1].ExplanationVi);
        Assert.All(results, r => Assert.Equal((IndicatorStatus.NoData, 2025), (r.Status, r.Year!.Value)));
    }

    [Fact]
    public void Each_unit_is_evaluated_on_its_own_cases()
    {
        var byUnit = IndicatorEvaluator.EvaluateByUnit(CasePlan, Tally(CasePlan).Count(Cases).Totals, new LocalDate(2025, 12, 31));
        Assert.Equal(["xa-a", "xa-b"], byUnit.Keys);
        var a = byUnit["xa-a"].Single(r => r.Indicator.Key == "sexual-violence-in-time");
        var b = byUnit["xa-b"].Single(r => r.Indicator.Key == "sexual-violence-in-time");
        Assert.Equal((2L, 3L, IndicatorStatus.NotMet), (a.Numerator!.Value, a.Denominator!.Value, a.Status));
        Assert.Equal((2L, 3L, IndicatorStatus.NotMet), (b.Numerator!.Value, b.Denominator!.Value, b.Status));
    }

    [Fact]
    public void An_integrator_counts_a_plan_s_reported_figures_from_its_own_cases()
    {
        // Đăk Tô's figures are reported aggregates; an integrator with case records maps each to a condition over its own entity.
        var dakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        var result = CaseTally<SurvivorRow>.Compile(dakTo, SurvivorRow.Fields, s => s.Year, SurvivorRow.DakToElements);
        Assert.Empty(result.Diagnostics);

        // 37 victims detected in 2020 (all known victims), 33 of them supported.
        var rows = Enumerable.Range(0, 37).Select(i => new SurvivorRow(i % 2 == 0 ? "dak-to-town" : "ngoc-tu", 2020, Detected: true, Supported: i >= 4, Perpetrator: false, Counselled: false));
        var totals = result.Tally!.Count(rows).Totals;
        var supported = IndicatorEvaluator.Evaluate(dakTo, totals, new LocalDate(2020, 12, 31)).Single(r => r.Indicator.Key == "victims-supported" && r.Target.Horizon.Year == 2020);
        Assert.Equal((IndicatorStatus.NotMet, 33L, 37L, 34L, 1L), (supported.Status, supported.Numerator!.Value, supported.Denominator!.Value, supported.MinimumCount!.Value, supported.Shortfall!.Value));
    }

    [Fact]
    public void Unknown_elements_and_conditions_the_fields_cannot_read_are_diagnostics_naming_where()
    {
        var dakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        var result = CaseTally<SurvivorRow>.Compile(dakTo, SurvivorRow.Fields, s => s.Year,
            new Dictionary<string, string> { ["victims_detectd"] = "detected", ["victims_supported"] = "suported" });
        Assert.Null(result.Tally);
        Assert.Equal(["GBV2005", "GBV3101"], result.Diagnostics.Select(d => d.Id).Order());
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("victims_detected", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location.File!.Contains("victims_supported", StringComparison.Ordinal));

        // The case plan's conditions need fields the integrator's entity does not have.
        var other = CaseTally<SurvivorRow>.Compile(CasePlan, SurvivorRow.Fields, s => s.Year, new Dictionary<string, string>());
        Assert.Null(other.Tally);
        Assert.All(other.Diagnostics, d => Assert.StartsWith("indicator '", d.Location.File!, StringComparison.Ordinal));
    }

    [Fact]
    public void More_distinct_conditions_than_one_mask_holds_is_a_diagnostic()
    {
        var elements = string.Join(", ", Enumerable.Range(0, 65).Select(i => $$"""{ "key": "e{{i}}", "name": { "vi": "e{{i}}" } }"""));
        var plan = PlanLoader.Load(TestFiles.MinimalPlan.Replace("\"agencies\"", $"\"dataElements\": [{elements}], \"agencies\"", StringComparison.Ordinal)).Plan!;
        var result = CaseTally<CaseRecord>.Compile(plan, CaseFields.Map, CaseFields.ReportedYear, Enumerable.Range(0, 65).ToDictionary(i => $"e{i}", i => $"age = {i}"));
        Assert.Null(result.Tally);
        Assert.Equal("GBV4003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Where_a_tally_cannot_be_compiled_is_named_exactly()
    {
        var dakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        // An unknown element is reported once: its condition, which does not read either, is not compiled.
        var unknown = CaseTally<SurvivorRow>.Compile(dakTo, SurvivorRow.Fields, s => s.Year, new Dictionary<string, string> { ["victims_detectd"] = "no such field" });
        var d = Assert.Single(unknown.Diagnostics);
        Assert.Equal(("GBV2005", "data element 'victims_detectd' counted from cases"), (d.Id, d.Location.File));

        var other = CaseTally<SurvivorRow>.Compile(CasePlan, SurvivorRow.Fields, s => s.Year, new Dictionary<string, string>());
        Assert.Contains(other.Diagnostics, x => x.Location.File == "indicator 'sexual-violence-in-time'");

        var elements = string.Join(", ", Enumerable.Range(0, 65).Select(i => $$"""{ "key": "e{{i}}", "name": { "vi": "e{{i}}" } }"""));
        var plan = PlanLoader.Load(TestFiles.MinimalPlan.Replace("\"agencies\"", $"\"dataElements\": [{elements}], \"agencies\"", StringComparison.Ordinal)).Plan!;
        var many = Assert.Single(CaseTally<CaseRecord>.Compile(plan, CaseFields.Map, CaseFields.ReportedYear, Enumerable.Range(0, 65).ToDictionary(i => $"e{i}", i => $"age = {i}")).Diagnostics);
        Assert.Equal("case tally: The indicators and elements counted from cases use 65 distinct conditions; one tally holds at most 64", $"{many.Location.File}: {many.Message}");
    }

    /// <summary>A denominator that is another indicator's numerator shares its condition, and still counts as a denominator.</summary>
    [Fact]
    public void A_condition_shared_between_indicators_counts_for_each()
    {
        var plan = TestFiles.LoadPlan("""
            {
              "format": "gbv-plan/1", "id": "shared", "title": { "vi": "Thử" }, "document": { "issuer": "ubnd" }, "level": "district",
              "period": { "from": 2025, "to": 2025 }, "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
              "indicators": [
                { "key": "children", "title": { "vi": "Trẻ em" }, "source": "thử", "metric": { "cases": { "numerator": "age < 16" } },
                  "targets": [ { "by": 2025, "threshold": { "comparison": "at-most", "value": 30 } } ] },
                { "key": "children-consent", "title": { "vi": "Trẻ em có sự đồng ý" }, "source": "thử", "metric": { "cases": { "numerator": "consent", "denominator": "age < 16" } },
                  "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 50 } } ] }
              ]
            }
            """);
        // Children: cases 1, 4 and 8 (14, 15 and 10 years old); of them with consent: 1 and 8.
        var totals = Tally(plan).Count(Cases).Totals;
        Assert.Equal((3L, 3L, 2L), (totals.Total("children#numerator", 2025)!.Value, totals.Total("children-consent#denominator", 2025)!.Value, totals.Total("children-consent#numerator", 2025)!.Value));
    }

    [Fact]
    public async Task A_stream_counts_as_a_list_does_and_the_unit_is_empty_when_the_fields_have_none()
    {
        var tally = Tally(CasePlan);
        Assert.Equal(tally.Count(Cases), await tally.CountAsync(Cases.ToAsyncEnumerable(), TestContext.Current.CancellationToken));
        var twice = tally.Count(Cases).Merge(tally.Count(Cases));
        Assert.Equal((16L, 2L, 8L), (twice.Read, twice.Undated, twice.Totals.Total("sexual-violence-in-time#numerator", 2025)!.Value));
        Assert.Throws<ArgumentNullException>(() => tally.Count(Cases).Merge(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => tally.CountAsync(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => tally.Count((IEnumerable<CaseRecord>)null!));
        Assert.Throws<ArgumentNullException>(() => tally.Count((IQueryable<CaseRecord>)null!));

        // Without a "unit" field every case counts under the unit "".
        var noUnit = FieldMap<SurvivorRow>.Empty.AddBoolean("detected", s => s.Detected);
        var dakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        var counted = CaseTally<SurvivorRow>.Compile(dakTo, noUnit, s => s.Year, new Dictionary<string, string> { ["victims_detected"] = "detected" }).Tally!
            .Count([new SurvivorRow("ngoc-tu", 2020, true, false, false, false), new SurvivorRow("dak-to-town", 2020, true, false, false, false)]);
        Assert.Equal([""], counted.Totals.Units);
        Assert.Equal(2, counted.Totals.Value("", 2020, "victims_detected"));
    }

    /// <summary>
    /// The compiled tally counts exactly what each condition, interpreted case by case, says; and any split of the
    /// cases into batches, merged, gives the same counts as the whole.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Counts_equal_the_conditions_one_by_one_and_batches_merge_into_the_whole() =>
        Prop.ForAll(Gen.Choose(0, 200).SelectMany(n => GbvGenerators.Case.ArrayOf(n)).ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), (cases, cut) =>
        {
            var tally = Tally(CasePlan);
            var whole = tally.Count(cases);
            var at = Math.Min(cut, cases.Length);
            Assert.Equal(whole, tally.Count(cases.Take(at)).Merge(tally.Count(cases.Skip(at))));

            var conditions = new[] { "violence has sexual", "hoursSinceIncident <= 72", "consent", "age < 16" }
                .Select(t => Condition.Compile(t, CaseFields.Map).Condition!).ToArray();
            var year = CaseFields.ReportedYear.Compile();
            foreach (var group in cases.Where(c => year(c) is not null).GroupBy(c => (c.Unit ?? string.Empty, year(c)!.Value)))
            {
                var (unit, y) = group.Key;
                long Expected(Func<CaseRecord, bool> counted) => group.LongCount(counted);
                Assert.Equal(Expected(c => conditions[0].Interpret(c)), whole.Totals.Value(unit, y, "sexual-violence-in-time#denominator"));
                Assert.Equal(Expected(c => conditions[0].Interpret(c) && conditions[1].Interpret(c)), whole.Totals.Value(unit, y, "sexual-violence-in-time#numerator"));
                Assert.Equal(Expected(c => conditions[0].Interpret(c) && conditions[1].Interpret(c) && conditions[2].Interpret(c)), whole.Totals.Value(unit, y, "with-consent#numerator"));
                Assert.Equal(Expected(c => conditions[3].Interpret(c)), whole.Totals.Value(unit, y, "children-share#numerator"));
                Assert.Equal(group.LongCount(), whole.Totals.Value(unit, y, "children-share#denominator"));
            }

            Assert.Equal(cases.LongCount(c => year(c) is null), whole.Undated);
        });

    /// <summary>
    /// A unit's counts are kept per year it has cases in, the first few looked up in turn and the rest by a table:
    /// counted over forty years in two units (so most years have several rows, and most are past the first few), each
    /// (unit, year) equals a plain count of its rows, and undated rows count in no year.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Counts_over_many_years_equal_a_plain_count_per_unit_and_year() =>
        Prop.ForAll(
            Gen.Choose(0, 400).SelectMany(n =>
                (from unit in Gen.Elements("xa-a", "xa-b")
                 from year in Gen.Frequency((1, Gen.Constant<int?>(null)), (9, Gen.Choose(2000, 2039).Select(y => (int?)y)))
                 from detected in Gen.Elements(true, false)
                 select new SurvivorRow(unit, year, detected, false, false, false)).ArrayOf(n)).ToArbitrary(),
            rows =>
            {
                var dakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
                var counted = CaseTally<SurvivorRow>.Compile(dakTo, SurvivorRow.Fields, s => s.Year, SurvivorRow.DakToElements).Tally!.Count(rows);
                var expected = new Dictionary<(string, int), (long All, long Detected)>();
                foreach (var row in rows)
                {
                    if (row.Year is { } year)
                    {
                        var (all, detected) = expected.GetValueOrDefault((row.Commune!, year));
                        expected[(row.Commune!, year)] = (all + 1, detected + (row.Detected ? 1 : 0));
                    }
                }

                foreach (var ((unit, year), (all, detected)) in expected)
                {
                    Assert.Equal(all, counted.Totals.Value(unit, year, "gbv_victims"));
                    Assert.Equal(detected, counted.Totals.Value(unit, year, "victims_detected"));
                }

                Assert.Equal(rows.LongCount(r => r.Year is null), counted.Undated);
                Assert.Equal(expected.Count, counted.Totals.Units.Sum(u => Enumerable.Range(2000, 40).Count(y => counted.Totals.Value(u, y, "gbv_victims") is not null)));
            });

    /// <summary>An integrator's own entity: a row per survivor with the figures its database holds.</summary>
    internal sealed record SurvivorRow(string? Commune, int? Year, bool Detected, bool Supported, bool Perpetrator, bool Counselled)
    {
        public static FieldMap<SurvivorRow> Fields { get; } = FieldMap<SurvivorRow>.Empty
            .AddText("unit", s => s.Commune)
            .AddBoolean("detected", s => s.Detected)
            .AddBoolean("supported", s => s.Supported)
            .AddBoolean("perpetrator", s => s.Perpetrator)
            .AddBoolean("counselled", s => s.Counselled);

        /// <summary>Đăk Tô's data elements as conditions over the entity.</summary>
        public static Dictionary<string, string> DakToElements { get; } = new()
        {
            ["gbv_victims"] = "not perpetrator",
            ["victims_detected"] = "not perpetrator and detected",
            ["victims_supported"] = "not perpetrator and detected and supported",
            ["gbv_perpetrators"] = "perpetrator",
            ["perpetrators_detected"] = "perpetrator and detected",
            ["perpetrators_counselled"] = "perpetrator and detected and counselled",
        };
    }
}
