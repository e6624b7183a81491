using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Diagnostics of reading a plan file (GBV10xx for the bytes and the JSON, GBV11xx for its shape against the format).
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class ReadingDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV1000: the file could not be opened or read.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } = new("GBV1000", E, "File cannot be read",
        "The file cannot be read: {0}", "Không đọc được tệp: {0}");

    /// <summary>GBV1001: the file is empty.</summary>
    public static DiagnosticDescriptor EmptyFile { get; } = new("GBV1001", E, "Empty file",
        "The file is empty: a plan file is a JSON object", "Tệp rỗng: tệp kế hoạch phải là một đối tượng JSON");

    /// <summary>GBV1002: bytes that are not UTF-8.</summary>
    public static DiagnosticDescriptor InvalidUtf8 { get; } = new("GBV1002", E, "Invalid UTF-8",
        "The file is not valid UTF-8 text here; save it as UTF-8", "Tệp không phải văn bản UTF-8 hợp lệ tại vị trí này; hãy lưu tệp dạng UTF-8");

    /// <summary>GBV1003: JSON syntax error.</summary>
    public static DiagnosticDescriptor JsonSyntax { get; } = new("GBV1003", E, "JSON syntax error",
        "JSON syntax error: {0}", "Lỗi cú pháp JSON: {0}");

    /// <summary>GBV1004: a comment in the file.</summary>
    public static DiagnosticDescriptor Comment { get; } = new("GBV1004", E, "Comment not allowed",
        "Comments are not allowed in plan files; put remarks in \"notes\"", "Tệp kế hoạch không được chứa chú thích; hãy ghi vào \"notes\"");

    /// <summary>GBV1005: a trailing comma.</summary>
    public static DiagnosticDescriptor TrailingComma { get; } = new("GBV1005", E, "Trailing comma",
        "A comma before '{0}' is not allowed: remove it", "Không được có dấu phẩy trước '{0}': hãy xóa dấu phẩy");

    /// <summary>GBV1006: nesting deeper than the limit.</summary>
    public static DiagnosticDescriptor TooDeep { get; } = new("GBV1006", E, "Nesting too deep",
        "Objects and arrays are nested deeper than {0} levels", "Đối tượng và mảng lồng nhau sâu quá {0} cấp");

    /// <summary>GBV1007: a string longer than the limit.</summary>
    public static DiagnosticDescriptor StringTooLong { get; } = new("GBV1007", E, "String too long",
        "This text is {0} bytes long; the limit is {1}", "Đoạn văn bản dài {0} byte; giới hạn là {1}");

    /// <summary>GBV1008: a key that appears twice in one object.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = new("GBV1008", E, "Duplicate key",
        "\"{0}\" appears twice in the same object", "\"{0}\" xuất hiện hai lần trong cùng một đối tượng");

    /// <summary>GBV1009: a byte order mark at the start of the file.</summary>
    public static DiagnosticDescriptor ByteOrderMark { get; } = new("GBV1009", W, "Byte order mark",
        "The file starts with a byte order mark; it was ignored (save as UTF-8 without BOM)", "Tệp bắt đầu bằng dấu BOM; dấu này đã được bỏ qua (hãy lưu dạng UTF-8 không có BOM)");

    /// <summary>GBV1010: the file is larger than the limit.</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } = new("GBV1010", E, "File too large",
        "The file is larger than {0} bytes, the limit for plan files", "Tệp lớn hơn {0} byte, giới hạn của tệp kế hoạch");

    /// <summary>GBV1101: a property the format does not define.</summary>
    public static DiagnosticDescriptor UnknownProperty { get; } = new("GBV1101", E, "Unknown property",
        "Unknown property \"{0}\" in {1}{2}", "Thuộc tính không xác định \"{0}\" trong {1}{2}");

    /// <summary>GBV1102: a value of the wrong JSON type.</summary>
    public static DiagnosticDescriptor WrongType { get; } = new("GBV1102", E, "Wrong type",
        "Expected {0} here, found {1}", "Cần {0} tại đây, nhưng gặp {1}");

    /// <summary>GBV1103: a required property is missing.</summary>
    public static DiagnosticDescriptor MissingProperty { get; } = new("GBV1103", E, "Missing required property",
        "{0} needs the property \"{1}\"", "{0} thiếu thuộc tính bắt buộc \"{1}\"");

    /// <summary>GBV1104: null where a value is needed.</summary>
    public static DiagnosticDescriptor NullValue { get; } = new("GBV1104", E, "Null not allowed",
        "null is not allowed here: expected {0} (leave an optional property out instead)", "Không được dùng null tại đây: cần {0} (với thuộc tính không bắt buộc, hãy bỏ hẳn thuộc tính)");

    /// <summary>GBV1109: a number out of range or not whole.</summary>
    public static DiagnosticDescriptor NumberOutOfRange { get; } = new("GBV1109", E, "Number out of range",
        "{0} is not allowed here: expected {1}", "Không chấp nhận {0} tại đây: cần {1}");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        FileUnreadable, EmptyFile, InvalidUtf8, JsonSyntax, Comment, TrailingComma, TooDeep, StringTooLong,
        DuplicateKey, ByteOrderMark, FileTooLarge, UnknownProperty, WrongType, MissingProperty, NullValue,
        NumberOutOfRange,
    ];
}
