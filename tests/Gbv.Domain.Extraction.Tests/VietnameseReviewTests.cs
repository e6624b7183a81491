using Gbv.Domain.Extraction;
using Gbv.Domain.Extraction.Localization;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// The review report in Vietnamese (issue 23): each element's line, its review note and the review diagnostics in
/// Vietnamese words, days as 10/02/2022, written out here by hand; the English of <see cref="ReviewReportTests"/> stays
/// as it is. Both resource files say the same things.
/// </summary>
public sealed class VietnameseReviewTests
{
    [Fact]
    public void Every_element_of_the_synthetic_plan_reads_in_vietnamese()
    {
        var lines = PlanExtractor.Extract(DraftBuilderTests.Text, "x.txt").Elements.Select(e => $"{e.Span.Line} {e.KindIn("vi")}: {e.Describe("vi")} [{e.ConfidenceIn("vi")}]");
        Assert.Equal(
        [
            "2 Văn bản: 07/KH-UBND, 10/02/2022, An Lạc, Ủy ban nhân dân huyện An Lạc (huyện) [chắc chắn]",
            "2 Thời kỳ: 2022-2025, tầm nhìn 2030 [chắc chắn]",
            "6 Văn bản dẫn chiếu: căn cứ quyết định 215/QĐ-TTg ngày 29/01/2014 của Thủ tướng Chính phủ [chắc chắn]",
            "9 Chỉ tiêu: trên 90% đến năm 2025: nạn nhân được phát hiện được hỗ trợ [chắc chắn]",
            "9 Chỉ tiêu: tối thiểu 60% đến năm 2025 (trong đó): được tư vấn pháp lý [chắc chắn]",
            "10 Chỉ tiêu: toàn bộ (10) đến năm 2025: có mô hình phòng, chống bạo lực gia đình [chắc chắn]",
            "11 Chỉ tiêu: tối thiểu 2 hằng năm từ 2022: Tổ chức truyền thông [chắc chắn]",
            "20 Hạn báo cáo: 6 tháng, trước 10/06 từ Các cơ quan, đơn vị, UBND các xã gửi Phòng Văn hóa và Thông tin qua Văn phòng HĐND và UBND huyện [chắc chắn]",
            "20 Hạn báo cáo: hằng năm, trước 10/12 từ Các cơ quan, đơn vị, UBND các xã gửi Phòng Văn hóa và Thông tin qua Văn phòng HĐND và UBND huyện [chắc chắn]",
            "16 Chiến dịch: Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới: từ 15/11 đến 15/12 [chắc chắn]",
            "16 Ngày kỷ niệm: Ngày Quốc tế phụ nữ 08/03 [chắc chắn]",
            "19 Sơ kết, tổng kết: sơ kết năm 2023 [chắc chắn]",
            "19 Sơ kết, tổng kết: tổng kết năm 2025 [chắc chắn]",
            "11 Nhiệm vụ: I.1 Tổ chức truyền thông ít nhất 02 lần/năm.; hằng năm [khá chắc]",
            "13 Nhiệm vụ: II.1 Tuyên truyền nâng cao nhận thức; hằng năm; chủ trì: Phòng Văn hóa và Thông tin; phối hợp: Hội Liên hiệp Phụ nữ huyện, Phòng Lao động - Thương binh và Xã hội [chắc chắn]",
            "16 Nhiệm vụ: II.2 Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở g… [khá chắc]",
            "17 Nhiệm vụ: II.3 Duy trì đường dây nóng 0296.3851.111 để tiếp nhận tin báo. [khá chắc]",
        ], lines);
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nX", "(không có số), (không có ngày), (không có địa danh), (không có cơ quan ban hành) (cấp?)")]
    [InlineData("Số: 5/KH-UBND\nAn Phú, ngày  tháng 4 năm 2024\nKẾ HOẠCH\nX", "5/KH-UBND, 04/2024, An Phú, (không có cơ quan ban hành) (cấp?)")]
    public void A_header_with_parts_missing_says_which_in_vietnamese(string text, string described) =>
        Assert.Equal(described, PlanExtractor.Extract(text, "x.txt").Elements.OfType<ExtractedDocument>().Single().Describe("vi"));

    [Fact]
    public void Review_notes_and_the_review_diagnostics_in_vietnamese()
    {
        var x = PlanExtractor.Extract("Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Ngày Quốc tế Hạnh phúc.", "x.txt");
        var campaign = x.Elements.OfType<ExtractedCampaign>().Single();
        var day = x.Elements.OfType<ExtractedDay>().Single();
        Assert.Equal("Tháng hành động quốc gia về phòng, chống bạo lực gia đình: tháng 6 (theo bảng)", campaign.Describe("vi"));
        Assert.Equal("văn bản không ghi ngày: tháng 6 theo bảng các chiến dịch quốc gia", campaign.ReviewIn("vi"));
        Assert.Equal("the text gives no dates: month 6 from the table of national campaigns", campaign.ReviewIn("en"));
        Assert.Equal("Ngày Quốc tế Hạnh phúc 20/03 (theo bảng các ngày kỷ niệm)", day.Describe("vi"));
        Assert.Equal("văn bản nêu tên ngày mà không ghi ngày: 20/03 theo bảng các ngày kỷ niệm", day.ReviewIn("vi"));
        Assert.Equal(["chưa chắc", "low"], new[] { day.ConfidenceIn("vi"), day.ConfidenceIn("en") });
        var review = x.Diagnostics.First(d => d.Id == "GBV4306");
        Assert.Equal("Chiến dịch \"Tháng hành động quốc gia về phòng, chống bạo lực gia đình\" cần kiểm tra: văn bản không ghi ngày: tháng 6 theo bảng các chiến dịch quốc gia", review.GetMessage("vi"));
        Assert.StartsWith("Campaign \"", review.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_of_several_doubts_are_joined_in_either_language()
    {
        var target = PlanExtractor.Extract("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình giai đoạn 2021-2025\nI. MỤC TIÊU ĐẾN NĂM 2030\n1. 90% nạn nhân được hỗ trợ.", "plan.txt")
            .Elements.OfType<ExtractedTarget>().Single();
        Assert.Equal("\"90%\" không có từ so sánh: đọc là \"ít nhất\"; năm 2030 nằm ngoài thời kỳ của kế hoạch (2021-2025): lấy năm cuối của kế hoạch, 2025", target.ReviewIn("vi"));
        Assert.Equal("\"90%\" has no comparison word: read as \"at least\"; the year 2030 is outside the plan's period 2021-2025: the plan's last year, 2025, is assumed", target.Review);
        var cut = PlanExtractor.Extract("KẾ HOẠCH\nSố: 5/KH-UBND\nTổ chức truyền thông cho cán bộ các xã về phòng chống bạo lực gia đình và", "x.txt");
        Assert.Equal("Văn bản bị cắt ngang: dòng 3 dừng giữa câu (\"…ác xã về phòng chống bạo lực gia đình và\"); bản nháp chỉ gồm phần trước đó",
            cut.Diagnostics.Single(d => d.Id == "GBV4308").GetMessage("vi"));
    }

    [Fact]
    public void Both_resource_files_have_the_same_keys_and_placeholders()
    {
        var en = ExtractionWords.All(vi: false);
        var vi = ExtractionWords.All(vi: true);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), vi.Keys.Order(StringComparer.Ordinal));
        static string Holes(string text) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
        Assert.All(en, p => Assert.True(Holes(p.Value) == Holes(vi[p.Key]), $"{p.Key}: {p.Value} / {vi[p.Key]}"));
        Assert.All(vi, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
    }
}
