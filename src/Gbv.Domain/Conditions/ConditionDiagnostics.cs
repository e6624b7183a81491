using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Diagnostics of the condition language (GBV3xxx): GBV30xx for the text, GBV31xx for names and types.
/// Listed with the others in docs/diagnostics.md.
/// </summary>
public static class ConditionDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV3001: a character that has no meaning in a condition.</summary>
    public static DiagnosticDescriptor UnexpectedCharacter { get; } = new("GBV3001", E, "Unexpected character",
        "'{0}' is not part of the condition language{1}", "'{0}' không thuộc ngôn ngữ điều kiện{1}");

    /// <summary>GBV3002: a string that is not closed.</summary>
    public static DiagnosticDescriptor UnterminatedString { get; } = new("GBV3002", E, "Unterminated string",
        "The text starting here has no closing '\"'", "Chuỗi bắt đầu tại đây thiếu dấu '\"' đóng");

    /// <summary>GBV3003: a number, duration or date that is badly written.</summary>
    public static DiagnosticDescriptor InvalidLiteral { get; } = new("GBV3003", E, "Invalid value",
        "\"{0}\" is not a valid {1}", "\"{0}\" không phải {1} hợp lệ");

    /// <summary>GBV3004: a token where another was expected.</summary>
    public static DiagnosticDescriptor UnexpectedToken { get; } = new("GBV3004", E, "Unexpected word",
        "Expected {0}, found \"{1}\"", "Cần {0}, nhưng gặp \"{1}\"");

    /// <summary>GBV3005: the condition ends too early.</summary>
    public static DiagnosticDescriptor UnexpectedEnd { get; } = new("GBV3005", E, "Condition ends too early",
        "The condition ends where {0} was expected", "Điều kiện kết thúc trong khi còn cần {0}");

    /// <summary>GBV3006: a condition longer than the limit.</summary>
    public static DiagnosticDescriptor TooLong { get; } = new("GBV3006", E, "Condition too long",
        "The condition is {0} characters long; the limit is {1}", "Điều kiện dài {0} ký tự; giới hạn là {1}");

    /// <summary>GBV3007: a condition with more tokens than the limit.</summary>
    public static DiagnosticDescriptor TooManyTokens { get; } = new("GBV3007", E, "Too many words",
        "The condition has more than {0} words and symbols", "Điều kiện có hơn {0} từ và ký hiệu");

    /// <summary>GBV3008: parentheses or <c>not</c> nested deeper than the limit.</summary>
    public static DiagnosticDescriptor TooDeep { get; } = new("GBV3008", E, "Nesting too deep",
        "Parentheses and \"not\" are nested deeper than {0} levels", "Dấu ngoặc và \"not\" lồng nhau sâu quá {0} cấp");

    /// <summary>GBV3009: an empty condition.</summary>
    public static DiagnosticDescriptor Empty { get; } = new("GBV3009", E, "Empty condition",
        "The condition is empty", "Điều kiện trống");

    /// <summary>GBV3010: an attempt to call a method, read a member or index: not part of the language.</summary>
    public static DiagnosticDescriptor NotALanguageFeature { get; } = new("GBV3010", E, "Not part of the language",
        "{0} are not part of the condition language: conditions only compare fields with values", "{0} không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị");

    /// <summary>GBV3101: a field name the field map does not have.</summary>
    public static DiagnosticDescriptor UnknownField { get; } = new("GBV3101", E, "Unknown field",
        "There is no field \"{0}\"{1}", "Không có trường \"{0}\"{1}");

    /// <summary>GBV3102: a value of the wrong type for the field.</summary>
    public static DiagnosticDescriptor TypeMismatch { get; } = new("GBV3102", E, "Type mismatch",
        "\"{0}\" is {1}; {2} is {3}", "\"{0}\" có kiểu {1}; {2} có kiểu {3}");

    /// <summary>GBV3103: a name that is not one of the field's values.</summary>
    public static DiagnosticDescriptor UnknownValue { get; } = new("GBV3103", E, "Unknown value",
        "\"{0}\" is not a value of \"{1}\"; its values are: {2}{3}", "\"{0}\" không phải giá trị của \"{1}\"; các giá trị: {2}{3}");

    /// <summary>GBV3104: a test that can never hold.</summary>
    public static DiagnosticDescriptor AlwaysFalse { get; } = new("GBV3104", W, "Never true",
        "This test can never hold: {0}", "Phép thử này không bao giờ đúng: {0}");

    /// <summary>GBV3105: an operator that does not apply to the field's type.</summary>
    public static DiagnosticDescriptor OperatorNotAllowed { get; } = new("GBV3105", E, "Operator not allowed",
        "\"{0}\" cannot be used with \"{1}\", which is {2}", "Không dùng được \"{0}\" với \"{1}\" (kiểu {2})");

    /// <summary>GBV3116: a field compared with itself (<c>age &lt; age</c>), whose answer the case cannot change.</summary>
    public static DiagnosticDescriptor ComparedWithItself { get; } = new("GBV3116", W, "Field compared with itself",
        "\"{0}\" compares \"{1}\" with itself: {2}", "\"{0}\" so sánh \"{1}\" với chính nó: {2}");

    /// <summary>GBV3117: two fields compared with each other, which the language does not do.</summary>
    public static DiagnosticDescriptor FieldsCompared { get; } = new("GBV3117", E, "Two fields compared",
        "\"{0}\" compares the field \"{1}\" with the field \"{2}\": a condition compares a field with a value, such as {3}", "\"{0}\" so sánh trường \"{1}\" với trường \"{2}\": điều kiện chỉ so sánh một trường với một giá trị, ví dụ {3}");

    /// <summary>GBV2283: a condition that can never hold, or always holds.</summary>
    public static DiagnosticDescriptor ConstantCondition { get; } = new("GBV2283", W, "Condition that never or always holds",
        "The condition \"{0}\" {1}: check it against the source", "Điều kiện \"{0}\" {1}: hãy đối chiếu với văn bản gốc");

    /// <summary>Every descriptor of the condition language, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacter, UnterminatedString, InvalidLiteral, UnexpectedToken, UnexpectedEnd, TooLong, TooManyTokens,
        TooDeep, Empty, NotALanguageFeature, UnknownField, TypeMismatch, UnknownValue, AlwaysFalse, OperatorNotAllowed,
        ComparedWithItself, FieldsCompared, ConstantCondition,
    ];
}
