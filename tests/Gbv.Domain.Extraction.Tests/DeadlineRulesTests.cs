using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>Reporting deadlines read from sentences written as plans write them; expected values read off each sentence.</summary>
public sealed class DeadlineRulesTests
{
    private static List<string> Deadlines(string text) =>
        [.. PlanExtractor.Extract(text, "x.txt").Elements.OfType<ExtractedDeadline>().Select(d => $"{d.Span.Line}: {d.Describe()}")];

    [Theory]
    [InlineData("Báo cáo hằng tháng (trước ngày 25).", "1: monthly, unstated")]
    [InlineData("Báo cáo hàng quý (trước ngày 15/3).", "1: quarterly, before 03-15")]
    [InlineData("Báo cáo sáu tháng trước ngày 10/6, đột xuất khi có yêu cầu.", "1: six-monthly, before 06-10|1: ad-hoc, on-request")]
    [InlineData("Báo cáo hằng năm (trước ngày 31/2).", "1: annual, unstated")]
    [InlineData("Báo cáo kết quả vào ngày 16/12/2022.", "1: once, on-or-before 2022-12-16")]
    [InlineData("Báo cáo 6 tháng. Trước ngày 10/6 gửi về Sở.", "1: six-monthly, unstated")]
    public void Each_frequency_with_its_due_day_and_rule(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Deadlines(text));

    [Fact]
    public void The_same_obligation_twice_is_one_kept_where_the_text_says_most()
    {
        var text = "Báo cáo 6 tháng (trước ngày 10/6).\n"
            + "UBND các xã thực hiện chế độ báo cáo 6 tháng (trước ngày 10/6) gửi về Phòng Tư pháp.\n"
            + "Các đơn vị báo cáo 6 tháng (trước ngày 10/6) gửi về Phòng Tư pháp (qua Văn phòng).\n"
            + "Phòng Y tế báo cáo 6 tháng (trước ngày 10/6) gửi về Phòng Tư pháp.";
        Assert.Equal(["3: six-monthly, before 06-10 from Các đơn vị to Phòng Tư pháp via Văn phòng"], Deadlines(text));
    }

    [Fact]
    public void Deadlines_without_a_day_are_not_merged_but_requests_are()
    {
        var text = "Báo cáo hằng tháng.\nBáo cáo hằng tháng gửi về Sở.\nBáo cáo đột xuất.\nCác đơn vị báo cáo đột xuất gửi về Sở.";
        Assert.Equal(["1: monthly, unstated", "2: monthly, unstated to Sở", "4: ad-hoc, on-request from Các đơn vị to Sở"], Deadlines(text));
    }

    [Fact]
    public void A_deadline_with_no_day_is_marked_for_review()
    {
        var deadline = PlanExtractor.Extract("Báo cáo hằng quý.", "x.txt").Elements.OfType<ExtractedDeadline>().Single();
        Assert.Equal((ExtractionConfidence.Medium, "no due day is stated for this report"), (deadline.Confidence, deadline.Review));
    }
}
