using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Gbv.Domain.Definitions;
using UglyToad.PdfPig;

namespace Gbv.Domain.Cli;

/// <summary>
/// The text of a plan document: UTF-8 text as it is, a .docx as one line per Word paragraph (blank line between), a
/// text-based .pdf as its lines page by page. A file that cannot be read is a diagnostic, never an exception.
/// </summary>
internal static class DocumentText
{
    /// <summary>Files larger than this are refused before reading: a plan is a few hundred kilobytes.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public static string? Read(string path, List<Diagnostic> problems)
    {
        var at = new SourceLocation(path, string.Empty, 0, 0);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            problems.Add(Diagnostic.Create(DiagnosticDescriptors.TextTooLong, at,
                length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", MaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes"));
            return null;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".docx" => Docx(path),
                ".pdf" => Pdf(path, at, problems),
                _ => Text(path, at, problems),
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or InvalidOperationException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UglyToad.PdfPig.Core.PdfDocumentFormatException or ArgumentException)
        {
            problems.Add(Diagnostic.Create(DiagnosticDescriptors.UnreadableDocument, at, extension.TrimStart('.'), ex.Message));
            return null;
        }
    }

    private static string? Text(string path, SourceLocation at, List<Diagnostic> problems)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problems.Add(Diagnostic.Create(DiagnosticDescriptors.NotText, at, "its bytes are not UTF-8"));
            return null;
        }
    }

    private static string Docx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            text.Append(paragraph.InnerText).Append("\n\n");
        }

        return text.ToString();
    }

    private static string? Pdf(string path, SourceLocation at, List<Diagnostic> problems)
    {
        using var document = PdfDocument.Open(path);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            // Words grouped into lines by their baseline, top to bottom, left to right; a wider gap starts a paragraph.
            var lines = page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
                .OrderByDescending(g => g.Key)
                .Select(g => (Y: g.Key * 2, Text: string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
                .ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0 && lines[i - 1].Y - lines[i].Y > 24)
                {
                    text.Append('\n');
                }

                text.Append(lines[i].Text).Append('\n');
            }

            text.Append('\n');
        }

        if (text.ToString().Trim().Length == 0)
        {
            problems.Add(Diagnostic.Create(DiagnosticDescriptors.NoTextLayer, at, document.NumberOfPages.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return text.ToString();
    }
}
