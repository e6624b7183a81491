using Gbv.Domain.Definitions;
using Gbv.Domain.Extraction;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// Each pattern of the issue on a text written for it here (invented places and numbers, in the forms real plans use),
/// so that a rule is pinned by its pattern rather than by one stored text's wording.
/// </summary>
public sealed class CarryingRulesTests
{
    private static PlanExtraction Extract(string text) => PlanExtractor.Extract(text, "t.txt");

    private static ExtractedDocument Document(string text) => Extract(text).Of<ExtractedDocument>().Single();

    [Fact]
    public void A_header_in_table_cells_with_a_lost_first_letter_gives_number_date_place_issuer_and_level()
    {
        var d = Document("Y BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHUYỆN BA SAO |\nSố:77/KH-UBND | Ba Sao, ngày 2 tháng 6 năm 2023 |\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình năm 2023");
        Assert.Equal(("77/KH-UBND", new LocalDate(2023, 6, 2), "Ba Sao"), (d.Number, d.Issued, d.Place));
        Assert.Equal(("Ủy ban nhân dân huyện Ba Sao", "district"), (d.Issuer, d.Level));
        Assert.Empty(d.Unsure);
    }

    [Fact]
    public void A_date_wrapped_over_two_lines_is_one_date_and_UBND_HUYEN_gives_the_district()
    {
        var d = Document("UBND HUYỆN LẠC AN\n-------\nSố: 12/KH-UBND\nLạc An, ngày 12\ntháng 5 năm 2023\nKẾ HOẠCH\nThực hiện công tác gia đình năm 2023");
        Assert.Equal((new LocalDate(2023, 5, 12), "Lạc An", "district"), (d.Issued, d.Place, d.Level));
        Assert.Equal(("UBND huyện Lạc An", "plan"), (d.Issuer, d.Form));
    }

    [Fact]
    public void A_missing_level_is_marked_and_the_draft_does_not_default_it()
    {
        var x = Extract("Số: 3/KH-BCĐ\nNam Hà, ngày 1 tháng 2 năm 2022\nKẾ HOẠCH\nCông tác gia đình năm 2022\nTrên đây là kế hoạch.");
        var d = x.Of<ExtractedDocument>().Single();
        Assert.Null(d.Level);
        Assert.Contains("level", d.Unsure);
        Assert.Equal("unstated", x.Draft!.Level);
        Assert.True(PlanLoader.Load(x.DraftJson()!).Success);
    }

    [Fact]
    public void A_decision_that_issues_a_plan_is_a_decision_with_the_plan_attached_and_the_draft_says_so()
    {
        var x = Extract("ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SƠN\nSố: 410/QĐ-UBND\nĐông Sơn, ngày 8 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH GIAI ĐOẠN 2021-2025\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.\nTM. ỦY BAN NHÂN DÂN");
        var d = x.Of<ExtractedDocument>().Single();
        Assert.Equal(("decision", "Ủy ban nhân dân tỉnh Đông Sơn", "province"), (d.Form, d.Issuer, d.Level));
        Assert.Equal((2021, 2025, ExtractionConfidence.High), (x.Of<ExtractedPeriod>().Single().From, x.Of<ExtractedPeriod>().Single().To, x.Of<ExtractedPeriod>().Single().Confidence));
        Assert.Equal("decision", x.Draft!.Document.Kind);
        Assert.Contains(x.Draft.Notes!, n => n.Contains("quyết định", StringComparison.Ordinal));
    }

    [Fact]
    public void A_portal_summary_is_a_summary_and_its_posting_time_is_no_date_of_issue()
    {
        var x = Extract("Triển khai kế hoạch phòng, chống bạo lực gia đình\nĐăng ngày 14-06-2022 09:10\nUBND tỉnh Đông Sơn vừa ban hành Kế hoạch số 88/KH-UBND về công tác gia đình năm 2022.\nKế hoạch nêu rõ các nội dung cần làm.");
        var d = x.Of<ExtractedDocument>().Single();
        Assert.Equal(("summary", "88/KH-UBND", "UBND tỉnh Đông Sơn", "province"), (d.Form, d.Number, d.Issuer, d.Level));
        Assert.Null(d.Issued);
        Assert.Contains("date", d.Unsure);
        Assert.Equal((2022, 2022), (x.Of<ExtractedPeriod>().Single().From, x.Of<ExtractedPeriod>().Single().To));
        Assert.Contains(x.Draft!.Notes!, n => n.Contains("tóm tắt", StringComparison.Ordinal));

        var dated = Document("Ngày 5/7/2022, UBND huyện Lạc An ban hành Kế hoạch số 41/KH-UBND về công tác gia đình năm 2022.");
        Assert.Equal((new LocalDate(2022, 7, 5), "41/KH-UBND", "district"), (dated.Issued, dated.Number, dated.Level));
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nPHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH ĐẾN NĂM 2025", 2022, 2025, ExtractionConfidence.Medium)]
    [InlineData("KẾ HOẠCH\nCông tác gia đình năm 2024", 2024, 2024, ExtractionConfidence.High)]
    [InlineData("KẾ HOẠCH\nTriển khai thực hiện \"Chương trình phòng, chống bạo lực gia đình đến năm 2020\" trên địa bàn", 2022, 2020, null)]
    [InlineData("KẾ HOẠCH\nTriển khai thực hiện \"Chương trình phòng, chống bạo lực gia đình đến năm 2030\" trên địa bàn", 2022, 2030, ExtractionConfidence.Medium)]
    [InlineData("KẾ HOẠCH\nTriển khai Đề án \"Phòng ngừa bạo lực giai đoạn 2021-2025\"", 2021, 2025, ExtractionConfidence.Medium)]
    public void The_period_comes_from_the_title_and_what_is_inferred_is_never_high(string title, int from, int to, ExtractionConfidence? confidence)
    {
        var period = Extract("Số: 1/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2022\n" + title).Of<ExtractedPeriod>().Single();
        if (confidence is null)
        {
            // The quoted programme ends before the plan is issued: no period is made of it; the year of issue, marked.
            Assert.Equal((2022, 2022, ExtractionConfidence.Medium), (period.From, period.To, period.Confidence));
            return;
        }

        Assert.Equal((from, to, confidence.Value), (period.From, period.To, period.Confidence));
        Assert.Equal(confidence == ExtractionConfidence.High, period.Review is null);
    }

    [Fact]
    public void References_of_every_kind_past_the_page_chrome_and_with_their_date_on_the_next_line()
    {
        var x = Extract("- 1Quyết định 999/QĐ-TTg năm 2020 do Thủ tướng Chính phủ ban hành\n- 2Chỉ thị 06-CT/TW về công tác gia đình\nỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SƠN\nSố: 5/KH-UBND\n"
            + "Căn cứ Chỉ thị số 06-CT/TW ngày 24/6/2021 của Ban Bí thư; Hướng dẫn số 301/HD-BVHTTDL\nngày 14/7/2021 của Bộ Văn hóa, Thể thao và Du lịch; Quyết định số 45/QĐ-TTg\nngày 13/01/2022 của Thủ tướng Chính phủ; theo đề nghị tại Tờ trình số 77/TTr-SVHTT ngày 2/3/2022, UBND tỉnh ban hành Kế hoạch.");
        var refs = x.Of<ExtractedReference>().Select(r => (r.Relation, r.DocumentKind, r.Number, r.Date)).ToList();
        Assert.Equal(
        [
            ("based-on", "directive", "06-CT/TW", (LocalDate?)new LocalDate(2021, 6, 24)),
            ("based-on", "guidance", "301/HD-BVHTTDL", new LocalDate(2021, 7, 14)),
            ("based-on", "decision", "45/QĐ-TTg", new LocalDate(2022, 1, 13)),
            ("cites", "submission", "77/TTr-SVHTT", new LocalDate(2022, 3, 2)),
        ], refs);
        Assert.True(PlanLoader.Load(x.DraftJson()!).Success);
    }

    [Fact]
    public void Targets_where_plans_put_them_and_a_situation_figure_that_is_a_baseline()
    {
        var x = Extract("Số: 2/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2022\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình giai đoạn 2022-2025\n"
            + "I. THỰC TRẠNG\nĐến nay có 71,5% gia đình đạt chuẩn văn hóa.\n"
            + "II. MỤC TIÊU\n1. Mục tiêu cụ thể\n- Đến nay có 60% xã có mô hình; phấn đấu 80% xã có mô hình.\n2. Đến năm 2025, 100% nạn nhân được hỗ trợ.\n3. Chỉ tiêu khác\n- 70% trở lên hộ gia đình được tuyên truyền.\n"
            + "III. NHIỆM VỤ\n- Tuyên truyền.\n"
            + "Kế hoạch đề ra mục tiêu: 95% cán bộ được tập huấn.\nGiảm 15% số vụ bạo lực gia đình; mỗi năm 02 lần tổ chức sinh hoạt câu lạc bộ.\nĐể đạt được mục tiêu, 50% kinh phí do xã bảo đảm.");
        var targets = x.Of<ExtractedTarget>().Select(ExtractionScoring.TargetOf).ToList();
        Assert.Equal(["at-least 80 % by 2025", "all % by 2025", "at-least 70 % by 2025", "at-least 95 % by 2025", "reduction 15 % by 2025", "at-least 2 count from 2022"], targets);
        var atLeast = x.Of<ExtractedTarget>().Single(t => t.Phrase == "70% trở lên");
        Assert.Equal((Comparison.AtLeast, "no horizon"), (atLeast.Threshold.Comparison, atLeast.Review is null ? "none" : atLeast.Review.Contains("no horizon", StringComparison.Ordinal) ? "no horizon" : atLeast.Review));
        Assert.NotNull(x.Of<ExtractedTarget>().Single(t => t.Reduction).Review);
        Assert.True(PlanLoader.Load(x.DraftJson()!).Success);
    }

    [Fact]
    public void An_annual_deadline_whose_frequency_comes_first_is_read_before_its_day()
    {
        var d = Extract("Định kỳ hàng năm gửi báo cáo kết quả về Sở Văn hóa trước ngày 20/11 để tổng hợp.").Of<ExtractedDeadline>().Single();
        Assert.Equal(("annual", "before", "11-20", "Sở Văn hóa"), (d.Frequency, d.Rule, d.Date, d.Recipient));
        // Without a due day, "hàng năm ... báo cáo" is not an obligation the draft can hold.
        Assert.Empty(Extract("Hàng năm kiểm tra và báo cáo theo quy định.").Of<ExtractedDeadline>());
    }

    [Fact]
    public void A_text_cut_short_is_marked_with_where_it_stops_and_a_whole_one_is_not()
    {
        var cut = Extract("Số: 2/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2022\nKẾ HOẠCH\nCông tác gia đình năm 2022\nI. MỤC ĐÍCH\n- Nâng cao nhận thức của các cấp, các ngành về phòng, chống bạo lực gia đ");
        Assert.Contains("line 6", cut.CutShort, StringComparison.Ordinal);
        Assert.Contains(cut.Diagnostics, d => d.Id == "GBV4308" && d.Location.Line == 6);
        Assert.Contains(cut.Draft!.Notes!, n => n.Contains("cắt ngang", StringComparison.Ordinal));

        // A short last line with no signature block and no section on carrying the plan out: cut short all the same.
        Assert.NotNull(Extract("Số: 2/KH-UBND\nKẾ HOẠCH\nCông tác gia đình năm 2022\n- Tuyên truyền, vận").CutShort);
        Assert.Null(Extract("Số: 2/KH-UBND\nKẾ HOẠCH\nCông tác gia đình năm 2022\nIII. TỔ CHỨC THỰC HIỆN\n- Các xã thực hiện.\nNơi nhận:\n- Lưu VT.").CutShort);
        // A summary ends with the page's menu words, not a sentence: that is not a cut.
        Assert.Null(Extract("UBND tỉnh Đông Sơn vừa ban hành Kế hoạch số 8/KH-UBND về công tác gia đình năm 2022.\nTin khác").CutShort);
    }
}
