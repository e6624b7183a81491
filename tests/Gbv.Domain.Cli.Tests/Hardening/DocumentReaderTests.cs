using System.IO.Compression;
using System.Text;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// Hostile .docx and .pdf files through <c>gbv extract</c> (issue 25): nesting, a DTD, a compressed bomb, a PDF nested
/// past the reader's limit. Each is a located diagnostic and exit 1, never a crash, a trace or an "internal error".
/// </summary>
public sealed class DocumentReaderTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string[] PlanLines =
    [
        "Số: 12/KH-UBND", "Phú Thọ, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Phòng, chống bạo lực gia đình năm 2024",
        "I. MỤC TIÊU", "- Trên 90% nạn nhân được hỗ trợ.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-documents-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A .docx written by hand as the zip of XML parts it is, so that any part can be made hostile.</summary>
    private string Docx(string name, string documentXml, Action<ZipArchive>? more = null)
    {
        var path = Path.Combine(_folder, name);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Write(zip, "word/document.xml", documentXml);
            more?.Invoke(zip);
        }

        return path;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static string Paragraphs(IEnumerable<string> lines) =>
        string.Concat(lines.Select(l => $"<w:p><w:r><w:t xml:space=\"preserve\">{l}</w:t></w:r></w:p>"));

    private static string Document(string body) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>";

    [Fact]
    public void Content_controls_nested_a_hundred_thousand_deep_are_read_without_a_stack_overflow()
    {
        // The file: a few KB of zip that a tree walk recursed through until the process died (exit 134).
        const int depth = 100_000;
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", depth).Append(Paragraphs(PlanLines));
        for (var i = 0; i < depth; i++)
        {
            body.Append("</w:sdtContent></w:sdt>");
        }

        var docx = Docx("nested.docx", Document(body.ToString()));
        Assert.True(new FileInfo(docx).Length < 20_000, "the nesting compresses to a small file, as in the issue");
        var (exit, output, errors) = Run("extract", docx, "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("Target: more than 90% by 2024", output, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_read_by_hand_gives_the_paragraphs_the_text_file_gives()
    {
        var docx = Docx("plain.docx", Document(Paragraphs(PlanLines)));
        var text = Path.Combine(_folder, "plain.txt");
        File.WriteAllText(text, string.Join("\n\n", PlanLines));
        Assert.Equal(Run("extract", text, "--lang", "en").Out.Replace("plain.txt", "plain.docx", StringComparison.Ordinal), Run("extract", docx, "--lang", "en").Out);
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>")]
    [InlineData("<!DOCTYPE w:document SYSTEM \"http://example.invalid/word.dtd\">")]
    public void A_document_that_declares_a_dtd_is_refused_before_any_entity_is_expanded(string doctype)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{doctype}<w:document xmlns:w=\"{W}\"><w:body>{Paragraphs(PlanLines)}</w:body></w:document>";
        var (exit, output, errors) = Run("extract", Docx("dtd.docx", xml), "--lang", "en");
        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("dtd.docx: error GBV4351: The document declares a DTD or entities, which Word never writes; it is not read", errors, StringComparison.Ordinal);
        Assert.Contains("Tài liệu khai báo DTD", Run("extract", Docx("dtd-vi.docx", xml)).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_bomb_is_stopped_at_the_limit_whatever_its_header_declares()
    {
        // 40 MB of one letter compresses to a few tens of KB: honest about its size, it is refused on what it declares.
        var huge = Document("<w:p><w:r><w:t>" + new string('a', 40 * 1024 * 1024) + "</w:t></w:r></w:p>");
        var honest = Docx("bomb.docx", huge);
        Assert.True(new FileInfo(honest).Length < 1024 * 1024);
        var (exit, _, errors) = Run("extract", honest, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error GBV4350: The document's text part declares 41,943,", errors, StringComparison.Ordinal);

        // The same file with its headers rewritten to declare 1,000 bytes: the count of what inflates stops it.
        var bytes = File.ReadAllBytes(honest);
        var lying = Path.Combine(_folder, "lying.docx");
        File.WriteAllBytes(lying, DeclareSize(bytes, "word/document.xml", 1000));
        var lie = Run("extract", lying, "--lang", "en");
        Assert.Equal(1, lie.Exit);
        Assert.Matches("error GBV43(50|05): ", lie.Err);
        Assert.DoesNotContain("internal error", lie.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_nested_past_the_readers_limit_and_a_damaged_pdf_are_diagnostics()
    {
        // A page whose text operand nests 20,000 arrays deep: PdfPig stops at its limit, which is our diagnostic.
        var nested = Path.Combine(_folder, "nested.pdf");
        File.WriteAllBytes(nested, Pdf("BT /F1 12 Tf 50 700 Td (Hi) Tj ET " + new string('[', 20_000) + new string(']', 20_000) + " TJ"));
        var (exit, output, errors) = Run("extract", nested, "--lang", "en");
        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("nested.pdf: error GBV4352: The pdf file is nested deeper than the reader follows, which no plan needs; it is not read", errors, StringComparison.Ordinal);

        // Nested in the catalogue instead: the reader cannot follow it either.
        var catalogue = Path.Combine(_folder, "catalogue.pdf");
        File.WriteAllText(catalogue, $"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep {new string('[', 100_000)}{new string(']', 100_000)} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        var deep = Run("extract", catalogue, "--lang", "en");
        Assert.Equal(1, deep.Exit);
        Assert.Matches("catalogue.pdf: error GBV43(05|52): ", deep.Err);
        Assert.DoesNotContain("internal error", deep.Err, StringComparison.Ordinal);

        var damaged = Path.Combine(_folder, "damaged.pdf");
        File.WriteAllText(damaged, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 99 0 R >> endobj\ntrailer << /Root 1 0 R >>\n");
        var broken = Run("extract", damaged, "--lang", "en");
        Assert.Equal(1, broken.Exit);
        Assert.Matches("damaged.pdf: error GBV43(05|04): ", broken.Err);
        Assert.DoesNotContain("internal error", broken.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("PdfPig", broken.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.docx")]
    [InlineData("broken.pdf")]
    public void The_readers_failures_are_told_in_the_language_asked_without_library_words(string name)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x81, 0x9C, 0x00]);
        var vi = Run("extract", file).Err;
        Assert.Contains("error GBV4305: Không đọc được tệp", vi, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Z][a-z]+Exception|End of Central Directory|Central Directory|OpenXml|PdfPig|UglyToad", vi);
        Assert.DoesNotContain(" the ", vi, StringComparison.Ordinal);
    }

    // A one-page PDF with the content stream given and a correct cross-reference table.
    private static byte[] Pdf(string content)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = pdf.Length;
        pdf.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        pdf.Append(FormattableString.Invariant($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    // Rewrites the uncompressed size of one entry in its local header and in the central directory.
    private static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var copy = (byte[])zip.Clone();
        var name = Encoding.ASCII.GetBytes(entry);
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var signature = BitConverter.ToUInt32(copy, i);
            if (signature == 0x04034b50 && copy.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(size).CopyTo(copy, i + 22);
            }
            else if (signature == 0x02014b50 && copy.AsSpan(i + 46, Math.Min(name.Length, copy.Length - i - 46)).SequenceEqual(name))
            {
                BitConverter.GetBytes(size).CopyTo(copy, i + 24);
            }
        }

        return copy;
    }
}
