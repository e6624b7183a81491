using System.Text.RegularExpressions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// What a JSON syntax error (GBV1003) says, in English and in Vietnamese. System.Text.Json words its errors in English
/// only, and some of them in its own terms ("Change the reader options", "isFinalBlock", "JSON payload"): each known
/// message is given the tool's words in both languages (<c>ReadingWords.resx</c>, <c>Json.*</c>); the character it
/// names is kept. A bad literal (<c>tru</c>, <c>nul</c>) made the library quote everything from there to the end of the
/// file, up to 16 MiB in one message: it is never quoted. The English is the library's sentence where that reads well to a plan author.
/// </summary>
internal static class JsonSyntaxWords
{
    private const string Digit = "('0'-'9')";

    // The library's message (its last full stop removed) with {0} for the character, then the key of the tool's words
    // (ReadingWords.resx, Json.*; {0} there is the character too). The library's messages are English input, read, not written.
    private static readonly System.Collections.Immutable.ImmutableArray<(Regex Pattern, string En, string Vi)> Known =
    [
        Entry("'{0}' is an invalid start of a value", "InvalidStart"),
        Entry("'{0}' is invalid after a value. Expected either ',', '}', or ']'", "AfterValue"),
        Entry("'{0}' is invalid after a property name. Expected a ':'", "AfterPropertyName"),
        Entry("'{0}' is invalid following a property name", "AfterPropertyName"),
        Entry("'{0}' is an invalid start of a property name. Expected a '\"'", "PropertyNameStart"),
        Entry("'{0}' is an invalid start of a property name or value, after a comment", "AfterComment"),
        Entry("'{0}' is invalid after a single JSON value. Expected end of data", "AfterSingleValue"),
        Entry("'{0}' is an invalid end of a number. Expected a delimiter", "NumberEnd"),
        Entry("'{0}' is an invalid end of a number. Expected 'E' or 'e'", "NumberEndExponent"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'true'", "LiteralTrue"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'false'", "LiteralFalse"),
        Entry("'{0}' is an invalid JSON literal. Expected the literal 'null'", "LiteralNull"),
        Entry("'{0}' is invalid within a number, immediately after a decimal point ('.'). Expected a digit " + Digit, "AfterDecimalPoint"),
        Entry("'{0}' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit " + Digit, "AfterSign"),
        Entry("'{0}' is invalid within a number, immediately after an exponent character ('e' or 'E'). Expected a digit " + Digit, "AfterExponent"),
        Entry("Expected a digit " + Digit + ", but instead reached end of data", "DigitAtEnd"),
        Entry("Invalid leading zero before '{0}'", "LeadingZero"),
        Entry("'{0}' is invalid within a JSON string. The string should be correctly escaped", "StringControl"),
        Entry("'{0}' is an invalid escapable character within a JSON string. The string should be correctly escaped", "StringEscape"),
        Entry("'{0}' is not a hex digit following '\\u' within a JSON string. The string should be correctly escaped", "StringHex"),
        Entry("'{0}' is invalid without a matching open", "NoMatchingOpen"),
        Entry("'{0}' is invalid after '/' at the beginning of the comment. Expected either '/' or '*'", "CommentStart"),
        Entry("Expected end of string, but instead reached end of data", "StringAtEnd"),
        Entry("Expected end of comment, but instead reached end of data", "CommentAtEnd"),
        Entry("Expected start of a property name or value, but instead reached end of data", "PropertyOrValueAtEnd"),
        Entry("Expected a value, but instead reached end of data", "ValueAtEnd"),
        Entry("Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed", "OpenAtEnd"),
        Entry("The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true", "NoValue"),
        Entry("The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options", "ArrayTrailingComma"),
        Entry("The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options", "ObjectTrailingComma"),
        Entry("The maximum configured depth of {0} has been exceeded. Cannot read next JSON array", "TooDeep"),
        Entry("The maximum configured depth of {0} has been exceeded. Cannot read next JSON object", "TooDeep"),
    ];

    /// <summary>Said when a message is none of the known ones: the library's words would be English in a Vietnamese message.</summary>
    public static DiagnosticArgument Unknown { get; } = ReadingWords.Set.Argument("Json.Unknown");

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

    // The library's message, and the key of the tool's words in ReadingWords.resx (Json.*).
    private static (Regex, string, string) Entry(string library, string key) =>
        (new Regex("^" + Regex.Escape(library).Replace(@"\{0}", "(.+?)", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), ReadingWords.Get("Json." + key, vi: false), ReadingWords.Get("Json." + key, vi: true));
}
