using System.Text.RegularExpressions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// What a JSON syntax error (GBV1003) says, in English and in Vietnamese. System.Text.Json words its errors in English
/// only, and some of them in its own terms ("Change the reader options", "isFinalBlock", "JSON payload"): each known
/// message is given the tool's words in both languages; the character it names is kept. A bad literal (<c>tru</c>,
/// <c>nul</c>) made the library quote everything from there to the end of the file, up to 16 MiB in one message: it is
/// never quoted. The English is the library's sentence where that reads well to a plan author.
/// </summary>
internal static class JsonSyntaxWords
{
    private const string Digit = "('0'-'9')";

    // The library's message (its last full stop removed) with {0} for the character, then the English and the Vietnamese.
    private static readonly System.Collections.Immutable.ImmutableArray<(Regex Pattern, string En, string Vi)> Known =
    [
        Entry("'{0}' is an invalid start of a value", "'{0}' is an invalid start of a value", "'{0}' không thể mở đầu một giá trị"),
        Entry("'{0}' is invalid after a value. Expected either ',', '}', or ']'", "'{0}' is invalid after a value. Expected either ',', '}', or ']'", "'{0}' không hợp lệ sau một giá trị. Cần ',', '}' hoặc ']'"),
        Entry("'{0}' is invalid after a property name. Expected a ':'", "'{0}' is invalid after a property name. Expected a ':'", "'{0}' không hợp lệ sau tên thuộc tính. Cần ':'"),
        Entry("'{0}' is invalid following a property name", "'{0}' is invalid after a property name. Expected a ':'", "'{0}' không hợp lệ sau tên thuộc tính. Cần ':'"),
        Entry("'{0}' is an invalid start of a property name. Expected a '\"'", "'{0}' is an invalid start of a property name. Expected a '\"'", "'{0}' không thể mở đầu tên thuộc tính. Cần '\"'"),
        Entry("'{0}' is an invalid start of a property name or value, after a comment", "'{0}' is an invalid start of a property name or value, after a comment", "'{0}' không thể mở đầu tên thuộc tính hoặc giá trị, sau một chú thích"),
        Entry("'{0}' is invalid after a single JSON value. Expected end of data", "'{0}' is invalid after the file's one JSON value: the file should end here", "'{0}' không hợp lệ sau giá trị JSON duy nhất của tệp: tệp phải kết thúc tại đây"),
        Entry("'{0}' is an invalid end of a number. Expected a delimiter", "'{0}' is an invalid end of a number. Expected a delimiter", "'{0}' không hợp lệ ở cuối một số. Cần dấu phân cách"),
        Entry("'{0}' is an invalid end of a number. Expected 'E' or 'e'", "'{0}' is an invalid end of a number. Expected 'E' or 'e'", "'{0}' không hợp lệ ở cuối một số. Cần 'E' hoặc 'e'"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'true'", "A value here starts like 'true' but is not 'true'", "Giá trị tại đây bắt đầu như 'true' nhưng không phải 'true'"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'false'", "A value here starts like 'false' but is not 'false'", "Giá trị tại đây bắt đầu như 'false' nhưng không phải 'false'"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'null'", "A value here starts like 'null' but is not 'null'", "Giá trị tại đây bắt đầu như 'null' nhưng không phải 'null'"),
        Entry("'{0}' is invalid within a number, immediately after a decimal point ('.'). Expected a digit " + Digit, "'{0}' is invalid within a number, immediately after a decimal point ('.'). Expected a digit " + Digit, "'{0}' không hợp lệ trong một số, ngay sau dấu thập phân ('.'). Cần một chữ số " + Digit),
        Entry("'{0}' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit " + Digit, "'{0}' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit " + Digit, "'{0}' không hợp lệ trong một số, ngay sau dấu ('+' hoặc '-'). Cần một chữ số " + Digit),
        Entry("'{0}' is invalid within a number, immediately after an exponent character ('e' or 'E'). Expected a digit " + Digit, "'{0}' is invalid within a number, immediately after an exponent character ('e' or 'E'). Expected a digit " + Digit, "'{0}' không hợp lệ trong một số, ngay sau ký tự số mũ ('e' hoặc 'E'). Cần một chữ số " + Digit),
        Entry("Expected a digit " + Digit + ", but instead reached end of data", "Expected a digit " + Digit + ", but instead reached end of data", "Cần một chữ số " + Digit + ", nhưng tệp đã hết"),
        Entry("Invalid leading zero before '{0}'", "Invalid leading zero before '{0}'", "Số không được có chữ số 0 ở đầu, trước '{0}'"),
        Entry("'{0}' is invalid within a JSON string. The string should be correctly escaped", "'{0}' is invalid within a JSON string. The string should be correctly escaped", "'{0}' không được viết trực tiếp trong chuỗi JSON; hãy viết ở dạng có dấu '\\' (ví dụ \\n, \\t, \\\")"),
        Entry("'{0}' is an invalid escapable character within a JSON string. The string should be correctly escaped", "'{0}' is an invalid escapable character within a JSON string. The string should be correctly escaped", "'{0}' không thể đứng sau dấu '\\' trong chuỗi JSON; chỉ được dùng \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t hoặc \\u và bốn chữ số thập lục phân"),
        Entry("'{0}' is not a hex digit following '\\u' within a JSON string. The string should be correctly escaped", "'{0}' is not a hex digit following '\\u' within a JSON string. The string should be correctly escaped", "'{0}' không phải chữ số thập lục phân sau '\\u' trong chuỗi JSON"),
        Entry("'{0}' is invalid without a matching open", "'{0}' is invalid without a matching open", "'{0}' không có dấu mở tương ứng"),
        Entry("'{0}' is invalid after '/' at the beginning of the comment. Expected either '/' or '*'", "'{0}' is invalid after '/' at the beginning of the comment. Expected either '/' or '*'", "'{0}' không hợp lệ sau '/' ở đầu chú thích. Cần '/' hoặc '*'"),
        Entry("Expected end of string, but instead reached end of data", "Expected end of string, but instead reached end of data", "Cần dấu '\"' đóng chuỗi, nhưng tệp đã hết"),
        Entry("Expected end of comment, but instead reached end of data", "Expected end of comment, but instead reached end of data", "Cần dấu đóng chú thích, nhưng tệp đã hết"),
        Entry("Expected start of a property name or value, but instead reached end of data", "Expected start of a property name or value, but instead reached end of data", "Cần tên thuộc tính hoặc giá trị, nhưng tệp đã hết"),
        Entry("Expected a value, but instead reached end of data", "Expected a value, but instead reached end of data", "Cần một giá trị, nhưng tệp đã hết"),
        Entry("Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed", "The file ends inside an object or array that is not closed", "Tệp kết thúc khi còn đối tượng hoặc danh sách chưa đóng"),
        Entry("The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true", "The file has no JSON value", "Tệp không có giá trị JSON nào"),
        Entry("The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options", "A comma before ']' is not allowed", "Không được có dấu phẩy trước ']'"),
        Entry("The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options", "A comma before '}' is not allowed", "Không được có dấu phẩy trước '}'"),
        Entry("The maximum configured depth of {0} has been exceeded. Cannot read next JSON array", "Objects and arrays are nested deeper than {0} levels", "Đối tượng và mảng lồng nhau sâu quá {0} cấp"),
        Entry("The maximum configured depth of {0} has been exceeded. Cannot read next JSON object", "Objects and arrays are nested deeper than {0} levels", "Đối tượng và mảng lồng nhau sâu quá {0} cấp"),
    ];

    /// <summary>Said when a message is none of the known ones: the library's words would be English in a Vietnamese message.</summary>
    public static DiagnosticArgument Unknown { get; } = new(
        "the file is not valid JSON here (a bracket, quote, comma or value is missing, extra or misspelt)",
        "tệp không phải JSON hợp lệ tại đây (thiếu, thừa hoặc viết sai dấu ngoặc, dấu nháy, dấu phẩy hoặc giá trị)");

    /// <summary>The words for a reader's or serializer's exception: its message without the line, path and last full stop.</summary>
    public static DiagnosticArgument Describe(System.Text.Json.JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return Describe(message.Trim().TrimEnd('.', ' ', '|'));
    }

    /// <summary>The words for a System.Text.Json message from which the line, path and last full stop are already cut.</summary>
    public static DiagnosticArgument Describe(string message)
    {
        foreach (var (pattern, en, vi) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var named = match.Groups.Count > 1 ? match.Groups[1].Value : string.Empty;

                // What the library names is a character or two, but for a bad literal it is the rest of the file.
                named = named.Length > 8 ? named[..1] + "…" : named;
                return new(en.Replace("{0}", named, StringComparison.Ordinal), vi.Replace("{0}", named, StringComparison.Ordinal));
            }
        }

        return Unknown;
    }

    private static (Regex, string, string) Entry(string library, string en, string vi) =>
        (new Regex("^" + Regex.Escape(library).Replace(@"\{0}", "(.+?)", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), en, vi);
}
