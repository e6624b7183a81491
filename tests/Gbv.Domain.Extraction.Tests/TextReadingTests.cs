using Gbv.Domain.Diagnostics;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>What the extractor does to text before reading it: characters Word and PDFs leave, lines and paragraphs,
/// agency names compared, and text that is not a plan.</summary>
public sealed class TextReadingTests
{
    [Theory]
    [InlineData("a\u00A0b\u2007c\u202Fd\u2009e\u200Af\u2002g\u2003h\ti\u3000j", "a b c d e f g h i j")]
    [InlineData("1\u20102\u20113\u20124\u20135\u20146\u20157\u22128", "1-2-3-4-5-6-7-8")]
    [InlineData("\u201Ca\u201D \u201Eb\u00AB c\u00BB", "\"a\" \"b\" c\"")]
    [InlineData("\u2018a\u2019 \u201Ab", "'a' 'b")]
    [InlineData("a\u200Bb\uFEFFc\u00ADd", "abcd")]
    public void Spaces_dashes_quotes_and_invisible_characters_become_plain(string written, string read) =>
        Assert.Equal(read, TextNormalizer.Normalize(written));

    [Fact]
    public void Lines_keep_their_number_and_paragraph_and_skip_blank_ones()
    {
        var lines = TextNormalizer.Lines("a\r\nb\n\n \nc\n\u200B\nd");
        Assert.Equal([(1, 1, "a"), (2, 1, "b"), (5, 2, "c"), (7, 3, "d")], lines.Select(l => (l.Number, l.Paragraph, l.Text)));
        Assert.Equal("a", lines[0].Verbatim);
    }

    [Theory]
    [InlineData("Phòng LĐTB&XH", "Phòng Lao động – Thương binh và Xã hội huyện")]
    [InlineData("UBND xã", "Uỷ ban nhân dân xã")]
    [InlineData("Hội LHPN huyện", "Hội Liên hiệp Phụ nữ Việt Nam huyện")]
    [InlineData("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc")]
    [InlineData("Phòng LĐTBXH", "Phòng Lao động - Thương binh và Xã hội")]
    [InlineData("Sở TB&XH", "Sở Thương binh và Xã hội")]
    [InlineData("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo")]
    [InlineData("Phòng GD-ĐT", "Phòng Giáo dục và Đào tạo")]
    [InlineData("Phòng Văn hoá", "Phòng Văn hóa")]
    [InlineData("Đề nghị Công an huyện", "Công an")]
    public void Agency_names_written_differently_have_the_same_key(string first, string second) =>
        Assert.Equal(AgencyNames.Key(first), AgencyNames.Key(second));

    [Theory]
    [InlineData("Phòng Tư pháp", "Phòng Văn hóa")]
    [InlineData("Công an huyện", "Công an tỉnh Hà")]
    public void Different_agencies_have_different_keys(string first, string second) =>
        Assert.NotEqual(AgencyNames.Key(first), AgencyNames.Key(second));

    [Fact]
    public void Text_that_is_mostly_control_characters_is_not_text_but_a_few_are_fine()
    {
        var bad = PlanExtractor.Extract(new string('\u0001', 6) + new string('a', 100), "x.bin");
        Assert.Equal("The file is not text (more than 5% of its characters are control or undecodable bytes); give a UTF-8 text, a .docx or a .pdf file",
            Assert.Single(bad.Diagnostics).Message);
        Assert.Null(bad.Draft);

        // 5 in 100 is not more than 5%; tabs, form feeds and line ends never count.
        var fine = PlanExtractor.Extract("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" + new string('a', 85) + "\t\t\f\r\n\t\t\t\t\t", "x.txt");
        Assert.DoesNotContain(fine.Diagnostics, d => d.Id == "GBV4302");
        Assert.Equal("The file is not text (it contains NUL bytes); give a UTF-8 text, a .docx or a .pdf file",
            Assert.Single(PlanExtractor.Extract("KẾ HOẠCH\0", "x.txt").Diagnostics).Message);
    }

    [Fact]
    public void A_text_at_the_limit_is_read_and_one_character_more_is_not()
    {
        Assert.DoesNotContain(PlanExtractor.Extract(new string('a', PlanExtractor.MaxCharacters), "x.txt").Diagnostics, d => d.Id == "GBV4303");
        var location = Assert.Single(PlanExtractor.Extract(new string('a', PlanExtractor.MaxCharacters + 1), "big.txt").Diagnostics).Location;
        Assert.Equal(("big.txt", 0), (location.File, location.Line));
    }

    [Theory]
    [InlineData("Một đoạn văn không có gì.", true)]
    [InlineData("Số: 5/KH-UBND", false)]
    [InlineData("Theo Kế hoạch 63/KH-UBND.", false)]
    [InlineData("Báo cáo 6 tháng (trước ngày 10/6).", false)]
    public void Text_with_no_number_reference_target_or_deadline_is_asked_whether_it_is_a_plan(string text, bool asked)
    {
        var x = PlanExtractor.Extract(text, "x.txt");
        Assert.Equal(asked, x.Diagnostics.Any(d => d.Id == "GBV4307" && d.Severity == DiagnosticSeverity.Warning));
        Assert.NotNull(x.Draft);
    }

    [Fact]
    public void Review_marks_are_diagnostics_at_the_element_s_line()
    {
        var x = PlanExtractor.Extract("KẾ HOẠCH\nX\nI. MỤC TIÊU\n- 90% nạn nhân được hỗ trợ.", "plan.txt");
        // Element marks only: the text is also cut short (GBV4308), a mark of the whole text.
        var marks = x.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Review && d.Id == "GBV4306").Select(d => (d.Id, d.Location.File, d.Location.Line)).ToList();
        Assert.Contains(("GBV4306", (string?)"plan.txt", 1), marks);
        Assert.Equal(x.Elements.Count(e => e.Review is not null), marks.Count);
    }
}
