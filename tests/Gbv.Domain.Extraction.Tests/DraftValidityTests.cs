using Gbv.Domain.Definitions;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// A draft must load: where the text says something the validator would refuse (a year outside the period, a target
/// no value can meet, "of which" under a count), the draft reads it as something it accepts and the author is told.
/// </summary>
public sealed class DraftValidityTests
{
    private const string Header = "ỦY BAN NHÂN DÂN HUYỆN AN LẠC\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình ";

    private static PlanExtraction Extract(string title, params string[] body) =>
        PlanExtractor.Extract(Header + title + "\n" + string.Join("\n", body), "plan.txt");

    private static void AssertLoads(PlanExtraction x)
    {
        var loaded = PlanLoader.Load(x.DraftJson()!);
        Assert.True(loaded.Success, string.Join("\n", loaded.Diagnostics));
    }

    [Fact]
    public void A_horizon_after_the_period_is_read_as_the_plan_s_last_year_and_marked()
    {
        var x = Extract("giai đoạn 2021-2025", "I. MỤC TIÊU ĐẾN NĂM 2030", "1. Trên 90% nạn nhân được hỗ trợ.");
        var target = Assert.Single(x.Elements.OfType<ExtractedTarget>());
        Assert.Equal(2025, target.By);
        Assert.Equal(ExtractionConfidence.Low, target.Confidence);
        Assert.Equal("the year 2030 is outside the plan's period 2021-2025: the plan's last year, 2025, is assumed", target.Review);
        AssertLoads(x);
    }

    [Fact]
    public void A_bare_figure_with_a_horizon_after_the_period_keeps_both_reasons_for_review()
    {
        var x = Extract("giai đoạn 2021-2025", "I. MỤC TIÊU ĐẾN NĂM 2030", "1. 90% nạn nhân được hỗ trợ.");
        var target = Assert.Single(x.Elements.OfType<ExtractedTarget>());
        Assert.Equal((2025, ExtractionConfidence.Low), (target.By, target.Confidence));
        Assert.Equal("\"90%\" has no comparison word: read as \"at least\"; the year 2030 is outside the plan's period 2021-2025: the plan's last year, 2025, is assumed", target.Review);
        AssertLoads(x);
    }

    [Fact]
    public void A_horizon_in_the_vision_year_is_kept()
    {
        var x = Extract("giai đoạn 2021-2025, tầm nhìn đến năm 2030", "I. MỤC TIÊU ĐẾN NĂM 2030", "1. Trên 90% nạn nhân được hỗ trợ.");
        var target = Assert.Single(x.Elements.OfType<ExtractedTarget>());
        Assert.Equal((2030, (string?)null), (target.By, target.Review));
        AssertLoads(x);
    }

    [Fact]
    public void A_review_held_outside_the_period_is_marked_and_left_out_of_the_draft()
    {
        var x = Extract("giai đoạn 2021-2025", "II. TỔ CHỨC THỰC HIỆN", "Sơ kết việc thực hiện vào năm 2019 và tổng kết vào năm 2025.");
        var reviews = x.Elements.OfType<ExtractedReview>().ToList();
        Assert.Equal([(2019, "the year 2019 is outside the plan's period 2021-2025: left out of the draft"), (2025, null)], reviews.Select(r => (r.Year, r.Review)));
        Assert.Equal(["final-review-2025"], x.Draft!.Milestones!.Select(m => m.Id));
        AssertLoads(x);
    }

    [Fact]
    public void A_period_written_last_year_first_is_read_in_order_and_marked()
    {
        var x = Extract("giai đoạn 2025-2021");
        var period = Assert.Single(x.Elements.OfType<ExtractedPeriod>());
        Assert.Equal((2021, 2025), (period.From, period.To));
        Assert.Equal("the years are written last first: read as 2021-2025", period.Review);
        Assert.Equal((2021, (int?)2025), (x.Draft!.Period.From, x.Draft.Period.To));
        AssertLoads(x);
    }

    [Theory]
    [InlineData("năm 0123.456.789")]
    [InlineData("năm 20301")]
    [InlineData("năm 2030.5")]
    [InlineData("năm 3000")]
    [InlineData("năm 999")]
    public void Digits_after_năm_that_are_not_a_year_set_no_horizon(string words)
    {
        var x = PlanExtractor.Extract(Header + "\nI. MỤC TIÊU " + words + "\n1. Trên 90% nạn nhân được hỗ trợ.", "plan.txt");
        Assert.Empty(x.Elements.OfType<ExtractedTarget>()); // no period and no horizon: not a target yet
        AssertLoads(x);
    }

    [Fact]
    public void Without_a_period_the_draft_starts_early_enough_for_every_year_the_text_names()
    {
        var x = PlanExtractor.Extract(Header + "\nI. MỤC TIÊU\n1. Phấn đấu đến năm 1998\n- Trên 90% nạn nhân được hỗ trợ.\nII. TỔ CHỨC THỰC HIỆN\nSơ kết vào năm 1997.", "plan.txt");
        Assert.Empty(x.Elements.OfType<ExtractedPeriod>());
        Assert.Equal(1998, Assert.Single(x.Elements.OfType<ExtractedTarget>()).By);
        Assert.Equal((1997, (int?)null), (x.Draft!.Period.From, x.Draft.Period.To));
        AssertLoads(x);
    }

    [Theory]
    [InlineData("Trên 100% nạn nhân được hỗ trợ.", "\"Trên 100%\" can never be met: read as \"all\"")]
    [InlineData("Hơn 120% nạn nhân được hỗ trợ.", "\"Hơn 120%\" can never be met: read as \"all\"")]
    [InlineData("Ít nhất 101% nạn nhân được hỗ trợ.", "\"Ít nhất 101%\" can never be met: read as \"all\"")]
    [InlineData("Dưới 0% nạn nhân bị bỏ sót.", "\"Dưới 0%\" can never be met: read as \"at most 0%\"")]
    public void A_target_no_value_can_meet_is_read_as_the_nearest_one_that_can_and_marked(string sentence, string review)
    {
        var x = Extract("giai đoạn 2021-2025", "I. MỤC TIÊU ĐẾN NĂM 2025", "1. " + sentence);
        var target = Assert.Single(x.Elements.OfType<ExtractedTarget>());
        Assert.Equal(review, target.Review);
        Assert.True(target.Threshold.IsSatisfiable);
        Assert.Null(Assert.Single(x.Draft!.Indicators!).Targets[0].Phrase); // the words no longer say the threshold
        AssertLoads(x);
    }

    [Fact]
    public void Of_which_after_a_count_of_units_has_its_own_denominator()
    {
        var x = Extract("giai đoạn 2021-2025", "I. MỤC TIÊU ĐẾN NĂM 2025", "1. 14/14 phường có mô hình, trong đó trên 50% có nhóm phòng chống bạo lực.");
        Assert.Equal([false, true], x.Elements.OfType<ExtractedTarget>().Select(t => t.OfWhich));
        var ofWhich = x.Draft!.Indicators![1];
        Assert.Null(ofWhich.OfWhich);
        Assert.Equal("target_2_total", ofWhich.Metric.Reported!.Denominator);
        AssertLoads(x);
    }

    [Fact]
    public void Of_which_after_a_percentage_takes_its_numerator()
    {
        var x = Extract("giai đoạn 2021-2025", "I. MỤC TIÊU ĐẾN NĂM 2025", "1. Trên 90% nạn nhân được hỗ trợ, trong đó trên 50% được tư vấn.");
        var ofWhich = x.Draft!.Indicators![1];
        Assert.Equal("target-1", ofWhich.OfWhich);
        Assert.Null(ofWhich.Metric.Reported!.Denominator);
        AssertLoads(x);
    }

    [Fact]
    public void Random_words_found_by_the_property_below_make_a_draft_that_loads()
    {
        // FsCheck found this: "năm" followed by a phone number set the horizon to the year 123.
        string[] tokens = ["\n", "I.", "2024", ")", "/KH-UBND", "sơ kết", "6 tháng", "Số:", "0123.456.789", "năm", "tháng", "MỤC TIÊU", "báo cáo", "100%",
            "năm", "0123.456.789", "14/14 phường", "Phấn đấu đến năm 2030", "Căn cứ", "(trước ngày 10/6)", "31/2/2024", "ngày"];
        var x = PlanExtractor.Extract(string.Join(' ', tokens), "random.txt");
        Assert.All(x.Elements.OfType<ExtractedTarget>(), t => Assert.True(t.By is null or >= 2000, $"by {t.By}"));
        AssertLoads(x);
    }
}
