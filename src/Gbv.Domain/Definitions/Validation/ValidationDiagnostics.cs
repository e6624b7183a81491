using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of the values and ids of a plan, wherever they appear (GBV11xx for values, GBV20xx for ids).
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class ValidationDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>GBV1105: a date that does not exist or is badly written.</summary>
    public static DiagnosticDescriptor InvalidDate { get; } = new("GBV1105", E, "Invalid date",
        "\"{0}\" is not a valid date; write {1}", "\"{0}\" không phải ngày hợp lệ; hãy ghi theo dạng {1}");

    /// <summary>GBV1106: an annual date (day of the year) that does not exist or is badly written.</summary>
    public static DiagnosticDescriptor InvalidAnnualDate { get; } = new("GBV1106", E, "Invalid day of the year",
        "\"{0}\" is not a valid day of the year; write MM-dd, for example \"06-10\" for 10 June", "\"{0}\" không phải ngày trong năm hợp lệ; hãy ghi MM-dd, ví dụ \"06-10\" cho ngày 10/6");

    /// <summary>GBV1107: a keyword that is not one of the allowed values.</summary>
    public static DiagnosticDescriptor UnknownKeyword { get; } = new("GBV1107", E, "Unknown value",
        "\"{0}\" is not a known {1}; expected one of: {2}{3}", "\"{0}\" không phải {1} hợp lệ; giá trị cho phép: {2}{3}");

    /// <summary>GBV1108: a format version this library does not read.</summary>
    public static DiagnosticDescriptor UnsupportedFormat { get; } = new("GBV1108", E, "Unsupported format",
        "\"format\" is \"{0}\"; this version reads \"{1}\"", "\"format\" là \"{0}\"; phiên bản này đọc \"{1}\"");

    /// <summary>GBV1110: a partial date that is badly written.</summary>
    public static DiagnosticDescriptor InvalidPartialDate { get; } = new("GBV1110", E, "Invalid partial date",
        "\"{0}\" is not a valid date; write yyyy, yyyy-MM or yyyy-MM-dd", "\"{0}\" không phải ngày hợp lệ; hãy ghi yyyy, yyyy-MM hoặc yyyy-MM-dd");

    /// <summary>GBV1111: an id or key that is not of the allowed form.</summary>
    public static DiagnosticDescriptor InvalidIdentifier { get; } = new("GBV1111", E, "Invalid id",
        "\"{0}\" is not a valid id: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit", "\"{0}\" không phải mã hợp lệ: dùng chữ thường, chữ số, '-', '_' và '.', bắt đầu bằng chữ hoặc số");

    /// <summary>GBV1112: an administrative level key that is not of the allowed form.</summary>
    public static DiagnosticDescriptor InvalidLevel { get; } = new("GBV1112", E, "Invalid administrative level",
        "\"{0}\" is not a level key: use lower-case words joined by '-', such as \"province\" or \"commune\"", "\"{0}\" không phải mã cấp hành chính: dùng chữ thường nối bằng '-', ví dụ \"province\", \"commune\"");

    /// <summary>GBV1113: an unknown time zone.</summary>
    public static DiagnosticDescriptor UnknownTimeZone { get; } = new("GBV1113", E, "Unknown time zone",
        "\"{0}\" is not an IANA time zone id; Vietnam is \"Asia/Ho_Chi_Minh\"", "\"{0}\" không phải múi giờ IANA; Việt Nam là \"Asia/Ho_Chi_Minh\"");

    /// <summary>GBV1114: a duration that is badly written.</summary>
    public static DiagnosticDescriptor InvalidDuration { get; } = new("GBV1114", E, "Invalid duration",
        "\"{0}\" is not a duration: write a whole number of hours or days, such as \"72h\" or \"5d\"", "\"{0}\" không phải khoảng thời gian: hãy ghi số giờ hoặc số ngày, ví dụ \"72h\", \"5d\"");

    /// <summary>GBV1115: a text that must not be empty is empty.</summary>
    public static DiagnosticDescriptor EmptyText { get; } = new("GBV1115", E, "Empty text",
        "This text is empty; copy it from the source", "Đoạn văn bản này trống; hãy chép từ văn bản gốc");

    /// <summary>GBV2001: two parts with the same id.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = new("GBV2001", E, "Duplicate id",
        "The {0} id \"{1}\" is already used at {2}", "Mã {0} \"{1}\" đã được dùng tại {2}");

    /// <summary>GBV2002: an agency id that no agency has.</summary>
    public static DiagnosticDescriptor UnknownAgency { get; } = new("GBV2002", E, "Unknown agency",
        "No agency has the id \"{0}\"{1}", "Không có cơ quan nào mang mã \"{0}\"{1}");

    /// <summary>GBV2003: an indicator key that no indicator has.</summary>
    public static DiagnosticDescriptor UnknownIndicator { get; } = new("GBV2003", E, "Unknown indicator",
        "No indicator has the key \"{0}\"{1}", "Không có chỉ tiêu nào mang mã \"{0}\"{1}");

    /// <summary>GBV2005: a data element key that is not declared.</summary>
    public static DiagnosticDescriptor UnknownDataElement { get; } = new("GBV2005", E, "Unknown data element",
        "The data element \"{0}\" is not declared in \"dataElements\"{1}", "Số liệu \"{0}\" chưa được khai báo trong \"dataElements\"{1}");

    /// <summary>GBV2006: a reference to a task, campaign or service that does not exist.</summary>
    public static DiagnosticDescriptor UnknownReference { get; } = new("GBV2006", E, "Unknown reference",
        "No {0} has the id \"{1}\"{2}", "Không có {0} nào mang mã \"{1}\"{2}");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        InvalidDate, InvalidAnnualDate, UnknownKeyword, UnsupportedFormat, InvalidPartialDate, InvalidIdentifier,
        InvalidLevel, UnknownTimeZone, InvalidDuration, EmptyText, DuplicateId, UnknownAgency, UnknownIndicator,
        UnknownDataElement, UnknownReference,
    ];
}
