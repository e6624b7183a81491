using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// Which lines of a synthetic plan are tasks, their sections, recurrences and agencies' roles; each expected value is
/// read off the text by hand.
/// </summary>
public sealed class TaskRulesTests
{
    private const string Text = """
        KẾ HOẠCH
        Phòng, chống bạo lực gia đình năm 2024
        I. MỤC TIÊU
        a) Tuyên truyền, kết nối và cung ứng dịch vụ hỗ trợ nạn nhân.
        b) Trên 90% nạn nhân được hỗ trợ.
        II. NỘI DUNG HOẠT ĐỘNG
        Các hoạt động chính như sau.
        1. Hoạt động 1: Tập huấn kỹ năng cho tổ hòa giải
        - Đơn vị thực hiện: Phòng Tư pháp chủ trì.
        - Thời gian thực hiện: hàng quý.
        2. Hoạt động 2: Kiểm tra định kỳ các mô hình
        - Thời gian thực hiện: hàng tháng.
        III. TỔ CHỨC THỰC HIỆN
        1. Phòng Tư pháp:
        - Hướng dẫn hòa giải các vụ việc bạo lực gia đình ở cơ sở.
        - Phối hợp với Công an huyện xử lý vi phạm.
        - Các nội dung gồm:
        + Rà soát các văn bản pháp luật liên quan.
        + Bồi dưỡng kiến thức cho cán bộ tư pháp xã.
        ngắn
        2. Đề nghị Ủy ban MTTQ huyện:
        - Vận động hội viên tham gia phòng, chống bạo lực gia đình, phối hợp với Hội Nông dân huyện.
        Căn cứ kết quả thực hiện, các đơn vị báo cáo.
        Trên đây là Kế hoạch phòng, chống bạo lực gia đình năm 2024.
        Nơi nhận:
        - Như trên;
        - Lưu VT.
        """;

    private static List<ExtractedTask> Tasks { get; } = [.. PlanExtractor.Extract(Text, "x.txt").Elements.OfType<ExtractedTask>()];

    [Fact]
    public void Each_duty_is_one_task_with_its_section_and_line()
    {
        Assert.Equal(
        [
            (4, "I", "Tuyên truyền, kết nối và cung ứng dịch vụ hỗ trợ nạn nhân."),
            (8, "II.1", "Hoạt động 1: Tập huấn kỹ năng cho tổ hòa giải"),
            (11, "II.2", "Hoạt động 2: Kiểm tra định kỳ các mô hình"),
            (15, "III.1", "Hướng dẫn hòa giải các vụ việc bạo lực gia đình ở cơ sở."),
            (16, "III.1", "Phối hợp với Công an huyện xử lý vi phạm."),
            (18, "III.1", "Rà soát các văn bản pháp luật liên quan."),
            (19, "III.1", "Bồi dưỡng kiến thức cho cán bộ tư pháp xã."),
            (22, "III.2", "Vận động hội viên tham gia phòng, chống bạo lực gia đình, phối hợp với Hội Nông dân huyện."),
        ], Tasks.Select(t => (t.Span.Line, t.Section, t.Title)));

        // Not tasks: the objective with a figure, the section's introduction, the group line before its '+' items, a
        // line too short to be a duty, the closing paragraphs and the distribution list.
    }

    [Fact]
    public void Attributes_give_the_activity_above_them_its_lead_and_recurrence()
    {
        Assert.Equal(("Phòng Tư pháp", "quarterly", ExtractionConfidence.High, (string?)null), (Tasks[1].Lead, Tasks[1].Recurrence, Tasks[1].Confidence, Tasks[1].Review));
        Assert.Equal(((string?)null, "monthly", ExtractionConfidence.Medium, "no agency is named for this task"), (Tasks[2].Lead, Tasks[2].Recurrence, Tasks[2].Confidence, Tasks[2].Review));
        Assert.Null(Tasks[0].Recurrence);
    }

    [Fact]
    public void A_heading_that_names_an_agency_leads_its_duties_and_coordinates_those_that_begin_Phoi_hop()
    {
        Assert.Equal(("Phòng Tư pháp", ""), (Tasks[3].Lead, string.Join(",", Tasks[3].Coordinators)));
        Assert.Equal(((string?)null, "Phòng Tư pháp,Công an huyện"), (Tasks[4].Lead, string.Join(",", Tasks[4].Coordinators)));
        Assert.Equal(["Phòng Tư pháp", "Phòng Tư pháp"], Tasks.Skip(5).Take(2).Select(t => t.Lead));
        Assert.Equal(("Ủy ban MTTQ huyện", "Hội Nông dân huyện"), (Tasks[7].Lead, string.Join(",", Tasks[7].Coordinators)));
    }

    [Theory]
    [InlineData("Hội Nông dân huyện và Huyện đoàn", "Hội Nông dân huyện|Huyện đoàn")]
    [InlineData("Thành đoàn và Hội Liên hiệp Phụ nữ thành phố", "Thành đoàn|Hội Liên hiệp Phụ nữ thành phố")]
    [InlineData("Phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội")]
    [InlineData("Tỉnh đoàn, Công an tỉnh và các đơn vị có liên quan", "Tỉnh đoàn|Công an tỉnh")]
    public void A_Youth_Union_named_after_its_level_is_an_agency_of_its_own(string with, string expected)
    {
        var text = $"KẾ HOẠCH\nPhòng, chống bạo lực gia đình năm 2024\nII. NỘI DUNG HOẠT ĐỘNG\n1. Phòng Tư pháp:\n- Phối hợp với {with} tổ chức tuyên truyền.\n";
        var task = Assert.Single(PlanExtractor.Extract(text, "x.txt").Elements.OfType<ExtractedTask>());
        Assert.Equal(expected, string.Join("|", task.Coordinators.Skip(1)));
    }

    [Fact]
    public void A_long_duty_is_quoted_in_the_review_report_up_to_80_characters()
    {
        Assert.Equal(80, Tasks[7].Span.Text.Length);
        Assert.StartsWith(Tasks[7].Span.Text, Tasks[7].Title, StringComparison.Ordinal);
        Assert.Equal(Tasks[3].Title, Tasks[3].Span.Text);
    }
}
