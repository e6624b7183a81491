using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Gbv.Domain.Diagnostics;
using UglyToad.PdfPig;

namespace Gbv.Domain.Extraction.Documents;

/// <summary>
/// The text of a plan document: UTF-8 text as it is, a .docx as one line per Word paragraph (blank line between), a
/// text-based .pdf as its lines page by page. A file that cannot be read is a diagnostic, never an exception.
/// </summary>
/// <remarks>
/// A .docx is read as what it is, a zip of XML parts, with a streaming XML reader: no tree is built, so nesting costs
/// no stack (a 3 KB file of nested content controls overflowed the stack of a tree walk); a DTD is refused before any
/// entity is expanded; and the main part is read through a counter that stops at <see cref="MaxPartBytes"/>, whatever
/// the zip declares, so a compressed bomb costs at most that much reading and no memory beyond the text kept.
/// </remarks>
public static class DocumentText
{
    /// <summary>Files larger than this are refused before reading: a plan is a few hundred kilobytes.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The most a .docx part may inflate to: the XML of a hundred-page plan is a few megabytes.</summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// The text of the document at <paramref name="path"/>, ready for <see cref="PlanExtractor.Extract"/>; null when it
    /// cannot be read, with the reason added to <paramref name="problems"/> (GBV43xx: too large, not text, no text
    /// layer, unreadable). Never throws for a bad file.
    /// </summary>
    /// <param name="path">A .docx, a .pdf, or any other file read as UTF-8 text.</param>
    /// <param name="problems">Where the reasons a file cannot be read are added.</param>
    public static string? Read(string path, ICollection<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        var at = new SourceLocation(path, string.Empty, 0, 0);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var kind = extension.TrimStart('.');
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.UnreadableDocument, at, [kind, W.Get("Read.NoSuchFile", false)], [kind, W.Get("Read.NoSuchFile", true)]));
            return null;
        }

        var length = file.Length;
        if (length > MaxBytes)
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.TextTooLong, at, Bytes(length) + " bytes", Bytes(MaxBytes) + " bytes"));
            return null;
        }

        try
        {
            return extension switch
            {
                ".docx" => Docx(path, at, problems),
                ".pdf" => Pdf(path, at, problems),
                _ => Text(path, at, problems),
            };
        }
        catch (PartTooLargeException ex)
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.DocumentTooLarge, at,
                [TooLarge(ex.Declared, false), Bytes(MaxPartBytes)], [TooLarge(ex.Declared, true), Bytes(MaxPartBytes)]));
            return null;
        }
        catch (DtdException)
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.DocumentDtd, at));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !PdfNesting(ex))
        {
            // The libraries' messages name their internals (and sometimes quote the file): say what is wrong in our words.
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.UnreadableDocument, at,
                [kind, W.Get(Unreadable(kind), false)], [kind, W.Get(Unreadable(kind), true)]));
            return null;
        }
        catch (Exception ex) when (PdfNesting(ex))
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.DocumentTooDeep, at, kind));
            return null;
        }
    }

    // PdfPig stops at its own nesting limit with an exception whose message says so; that is a file no plan is.
    private static bool PdfNesting(Exception ex) =>
        ex.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) == true
        && (ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("nest", StringComparison.OrdinalIgnoreCase));

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string? Text(string path, SourceLocation at, ICollection<Diagnostic> problems)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.NotText, at, [W.Get("Read.NotUtf8", false)], [W.Get("Read.NotUtf8", true)]));
            return null;
        }
    }

    private static string? Docx(string path, SourceLocation at, ICollection<Diagnostic> problems)
    {
        using var zip = ZipFile.OpenRead(path);
        var part = zip.GetEntry(MainPartName(zip)) ?? throw new InvalidDataException("no main document part");
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        var inText = false;
        using var reader = XmlReader.Create(Open(part), Settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.DocumentType:
                    throw new DtdException();
                case XmlNodeType.Element when reader.NamespaceURI == WordNamespace:
                    if (reader.LocalName == "p")
                    {
                        // A paragraph inside another (a text box) ends the outer one's text so far: each is a line.
                        Flush(paragraph, text);
                        if (reader.IsEmptyElement)
                        {
                            text.Append("\n\n");
                        }
                    }

                    inText = reader.LocalName == "t" && !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == WordNamespace:
                    if (reader.LocalName == "p")
                    {
                        Flush(paragraph, text);
                        text.Append("\n\n");
                    }

                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                    paragraph.Append(reader.Value);
                    break;
            }

            if (text.Length + paragraph.Length > PlanExtractor.MaxCharacters)
            {
                problems.Add(Diagnostic.Create(ExtractionDiagnostics.TextTooLong, at,
                    [W.Format("Read.MoreThan", false, Bytes(PlanExtractor.MaxCharacters)), W.Format("Read.Characters", false, Bytes(PlanExtractor.MaxCharacters))],
                    [W.Format("Read.MoreThan", true, Bytes(PlanExtractor.MaxCharacters)), W.Format("Read.Characters", true, Bytes(PlanExtractor.MaxCharacters))]));
                return null;
            }
        }

        Flush(paragraph, text);
        return text.ToString();
    }

    private static void Flush(StringBuilder paragraph, StringBuilder text)
    {
        text.Append(paragraph);
        paragraph.Clear();
    }

    // The main part is named by the package's relationships (_rels/.rels); Word calls it word/document.xml.
    private static string MainPartName(ZipArchive zip)
    {
        if (zip.GetEntry("_rels/.rels") is { } rels)
        {
            using var reader = XmlReader.Create(Open(rels), Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    throw new DtdException();
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                    && reader.GetAttribute("Target") is { Length: > 0 } target)
                {
                    return target.TrimStart('/');
                }
            }
        }

        return "word/document.xml";
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        // Parse would expand entities (a billion laughs); Ignore would read on past a DTD as if it were not there.
        // With Prohibit a DTD is an XmlException, which Open's counter tells from other bad XML.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private static Stream Open(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxPartBytes)
        {
            throw new PartTooLargeException(entry.Length);
        }

        return new CountingStream(entry.Open(), MaxPartBytes);
    }

    private static string? Pdf(string path, SourceLocation at, ICollection<Diagnostic> problems)
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
            problems.Add(Diagnostic.Create(ExtractionDiagnostics.NoTextLayer, at, document.NumberOfPages.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return text.ToString();
    }

    /// <summary>A part that declares, or inflates to, more than <see cref="MaxPartBytes"/>.</summary>
    private sealed class PartTooLargeException(long? declared) : Exception("A document part is too large.")
    {
        public long? Declared { get; } = declared;
    }

    /// <summary>A part that declares a DTD.</summary>
    private sealed class DtdException() : Exception("A document part declares a DTD.");

    /// <summary>
    /// Reads an inflating stream and stops past a limit, whatever the zip's header said (a header can lie); it also
    /// tells a DTD, which the XML reader refuses with the same exception as any bad XML, by looking at what it read.
    /// </summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            if (_read < 4096 && buffer.AsSpan(offset, n).IndexOf("<!DOCTYPE"u8) >= 0)
            {
                throw new DtdException();
            }

            _read += n;
            if (_read > limit)
            {
                throw new PartTooLargeException(null);
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    // A part too large, in a language: what it declares, or that it inflates past the limit.
    private static string TooLarge(long? declared, bool vi) =>
        declared is { } d ? W.Format("Read.Declares", vi, Bytes(d)) : W.Format("Read.Inflates", vi, Bytes(MaxPartBytes));

    // Why a document does not open, by its kind.
    private static string Unreadable(string kind) => kind switch { "pdf" => "Read.NotPdf", "docx" => "Read.NotDocx", _ => "Read.CannotOpen" };
}
