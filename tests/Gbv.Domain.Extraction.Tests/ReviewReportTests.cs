using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>How each element reads in the review report (`gbv extract` prints one line per element), word for word.</summary>
public sealed class ReviewReportTests
{
    [Fact]
    public void Every_element_of_the_synthetic_plan_reads_as_its_values()
    {
        var lines = PlanExtractor.Extract(DraftBuilderTests.Text, "x.txt").Elements.Select(e => $"{e.Span.Line} {e.Kind}: {e.Describe()}");
        Assert.Equal(
        [
            "2 Document: 07/KH-UBND, 2022-02-10, An Lạc, Ủy ban nhân dân huyện An Lạc (district)",
            "2 Period: 2022-2025, vision 2030",
            "6 Reference: based-on decision 215/QĐ-TTg of 2014-01-29 by Thủ tướng Chính phủ",
            "9 Target: more than 90% by 2025: nạn nhân được phát hiện được hỗ trợ",
            "9 Target: at least 60% by 2025 (of which): được tư vấn pháp lý",
            "10 Target: all (10) by 2025: có mô hình phòng, chống bạo lực gia đình",
            "11 Target: at least 2 every year from 2022: Tổ chức truyền thông",
            "20 Deadline: six-monthly, before 06-10 from Các cơ quan, đơn vị, UBND các xã to Phòng Văn hóa và Thông tin via Văn phòng HĐND và UBND huyện",
            "20 Deadline: annual, before 12-10 from Các cơ quan, đơn vị, UBND các xã to Phòng Văn hóa và Thông tin via Văn phòng HĐND và UBND huyện",
            "16 Campaign: Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới: 11-15 to 12-15",
            "16 Day: Ngày Quốc tế phụ nữ 03-08",
            "19 Review: mid-term-review in 2023",
            "19 Review: final-review in 2025",
            "11 Task: I.1 Tổ chức truyền thông ít nhất 02 lần/năm.; annual",
            "13 Task: II.1 Tuyên truyền nâng cao nhận thức; annual; lead: Phòng Văn hóa và Thông tin; with: Hội Liên hiệp Phụ nữ huyện, Phòng Lao động - Thương binh và Xã hội",
            "16 Task: II.2 Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở g…",
            "17 Task: II.3 Duy trì đường dây nóng 0296.3851.111 để tiếp nhận tin báo.",
        ], lines);
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nX", "(no number), (no date), (no place), (no issuer) (level?)")]
    [InlineData("Số: 5/KH-UBND\nAn Phú, ngày  tháng 4 năm 2024\nKẾ HOẠCH\nX", "5/KH-UBND, 2024-04, An Phú, (no issuer) (level?)")]
    public void A_header_with_parts_missing_says_which(string text, string described) =>
        Assert.Equal(described, PlanExtractor.Extract(text, "x.txt").Elements.OfType<ExtractedDocument>().Single().Describe());

    [Fact]
    public void Campaigns_and_days_from_the_table_say_so()
    {
        var x = PlanExtractor.Extract("Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Ngày Quốc tế Hạnh phúc.", "x.txt");
        Assert.Equal("Tháng hành động quốc gia về phòng, chống bạo lực gia đình: month 6 (from the table)", x.Elements.OfType<ExtractedCampaign>().Single().Describe());
        Assert.Equal("Ngày Quốc tế Hạnh phúc 03-20 (resolved from the table of days)", x.Elements.OfType<ExtractedDay>().Single().Describe());
    }
}
