using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>
/// Every branch of an indicator's explanation, in English and Vietnamese, word for word: the explanation is what a
/// provincial officer reads, so a wrong figure or a missing clause in it is a wrong answer. Expected texts are
/// written from the figures by hand.
/// </summary>
public sealed class IndicatorExplanationTests
{
    private static readonly Plan Plan = TestFiles.LoadPlan("""
        {
          "format": "gbv-plan/1", "id": "explain", "title": { "vi": "Thử: giải thích chỉ tiêu" },
          "document": { "issuer": "ubnd" }, "level": "commune", "period": { "from": 2025, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
          "dataElements": [
            { "key": "victims_detected", "name": { "vi": "Số nạn nhân được phát hiện" } },
            { "key": "victims_supported", "name": { "vi": "Số nạn nhân được hỗ trợ" } },
            { "key": "wards_implementing", "name": { "vi": "Số phường triển khai" } }
          ],
          "tasks": [ { "id": "club", "title": { "vi": "Sinh hoạt câu lạc bộ" }, "lead": "ubnd", "recurrence": "quarterly", "source": "thử" } ],
          "indicators": [
            { "key": "supported", "title": { "vi": "Trên 90% nạn nhân được hỗ trợ" }, "source": "trên 90% nạn nhân được hỗ trợ",
              "metric": { "reported": { "numerator": "victims_supported", "denominator": "victims_detected" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 90 } } ] },
            { "key": "counted-as-zero", "title": { "vi": "Như trên, thiếu số liệu tính là 0" }, "source": "thử", "missing": "skip-if-all-missing",
              "metric": { "reported": { "numerator": "victims_supported", "denominator": "victims_detected" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 90 } } ] },
            { "key": "quarterly", "title": { "vi": "Sinh hoạt ít nhất 01 lần/quý" }, "source": "ít nhất 01 lần/quý",
              "metric": { "events": { "task": "club", "per": "quarter" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 1, "unit": "count" } } ] },
            { "key": "wards", "title": { "vi": "Các phường triển khai" }, "source": "các phường triển khai",
              "metric": { "coverage": { "level": "ward", "covered": "wards_implementing", "total": 14 } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 10, "unit": "count" } } ] }
          ]
        }
        """);

    private static IndicatorResult Result(string key, LocalDate asOf, params ReportedValue[] values) =>
        IndicatorEvaluator.Evaluate(Plan, ReportedTotals.From(values, out _), asOf).Single(r => r.Indicator.Key == key);

    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    /// <summary>
    /// 9 of 10 is 90%, not more than 90%: the least count above 90% of 10 (9) is 10, one more. 10 of 10 meets it and
    /// needs nothing more; 100% against a target of 90% is 111.1% of it. At exactly 90% no percentage achieved is stated:
    /// "100% of the target" beside NotMet would mislead.
    /// </summary>
    [Theory]
    [InlineData(9, IndicatorStatus.NotMet,
        "supported (more than 90% by 2025): NotMet: 9 of 10 = 90% in 2025; more than 90% needs 10, 1 more needed; at the threshold itself, which it does not meet. Source: «trên 90% nạn nhân được hỗ trợ»",
        "Trên 90% nạn nhân được hỗ trợ (trên 90% đến năm 2025): không đạt: 9/10 = 90% năm 2025; trên 90% cần 10, còn thiếu 1; bằng đúng ngưỡng, chưa đạt. Nguồn: «trên 90% nạn nhân được hỗ trợ»")]
    [InlineData(10, IndicatorStatus.Met,
        "supported (more than 90% by 2025): Met: 10 of 10 = 100% in 2025; more than 90% needs 10; 111.1% of the target achieved. Source: «trên 90% nạn nhân được hỗ trợ»",
        "Trên 90% nạn nhân được hỗ trợ (trên 90% đến năm 2025): đạt: 10/10 = 100% năm 2025; trên 90% cần 10; đạt 111,1% mục tiêu. Nguồn: «trên 90% nạn nhân được hỗ trợ»")]
    public void A_ratio_around_more_than_90_percent_is_explained_word_for_word(int supported, IndicatorStatus status, string english, string vietnamese)
    {
        var r = Result("supported", YearEnd, new("xa", 2025, "victims_detected", 10), new("xa", 2025, "victims_supported", supported));
        Assert.Equal((status, english, vietnamese), (r.Status, r.ExplanationEn, r.ExplanationVi));
        Assert.Equal((english, vietnamese, vietnamese, english), (r.Explain("en"), r.Explain("vi"), r.Explain("VI"), r.Explain("fr")));
    }

    [Fact]
    public void A_figure_counted_as_zero_says_so_in_both_languages()
    {
        var r = Result("counted-as-zero", YearEnd, new ReportedValue("xa", 2025, "victims_detected", 10));
        Assert.Equal(IndicatorStatus.NotMet, r.Status);
        Assert.Equal("counted-as-zero (more than 90% by 2025): NotMet: 0 of 10 = 0% in 2025; more than 90% needs 10, 10 more needed; 0% of the target achieved (\"victims_supported\" not reported: counted as 0). Source: «thử»", r.ExplanationEn);
        Assert.Equal("Như trên, thiếu số liệu tính là 0 (trên 90% đến năm 2025): không đạt: 0/10 = 0% năm 2025; trên 90% cần 10, còn thiếu 10; đạt 0% mục tiêu (\"Số nạn nhân được hỗ trợ\" chưa báo cáo: tính là 0). Nguồn: «thử»", r.ExplanationVi);
    }

    [Fact]
    public void Figures_not_reported_before_the_horizon_are_not_due_and_after_it_no_data()
    {
        var early = Result("supported", new LocalDate(2025, 6, 30));
        Assert.Equal(IndicatorStatus.NotDue, early.Status);
        Assert.Equal("supported (more than 90% by 2025): NotDue: \"victims_supported\", \"victims_detected\" not reported yet for 2025; the target is by 2025. Source: «trên 90% nạn nhân được hỗ trợ»", early.ExplanationEn);
        Assert.Equal("Trên 90% nạn nhân được hỗ trợ (trên 90% đến năm 2025): chưa đến hạn: chưa có số liệu \"Số nạn nhân được hỗ trợ\", \"Số nạn nhân được phát hiện\" năm 2025; mục tiêu là đến năm 2025. Nguồn: «trên 90% nạn nhân được hỗ trợ»", early.ExplanationVi);

        var late = Result("supported", YearEnd, new ReportedValue("xa", 2025, "victims_supported", 3));
        Assert.Equal(IndicatorStatus.NoData, late.Status);
        // The unit that reported one figure is named, then what is missing.
        Assert.Equal("supported (more than 90% by 2025): NoData: 0 of 1 unit(s) in the total, incomplete: xa did not report \"victims_detected\"; \"victims_detected\" not reported for 2025. Source: «trên 90% nạn nhân được hỗ trợ»", late.ExplanationEn);
        Assert.Equal("Trên 90% nạn nhân được hỗ trợ (trên 90% đến năm 2025): không có số liệu: 0/1 đơn vị được tính, chưa đủ số liệu: xa chưa báo cáo \"Số nạn nhân được phát hiện\"; chưa có số liệu \"Số nạn nhân được phát hiện\" năm 2025. Nguồn: «trên 90% nạn nhân được hỗ trợ»", late.ExplanationVi);
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable()
    {
        var r = Result("supported", YearEnd, new("xa", 2025, "victims_detected", 0), new("xa", 2025, "victims_supported", 0));
        Assert.Equal(IndicatorStatus.NotApplicable, r.Status);
        Assert.Equal("supported (more than 90% by 2025): NotApplicable: the denominator \"victims_detected\" is 0 for 2025. Source: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationEn);
        Assert.Equal("Trên 90% nạn nhân được hỗ trợ (trên 90% đến năm 2025): không áp dụng: mẫu số \"Số nạn nhân được phát hiện\" bằng 0 năm 2025. Nguồn: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationVi);
    }

    [Fact]
    public void Once_a_quarter_is_judged_on_the_weakest_ended_quarter()
    {
        // Q1: January and March; Q2: May; Q3: none yet.
        var totals = ReportedTotals.FromTaskCompletions(Plan, [
            new("club", "xa", new LocalDate(2025, 1, 10)), new("club", "xa", new LocalDate(2025, 3, 2)), new("club", "xa", new LocalDate(2025, 5, 20))], out _);
        IndicatorResult At(LocalDate asOf) => IndicatorEvaluator.Evaluate(Plan, totals, asOf).Single(r => r.Indicator.Key == "quarterly");

        // On 29 June only the first quarter has ended (five months); on 30 June, its last day, the second has too.
        var june29 = At(new LocalDate(2025, 6, 29));
        Assert.Equal((IndicatorStatus.OnTrack, 2L), (june29.Status, june29.Numerator!.Value));
        Assert.Contains("2 time(s) \"club\" was done in quarter 1, the fewest of the 1 ended in 2025", june29.ExplanationEn, StringComparison.Ordinal);
        var june30 = At(new LocalDate(2025, 6, 30));
        Assert.Equal((IndicatorStatus.OnTrack, 1L), (june30.Status, june30.Numerator!.Value));
        Assert.Equal("quarterly (at least 1 by 2025): OnTrack: 1 time(s) \"club\" was done in quarter 2, the fewest of the 2 ended in 2025; at least 1 needs 1; 100% of the target achieved. Source: «ít nhất 01 lần/quý»", june30.ExplanationEn);
        Assert.Equal("Sinh hoạt ít nhất 01 lần/quý (tối thiểu 1 đến năm 2025): đang đạt: 1 lần thực hiện \"Sinh hoạt câu lạc bộ\" trong quý 2, ít nhất trong 2 quý đã qua năm 2025; tối thiểu 1 cần 1; đạt 100% mục tiêu. Nguồn: «ít nhất 01 lần/quý»", june30.ExplanationVi);

        // At the end of the year the third and fourth quarters count, with none: not met, one more needed.
        var december = At(YearEnd);
        Assert.Equal((IndicatorStatus.NotMet, 0L, 1L), (december.Status, december.Numerator!.Value, december.Shortfall!.Value));
        Assert.Contains("0 time(s) \"club\" was done in quarter 3, the fewest of the 4 ended in 2025", december.ExplanationEn, StringComparison.Ordinal);

        // Before any quarter has ended there is nothing to judge.
        Assert.Equal(IndicatorStatus.NotDue, At(new LocalDate(2025, 2, 1)).Status);
    }

    [Fact]
    public void Coverage_without_the_number_of_units_has_no_data_and_says_why()
    {
        // A plan file without "total" is refused (GBV2217); a plan built in code reaches the evaluator, which must not guess.
        var plan = Plan with
        {
            Indicators = [.. Plan.Indicators.Select(i => i.Key == "wards"
                ? new Indicator(i.Key, i.Title, i.Section, i.Source, new UnitCoverageMetric(((UnitCoverageMetric)i.Metric).Level, "wards_implementing", null), i.OfWhich, i.Targets, i.Note)
                : i)],
        };
        var r = IndicatorEvaluator.Evaluate(plan, ReportedTotals.From([new ReportedValue("xa", 2025, "wards_implementing", 12)], out _), YearEnd).Single(x => x.Indicator.Key == "wards");
        Assert.Equal(IndicatorStatus.NoData, r.Status);
        Assert.Equal("wards (at least 10 by 2025): NoData: the number of ward units is not stated. Source: «các phường triển khai»", r.ExplanationEn);
        Assert.Equal("Các phường triển khai (tối thiểu 10 đến năm 2025): không có số liệu: không nêu số đơn vị ward. Nguồn: «các phường triển khai»", r.ExplanationVi);
    }

    /// <summary>
    /// An "of which" takes its denominator from its parent's numerator; a coverage parent has none to give. A plan file
    /// saying so is refused (GBV2216), but a plan built in code reaches the evaluator, which must still not guess.
    /// </summary>
    [Fact]
    public void Of_which_under_a_parent_that_is_not_a_ratio_has_no_data_and_says_why()
    {
        var child = new Indicator("wards-with-clubs", new LocalizedText("Trong đó có câu lạc bộ"), null, "trong đó có câu lạc bộ",
            new ReportedRatioMetric("wards_implementing", null), "wards", [new Target(new Horizon(HorizonKind.By, 2025), new Threshold(Comparison.AtLeast, 50m), null)], null);
        var plan = Plan with { Indicators = Plan.Indicators.Add(child) };
        var r = IndicatorEvaluator.Evaluate(plan, ReportedTotals.From([new ReportedValue("xa", 2025, "wards_implementing", 12)], out _), YearEnd).Single(x => x.Indicator == child);
        Assert.Equal((IndicatorStatus.NoData, (int?)null, (long?)null), (r.Status, r.Year, r.Numerator));
        Assert.Equal("wards-with-clubs (at least 50% by 2025): NoData: \"of which\" without a parent ratio. Source: «trong đó có câu lạc bộ»", r.ExplanationEn);
        Assert.Equal("Trong đó có câu lạc bộ (tối thiểu 50% đến năm 2025): không có số liệu: \"trong đó\" không có chỉ tiêu cha. Nguồn: «trong đó có câu lạc bộ»", r.ExplanationVi);
    }

    private static readonly Plan Edges = TestFiles.LoadPlan("""
        {
          "format": "gbv-plan/1", "id": "edges", "title": { "vi": "Thử: các trường hợp biên" },
          "document": { "issuer": "ubnd" }, "level": "commune", "period": { "from": 2025, "to": 2026 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
          "dataElements": [
            { "key": "n", "name": { "vi": "tử số" } }, { "key": "d", "name": { "vi": "mẫu số" } },
            { "key": "villages_covered", "name": { "vi": "Số thôn triển khai" } }
          ],
          "tasks": [ { "id": "training", "title": { "vi": "Tập huấn" }, "lead": "ubnd", "recurrence": "annual", "source": "thử" } ],
          "indicators": [
            { "key": "yearly-from-2025", "title": { "vi": "Từ năm 2025, mỗi năm ít nhất 01 lần" }, "source": "từ năm 2025", "missing": "skip-if-all-missing",
              "metric": { "events": { "task": "training", "per": "year" } },
              "targets": [ { "from": 2025, "threshold": { "comparison": "at-least", "value": 1, "unit": "count" } } ] },
            { "key": "villages", "title": { "vi": "Ít nhất 10 thôn" }, "source": "ít nhất 10/14 thôn",
              "metric": { "coverage": { "level": "village", "covered": "villages_covered", "total": 14 } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 10, "unit": "count" } } ] },
            { "key": "from-baseline", "title": { "vi": "Từ mức cơ sở 2,50%" }, "source": "từ 2,50% lên trên 10%",
              "baseline": { "value": 2.50, "year": 2024, "source": "năm 2024: 2,50%" },
              "metric": { "reported": { "numerator": "n", "denominator": "d" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 10 } } ] }
          ]
        }
        """);

    private static IndicatorResult Edge(string key, LocalDate asOf, ReportedTotals totals) =>
        IndicatorEvaluator.Evaluate(Edges, totals, asOf).Single(r => r.Indicator.Key == key);

    /// <summary>"Từ năm 2025": judged on 2025 while it runs (on track), and on 2025 as soon as it has ended (met).</summary>
    [Fact]
    public void A_target_from_a_year_is_judged_on_that_year_once_it_ends()
    {
        var done = ReportedTotals.FromTaskCompletions(Edges, [new("training", "xa", new LocalDate(2025, 3, 10))], out _);
        Assert.Equal((IndicatorStatus.OnTrack, 2025), (Edge("yearly-from-2025", new LocalDate(2025, 6, 30), done).Status, Edge("yearly-from-2025", new LocalDate(2025, 6, 30), done).Year!.Value));
        var ended = Edge("yearly-from-2025", new LocalDate(2025, 12, 31), done);
        Assert.Equal((IndicatorStatus.Met, 2025), (ended.Status, ended.Year!.Value));
        Assert.Equal("Từ năm 2025, mỗi năm ít nhất 01 lần (tối thiểu 1 từ năm 2025): đạt: 1 lần thực hiện \"Tập huấn\" năm 2025; tối thiểu 1 cần 1; đạt 100% mục tiêu. Nguồn: «từ năm 2025»", ended.ExplanationVi);

        // A count with nothing recorded is missing all its figures: "skip if all missing" skips it.
        Assert.Equal(IndicatorStatus.NoData, Edge("yearly-from-2025", new LocalDate(2025, 12, 31), ReportedTotals.Empty).Status);
    }

    [Fact]
    public void A_threshold_no_count_can_meet_says_so()
    {
        // More than 100% of 10: no count of 10 or fewer is more than all of them. A plan file saying so is refused
        // (GBV2201); a plan built in code still gets an answer, not a guess.
        var above = new Indicator("above-all", new LocalizedText("Trên 100%"), null, "trên 100%", new ReportedRatioMetric("n", "d"), null,
            [new Target(new Horizon(HorizonKind.By, 2025), new Threshold(Comparison.MoreThan, 100m), null)], null);
        var r = IndicatorEvaluator.Evaluate(Edges with { Indicators = [above] }, ReportedTotals.From([new("xa", 2025, "n", 10), new("xa", 2025, "d", 10)], out _), YearEnd).Single();
        Assert.Equal(((long?)null, (long?)null), (r.MinimumCount, r.Shortfall));
        Assert.Contains("10 of 10 = 100% in 2025; more than 100% needs an impossible count", r.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("10/10 = 100% năm 2025; trên 100% cần số không thể đạt", r.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_counts_units_and_a_baseline_keeps_its_own_digits()
    {
        // 12 of the plan's 14 villages: a count of units, judged as a count.
        var villages = Edge("villages", YearEnd, ReportedTotals.From([new("huyen", 2025, "villages_covered", 12)], out _));
        Assert.Equal((IndicatorStatus.Met, 12m), (villages.Status, villages.Value!.Value));
        Assert.StartsWith("villages (at least 10 by 2025): Met: 12 of 14 = 12 in 2025; at least 10 needs 10", villages.ExplanationEn, StringComparison.Ordinal);

        // 3 of 20 = 15%: from 2.5% towards more than 10%, (15 - 2.5) / (10 - 2.5) = 166.7% of the way.
        var baseline = Edge("from-baseline", YearEnd, ReportedTotals.From([new("xa", 2025, "n", 3), new("xa", 2025, "d", 20)], out _));
        Assert.Contains("; 166.7% of the target achieved from the baseline 2.5 in 2024", baseline.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("; đạt 166,7% mục tiêu so với mức cơ sở 2,5 năm 2024", baseline.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorEvaluator.Evaluate(null!, ReportedTotals.Empty, YearEnd));
        Assert.Throws<ArgumentNullException>(() => IndicatorEvaluator.Evaluate(Plan, null!, YearEnd));
        Assert.Throws<ArgumentNullException>(() => IndicatorEvaluator.EvaluateByUnit(null!, ReportedTotals.Empty, YearEnd));
        Assert.Throws<ArgumentNullException>(() => IndicatorEvaluator.EvaluateByUnit(Plan, null!, YearEnd));
    }

    [Fact]
    public void After_the_year_every_quarter_counts_whatever_the_date()
    {
        // Judged in March of the next year: the year has ended, so all four quarters count, not the months of 2026.
        var totals = ReportedTotals.FromTaskCompletions(Plan, [
            new("club", "xa", new LocalDate(2025, 1, 10)), new("club", "xa", new LocalDate(2025, 4, 2)),
            new("club", "xa", new LocalDate(2025, 7, 20)), new("club", "xa", new LocalDate(2025, 10, 5))], out _);
        var r = IndicatorEvaluator.Evaluate(Plan, totals, new LocalDate(2026, 3, 1)).Single(x => x.Indicator.Key == "quarterly");
        Assert.Equal((IndicatorStatus.Met, 1L, 2025), (r.Status, r.Numerator!.Value, r.Year!.Value));
        Assert.Contains("the fewest of the 4 ended", r.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("ít nhất trong 4 quý đã qua", r.ExplanationVi, StringComparison.Ordinal);

        // No completion at all: no data, not zero.
        var none = IndicatorEvaluator.Evaluate(Plan, ReportedTotals.Empty, new LocalDate(2026, 3, 1)).Single(x => x.Indicator.Key == "quarterly");
        Assert.Equal(IndicatorStatus.NoData, none.Status);
        Assert.Null(none.Numerator);
    }

    [Fact]
    public void Once_a_month_finds_a_weak_month_late_in_the_year()
    {
        var plan = TestFiles.LoadPlan("""
            {
              "format": "gbv-plan/1", "id": "monthly", "title": { "vi": "Thử: hằng tháng" },
              "document": { "issuer": "ubnd" }, "level": "commune", "period": { "from": 2025, "to": 2025 },
              "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
              "tasks": [ { "id": "visit", "title": { "vi": "Thăm hộ gia đình" }, "lead": "ubnd", "recurrence": "monthly", "source": "thử" } ],
              "indicators": [ { "key": "monthly-visit", "title": { "vi": "Ít nhất 01 lần/tháng" }, "source": "ít nhất 01 lần/tháng",
                "metric": { "events": { "task": "visit", "per": "month" } },
                "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 1, "unit": "count" } } ] } ]
            }
            """);
        // Every month but June.
        var done = Enumerable.Range(1, 12).Where(m => m != 6).Select(m => new Gbv.Domain.Tasks.TaskCompletion("visit", "xa", new LocalDate(2025, m, 15))).ToArray();
        var r = IndicatorEvaluator.Evaluate(plan, ReportedTotals.FromTaskCompletions(plan, done, out _), YearEnd).Single();
        Assert.Equal((IndicatorStatus.NotMet, 0L, 1L), (r.Status, r.Numerator!.Value, r.Shortfall!.Value));
        Assert.Equal("monthly-visit (at least 1 by 2025): NotMet: 0 time(s) \"visit\" was done in month 6, the fewest of the 12 ended in 2025; at least 1 needs 1, 1 more needed; 0% of the target achieved. Source: «ít nhất 01 lần/tháng»", r.ExplanationEn);
        Assert.Equal("Ít nhất 01 lần/tháng (tối thiểu 1 đến năm 2025): không đạt: 0 lần thực hiện \"Thăm hộ gia đình\" trong tháng 6, ít nhất trong 12 tháng đã qua năm 2025; tối thiểu 1 cần 1, còn thiếu 1; đạt 0% mục tiêu. Nguồn: «ít nhất 01 lần/tháng»", r.ExplanationVi);
    }

    [Fact]
    public void A_baseline_equal_to_the_target_gives_no_percentage_achieved()
    {
        var plan = TestFiles.LoadPlan(File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Replace(
            "\"key\": \"victims-supported\",", "\"key\": \"victims-supported\", \"baseline\": { \"value\": 90, \"year\": 2016, \"source\": \"thử\" },", StringComparison.Ordinal));
        var totals = ReportedTotals.From([new("x", 2020, "victims_detected", 10), new("x", 2020, "victims_supported", 10)], out _);
        var r = IndicatorEvaluator.Evaluate(plan, totals, YearEnd.PlusYears(-5)).Single(x => x.Indicator.Key == "victims-supported" && x.Target.Horizon.Year == 2020);
        Assert.Equal(IndicatorStatus.Met, r.Status);
        Assert.Null(r.PercentAchieved);
        // 95% by 2030 from 90% in 2016: 100% is 200% of the way.
        var vision = IndicatorEvaluator.Evaluate(plan, totals, YearEnd.PlusYears(-5)).Single(x => x.Indicator.Key == "victims-supported" && x.Target.Horizon.Year == 2030);
        Assert.Equal(200m, vision.PercentAchieved);
    }
}
