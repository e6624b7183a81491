using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// What the author is asked to check on a plan's header and its references, word for word, and how sure each reading
/// is: the review report is the part of the extractor a plan author reads.
/// </summary>
public sealed class ReviewNoteTests
{
    private static ExtractedDocument Document(string text) => PlanExtractor.Extract(text, "x.txt").Elements.OfType<ExtractedDocument>().Single();

    [Fact]
    public void A_complete_header_needs_no_review()
    {
        var document = Document("UBND XÃ AN PHÚ\nSố: 5/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình\nnăm 2024\nỦy ban nhân dân xã An Phú ban hành Kế hoạch như sau:");
        Assert.Equal(("5/KH-UBND", new NodaTime.LocalDate(2024, 4, 3), 2024, 4, "An Phú"), (document.Number, document.Issued, document.IssuedYear, document.IssuedMonth, document.Place));
        Assert.Equal(("Ủy ban nhân dân xã An Phú", "commune", "Phòng, chống bạo lực gia đình năm 2024"), (document.Issuer, document.Level, document.Title));
        Assert.Equal((ExtractionConfidence.High, (string?)null), (document.Confidence, document.Review));
        Assert.Equal(2, document.Span.Line); // the number's line, where the header starts
    }

    [Theory]
    [InlineData("Số: /KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nX\nỦy ban nhân dân xã An Phú ban hành Kế hoạch",
        "the number is left blank (\"Số: /KH-UBND\")")]
    [InlineData("Số: 5/KH-UBND\nAn Phú, ngày  tháng 4 năm 2024\nKẾ HOẠCH\nX\nỦy ban nhân dân xã An Phú ban hành Kế hoạch",
        "the date has no day (\"An Phú, ngày tháng 4 năm 2024\")")]
    [InlineData("An Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nX\nỦy ban nhân dân xã An Phú ban hành Kế hoạch",
        "no document number (\"Số: ...\") was found")]
    [InlineData("Số: 5/KH-UBND\nKẾ HOẠCH\nX\nỦy ban nhân dân xã An Phú ban hành Kế hoạch",
        "no date of issue (\"..., ngày ... tháng ... năm ...\") was found")]
    [InlineData("Số: 5/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nX",
        "no heading or sentence names the issuing body (\"... ban hành / xây dựng kế hoạch\"); the issuing body's level (tỉnh, huyện, xã) is not stated: the draft leaves it \"unstated\"")]
    [InlineData("KẾ HOẠCH\nX",
        "no document number (\"Số: ...\") was found; no date of issue (\"..., ngày ... tháng ... năm ...\") was found; no heading or sentence names the issuing body (\"... ban hành / xây dựng kế hoạch\"); the issuing body's level (tỉnh, huyện, xã) is not stated: the draft leaves it \"unstated\"")]
    public void Each_missing_part_of_the_header_is_named(string text, string review)
    {
        var document = Document(text);
        Assert.Equal((ExtractionConfidence.Low, review), (document.Confidence, document.Review));
    }

    [Fact]
    public void The_title_is_at_most_three_lines_after_KE_HOACH_and_stops_at_the_preamble()
    {
        Assert.Equal("A B C", Document("Số: 5/KH-UBND\nKẾ HOẠCH\nA\nB\nC\nD").Title);
        Assert.Equal("A", Document("Số: 5/KH-UBND\nKẾ HOẠCH\nA\nI. MỤC TIÊU").Title);
        Assert.Null(Document("Số: 5/KH-UBND\nKẾ HOẠCH").Title);
        Assert.Null(PlanExtractor.Extract("Một dòng chữ không phải kế hoạch.", "x.txt").Elements.OfType<ExtractedDocument>().SingleOrDefault());
    }

    [Fact]
    public void The_first_number_and_date_lines_are_the_document_s_own()
    {
        var document = Document("Số: 5/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nSố: 9/KH-UBND\nBình Lợi, ngày 1 tháng 1 năm 2020\nKẾ HOẠCH\nX");
        Assert.Equal(("5/KH-UBND", "An Phú", 2024, 1), (document.Number, document.Place, document.IssuedYear, document.Span.Line));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 63/KH-UBND ngày 23/2/2023 của UBND tỉnh.", "implements", "plan", "63/KH-UBND", "2023-02-23", "UBND tỉnh")]
    [InlineData("Căn cứ Luật số 13/2022/QH15 ngày 14/11/2022 của Quốc hội;", "based-on", "law", "13/2022/QH15", "2022-11-14", "Quốc hội")]
    [InlineData("Theo Chỉ thị 21/CT-TW, các cấp ủy tăng cường lãnh đạo.", "cites", "directive", "21/CT-TW", null, null)]
    [InlineData("Căn cứ Nghị quyết 10/NQ-HĐND ngày 28 tháng 12 năm 2020;", "based-on", "resolution", "10/NQ-HĐND", "2020-12-28", null)]
    [InlineData("Căn cứ Nghị định 76/2023/NĐ-CP;", "based-on", "decree", "76/2023/NĐ-CP", null, null)]
    [InlineData("Căn cứ Thông tư 01/2024/TT-BVHTTDL;", "based-on", "circular", "01/2024/TT-BVHTTDL", null, null)]
    [InlineData("Căn cứ Chương trình 04/CTr-UBND;", "based-on", "programme", "04/CTr-UBND", null, null)]
    [InlineData("Căn cứ Công văn 1234/UBND-VX;", "based-on", "letter", "1234/UBND-VX", null, null)]
    [InlineData("Căn cứ Quyết định số 2246/QĐ-TTg ngày 28/12/2010 của Thủ tướng Chính phủ về Tháng hành động;", "based-on", "decision", "2246/QĐ-TTg", "2010-12-28", "Thủ tướng Chính phủ")]
    public void A_reference_has_its_relation_kind_number_date_and_issuer(string line, string relation, string kind, string number, string? date, string? issuer)
    {
        var reference = PlanExtractor.Extract(line, "x.txt").Elements.OfType<ExtractedReference>().Single();
        Assert.Equal((relation, kind, number, date, issuer), (reference.Relation, reference.DocumentKind, reference.Number, reference.Date?.ToString("uuuu-MM-dd", null), reference.Issuer));
        Assert.Equal(date is null ? (ExtractionConfidence.Medium, "no date follows the number") : (ExtractionConfidence.High, null), (reference.Confidence, reference.Review));
    }

    [Fact]
    public void The_same_number_twice_is_one_reference_kept_where_the_text_says_most()
    {
        var x = PlanExtractor.Extract(
            "Theo Kế hoạch 63/KH-UBND, ...\nCăn cứ Kế hoạch số 63/KH-UBND ngày 23/2/2023;\nThực hiện Kế hoạch 63/KHUBND của UBND tỉnh;\nTheo Kế hoạch 63/KH-UBND ngày 23/2/2023 của UBND tỉnh, ...",
            "x.txt");
        var reference = Assert.Single(x.Elements.OfType<ExtractedReference>());

        // based-on with a date (2 + 1) beats cites (0) and implements with an issuer but no date (2 + 1 is not more);
        // a later cites with date and issuer (0 + 1 + 1) does not beat it either.
        Assert.Equal(("based-on", 2, "UBND tỉnh"), (reference.Relation, reference.Span.Line, reference.Issuer ?? "UBND tỉnh"));
        Assert.Null(reference.Issuer);
    }

    [Fact]
    public void The_plan_s_own_number_is_not_a_reference() =>
        Assert.Equal(["4/KH-UBND"], PlanExtractor.Extract("Số: 5/KH-UBND\nKẾ HOẠCH\nX\nKế hoạch 5/KH-UBND này thay thế Kế hoạch 4/KH-UBND.", "x.txt").Elements
            .OfType<ExtractedReference>().Select(r => r.Number));
}
