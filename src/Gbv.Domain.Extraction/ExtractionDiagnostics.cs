using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Diagnostics of reading documents and drafting plans from them (GBV43xx). Ids are stable; docs/diagnostics.md has
/// an example of each.
/// </summary>
public static class ExtractionDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity R = DiagnosticSeverity.Review;

    /// <summary>GBV4301: a document with no text to extract from.</summary>
    public static DiagnosticDescriptor NoDocumentText { get; } = new("GBV4301", E, "No text",
        "The document has no text to read a plan from", "Tài liệu không có văn bản để đọc kế hoạch");

    /// <summary>GBV4302: bytes that are not text (a binary file given as plain text).</summary>
    public static DiagnosticDescriptor NotText { get; } = new("GBV4302", E, "Not text",
        "The file is not text ({0}); give a UTF-8 text, a .docx or a .pdf file", "Tệp không phải văn bản ({0}); hãy dùng tệp văn bản UTF-8, .docx hoặc .pdf");

    /// <summary>GBV4303: a text too long to be a plan.</summary>
    public static DiagnosticDescriptor TextTooLong { get; } = new("GBV4303", E, "Text too long",
        "The text is too long ({0}); a plan is read up to {1}", "Văn bản quá dài ({0}); kế hoạch chỉ được đọc tối đa {1}");

    /// <summary>GBV4304: a PDF with no text layer (a scan).</summary>
    public static DiagnosticDescriptor NoTextLayer { get; } = new("GBV4304", E, "No text layer",
        "The PDF has no text layer ({0} page(s), no text): it is probably a scan; run OCR on it first", "Tệp PDF không có lớp văn bản ({0} trang, không có chữ): có thể là bản quét; hãy nhận dạng chữ (OCR) trước");

    /// <summary>GBV4305: a .docx or .pdf file that cannot be opened.</summary>
    public static DiagnosticDescriptor UnreadableDocument { get; } = new("GBV4305", E, "Unreadable document",
        "The {0} file cannot be read: {1}", "Không đọc được tệp {0}: {1}");

    /// <summary>GBV4306: an extracted element the author must check against the paper.</summary>
    public static DiagnosticDescriptor ReviewElement { get; } = new("GBV4306", R, "Check against the paper",
        "{0} \"{1}\": {2}", "{0} \"{1}\" cần kiểm tra: {2}");

    /// <summary>GBV4307: nothing a plan states was found in the text.</summary>
    public static DiagnosticDescriptor NothingExtracted { get; } = new("GBV4307", W, "Nothing extracted",
        "No document number, reference, target or deadline was found: is this a plan?", "Không tìm thấy số văn bản, văn bản căn cứ, chỉ tiêu hay thời hạn báo cáo nào: đây có phải là kế hoạch không?");

    /// <summary>GBV4308: the text is cut short: the draft covers only what comes before where it stops.</summary>
    public static DiagnosticDescriptor TextCutShort { get; } = new("GBV4308", R, "Text cut short",
        "The text is cut short: {0}; the draft holds only what comes before", "Văn bản bị cắt ngang: {0}; bản nháp chỉ gồm phần trước đó");

    /// <summary>GBV4350: a document that inflates past the limit (a compressed bomb).</summary>
    public static DiagnosticDescriptor DocumentTooLarge { get; } = new("GBV4350", E, "Document inflates too far",
        "The document's text part {0}, more than the {1} bytes a plan is read up to; it is not read", "Phần văn bản của tài liệu {0}, vượt quá {1} byte mà một kế hoạch được đọc; tài liệu không được đọc");

    /// <summary>GBV4351: a Word document that declares a DTD.</summary>
    public static DiagnosticDescriptor DocumentDtd { get; } = new("GBV4351", E, "Document declares a DTD",
        "The document declares a DTD or entities, which Word never writes; it is not read", "Tài liệu khai báo DTD hoặc thực thể, điều Word không bao giờ tạo; tài liệu không được đọc");

    /// <summary>GBV4352: a document nested deeper than the reader follows.</summary>
    public static DiagnosticDescriptor DocumentTooDeep { get; } = new("GBV4352", E, "Document nested too deep",
        "The {0} file is nested deeper than the reader follows, which no plan needs; it is not read", "Tệp {0} lồng nhau sâu hơn mức trình đọc xử lý, điều không kế hoạch nào cần; tệp không được đọc");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        NoDocumentText, NotText, TextTooLong, NoTextLayer, UnreadableDocument, ReviewElement, NothingExtracted,
        TextCutShort, DocumentTooLarge, DocumentDtd, DocumentTooDeep,
    ];
}
