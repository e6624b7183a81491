using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv extract</c> on text, Word and PDF files, and on files it cannot read.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void A_seed_gives_a_review_report_a_valid_draft_and_a_comparison()
    {
        var (seed, plan) = TestFiles.Seeds[1];
        var draft = PathOf("draft.json");
        var (exit, output, errors) = Run("extract", seed, "--out", draft, "--compare", plan, "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("line 24: Target: more than 90% by 2020 (of which): nạn nhân được hỗ trợ và can thiệp kịp thời [high]", output, StringComparison.Ordinal);
        Assert.Contains("line 153: Deadline: six-monthly, before 06-10 from Các cơ quan, đơn vị, UBND các xã, thị trấn to UBND huyện via Phòng Lao động - Thương binh và Xã hội huyện [high]", output, StringComparison.Ordinal);
        Assert.Contains("| targets | 9 | 9 | 9 | 0 | 0 | 100% | 100% |", output, StringComparison.Ordinal);
        Assert.Contains("review GBV4306", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("error", errors, StringComparison.Ordinal);
        var validate = Run("validate", draft);
        Assert.Equal(0, validate.Exit);
    }

    [Fact]
    public void A_word_file_with_decomposed_vietnamese_reads_as_the_same_text()
    {
        string[] lines = ["Số: 12/KH-UBND", "Phú Thọ, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Phòng, chống bạo lực gia đình năm 2024",
            "I. MỤC TIÊU", "- Trên 90% nạn nhân được hỗ trợ.", "II. TỔ CHỨC THỰC HIỆN", "Báo cáo 6 tháng (trước ngày 15/6) gửi về UBND huyện."];
        var docx = PathOf("plan.docx");
        using (var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l.Normalize(NormalizationForm.FormD)))))));
        }

        var text = PathOf("plan.txt");
        File.WriteAllText(text, string.Join("\n\n", lines));
        var fromWord = Run("extract", docx, "--out", PathOf("word.json"), "--lang", "en");
        var fromText = Run("extract", text, "--out", PathOf("text.json"));
        Assert.Equal((0, 0), (fromWord.Exit, fromText.Exit));
        Assert.Contains("Target: more than 90% by 2024", fromWord.Out, StringComparison.Ordinal);
        Assert.Contains("Deadline: six-monthly, before 06-15 to UBND huyện", fromWord.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(PathOf("text.json")).Replace("plan.txt", "plan.docx", StringComparison.Ordinal), File.ReadAllText(PathOf("word.json")));
    }

    [Fact]
    public void A_pdf_with_a_text_layer_is_read_and_a_scan_is_a_diagnostic()
    {
        var scan = PathOf("scan.pdf");
        var empty = new PdfDocumentBuilder();
        empty.AddPage(PageSize.A4);
        File.WriteAllBytes(scan, empty.Build());
        var (exit, _, errors) = Run("extract", scan, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error GBV4304: The PDF has no text layer (1 page(s), no text)", errors, StringComparison.Ordinal);

        const string font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        if (!File.Exists(font))
        {
            Assert.Skip("No TrueType font with Vietnamese letters on this machine to write a PDF with.");
        }

        var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(File.ReadAllBytes(font));
        var page = builder.AddPage(PageSize.A4);
        string[] lines = ["Số: 7/KH-UBND", "Hà Nội, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "I. MỤC TIÊU", "- Tối thiểu 70% nạn nhân tìm kiếm sự trợ giúp năm 2024."];
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(50, 780 - (i * 40)), added);
        }

        var pdf = PathOf("plan.pdf");
        File.WriteAllBytes(pdf, builder.Build());
        var read = Run("extract", pdf, "--lang", "en");
        Assert.Equal(0, read.Exit);
        Assert.Contains("Document: 7/KH-UBND", read.Out, StringComparison.Ordinal);
        // No title gives the year: the plan's year is the year of issue, and the target's horizon is marked for review.
        Assert.Contains("Target: at least 70% by 2024", read.Out, StringComparison.Ordinal);
        Assert.Contains("review: no horizon is stated for this target", read.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_far_larger_than_a_plan_is_refused_before_it_is_read()
    {
        var file = PathOf("huge.txt");
        using (var stream = File.Create(file))
        {
            stream.SetLength(50L * 1024 * 1024); // sparse: nothing is written, so the test stays fast
        }

        var (exit, output, errors) = Run("extract", file, "--lang", "en");
        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("error GBV4303: The text is too long (52,428,800 bytes); a plan is read up to 20,971,520 bytes", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.docx", "GBV4305")]
    [InlineData("broken.pdf", "GBV4305")]
    [InlineData("binary.txt", "GBV4302")]
    [InlineData("empty.txt", "GBV4301")]
    public void Files_that_cannot_be_read_are_diagnostics_not_traces(string name, string code)
    {
        var file = PathOf(name);
        File.WriteAllBytes(file, name.StartsWith("empty", StringComparison.Ordinal) ? [] : [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x81, 0x9C, 0x00]);
        var (exit, output, errors) = Run("extract", file, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains($"error {code}", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }
}
