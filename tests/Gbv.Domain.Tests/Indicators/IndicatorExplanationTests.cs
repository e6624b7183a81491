using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Tests.Indicators;

/// <summary>
/// Every branch of an indicator's explanation, in English and Vietnamese, word for word: the explanation is what a
/// provincial officer reads, so a wrong figure or a missing clause in it is a wrong answer. Expected texts are
/// written from the figures by hand.
/// </summary>
public sealed class IndicatorExplanationTests
{
    private static readonly Plan Plan = Load("""
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
              "metric": { "coverage": { "level": "ward", "covered": "wards_implementing" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 10, "unit": "count" } } ] }
          ]
        }
        """);

    private static Plan Load(string json)
    {
        var result = PlanLoader.Load(json);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result.Plan!;
    }

    private static IndicatorResult Result(string key, LocalDate asOf, params ReportedValue[] values) =>
        IndicatorEvaluator.Evaluate(Plan, ReportedTotals.From(values, out _), asOf).Single(r => r.Indicator.Key == key);

    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    [Fact]
    public void A_ratio_just_short_of_more_than_90_percent()
    {
        // 9 of 10 is 90%, not more than 90%: the least count above 90% of 10 (9) is 10, one more.
        var r = Result("supported", YearEnd, new("xa", 2025, "victims_detected", 10), new("xa", 2025, "victims_supported", 9));
        Assert.Equal(IndicatorStatus.NotMet, r.Status);
        Assert.Equal("supported (more than 90% by 2025): NotMet: 9 of 10 = 90% in 2025; more than 90% needs 10, 1 more needed; 100% of the target achieved. Source: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationEn);
        Assert.Equal("supported (trên 90% đến năm 2025): không đạt: 9/10 = 90% năm 2025; trên 90% cần 10, còn thiếu 1; đạt 100% mục tiêu. Nguồn: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationVi);
    }

    [Fact]
    public void A_ratio_that_is_met_says_nothing_is_needed()
    {
        var r = Result("supported", YearEnd, new("xa", 2025, "victims_detected", 10), new("xa", 2025, "victims_supported", 10));
        Assert.Equal(IndicatorStatus.Met, r.Status);
        Assert.Equal("supported (more than 90% by 2025): Met: 10 of 10 = 100% in 2025; more than 90% needs 10; 111.1% of the target achieved. Source: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationEn);
        Assert.Equal("supported (trên 90% đến năm 2025): đạt: 10/10 = 100% năm 2025; trên 90% cần 10; đạt 111,1% mục tiêu. Nguồn: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationVi);
    }

    [Fact]
    public void A_figure_counted_as_zero_says_so_in_both_languages()
    {
        var r = Result("counted-as-zero", YearEnd, new ReportedValue("xa", 2025, "victims_detected", 10));
        Assert.Equal(IndicatorStatus.NotMet, r.Status);
        Assert.Equal("counted-as-zero (more than 90% by 2025): NotMet: 0 of 10 = 0% in 2025; more than 90% needs 10, 10 more needed; 0% of the target achieved (\"victims_supported\" not reported: counted as 0). Source: «thử»", r.ExplanationEn);
        Assert.Equal("counted-as-zero (trên 90% đến năm 2025): không đạt: 0/10 = 0% năm 2025; trên 90% cần 10, còn thiếu 10; đạt 0% mục tiêu (\"victims_supported\" chưa báo cáo: tính là 0). Nguồn: «thử»", r.ExplanationVi);
    }

    [Fact]
    public void Figures_not_reported_before_the_horizon_are_not_due_and_after_it_no_data()
    {
        var early = Result("supported", new LocalDate(2025, 6, 30));
        Assert.Equal(IndicatorStatus.NotDue, early.Status);
        Assert.Equal("supported (more than 90% by 2025): NotDue: \"victims_supported\", \"victims_detected\" not reported yet for 2025; the target is by 2025. Source: «trên 90% nạn nhân được hỗ trợ»", early.ExplanationEn);
        Assert.Equal("supported (trên 90% đến năm 2025): chưa đến hạn: chưa có số liệu \"victims_supported\", \"victims_detected\" năm 2025; mục tiêu là đến năm 2025. Nguồn: «trên 90% nạn nhân được hỗ trợ»", early.ExplanationVi);

        var late = Result("supported", YearEnd, new ReportedValue("xa", 2025, "victims_supported", 3));
        Assert.Equal(IndicatorStatus.NoData, late.Status);
        Assert.Equal("supported (more than 90% by 2025): NoData: \"victims_detected\" not reported for 2025. Source: «trên 90% nạn nhân được hỗ trợ»", late.ExplanationEn);
        Assert.Equal("supported (trên 90% đến năm 2025): không có số liệu: chưa có số liệu \"victims_detected\" năm 2025. Nguồn: «trên 90% nạn nhân được hỗ trợ»", late.ExplanationVi);
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable()
    {
        var r = Result("supported", YearEnd, new("xa", 2025, "victims_detected", 0), new("xa", 2025, "victims_supported", 0));
        Assert.Equal(IndicatorStatus.NotApplicable, r.Status);
        Assert.Equal("supported (more than 90% by 2025): NotApplicable: the denominator \"victims_detected\" is 0 for 2025. Source: «trên 90% nạn nhân được hỗ trợ»", r.ExplanationEn);
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
        Assert.Equal("quarterly (tối thiểu 1 đến năm 2025): đang đạt: 1 lần thực hiện \"club\" trong quý 2, ít nhất trong 2 quý đã qua năm 2025; tối thiểu 1 cần 1; đạt 100% mục tiêu. Nguồn: «ít nhất 01 lần/quý»", june30.ExplanationVi);

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
        var r = Result("wards", YearEnd, new ReportedValue("xa", 2025, "wards_implementing", 12));
        Assert.Equal(IndicatorStatus.NoData, r.Status);
        Assert.Equal("wards (at least 10 by 2025): NoData: the number of ward units is not stated. Source: «các phường triển khai»", r.ExplanationEn);
        Assert.Equal("wards (tối thiểu 10 đến năm 2025): không có số liệu: không nêu số đơn vị ward. Nguồn: «các phường triển khai»", r.ExplanationVi);
    }
}
