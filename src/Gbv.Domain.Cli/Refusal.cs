using System.Globalization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Cli;

/// <summary>
/// The one-line messages of a command that cannot run (exit 2), in the language asked for. They were English only,
/// even under <c>--lang vi</c>, the default: each is written here with its Vietnamese beside it.
/// </summary>
internal static class Refusal
{
    // Separates the two wordings inside one parser error, which System.CommandLine carries as a single string.
    private const char Between = '\u001F';

    /// <summary>Writes "gbv: " and the wording of <paramref name="language"/> as one line.</summary>
    public static void Write(TextWriter stderr, string language, string en, string vi) =>
        stderr.WriteLine("gbv: " + (language == "en" ? en : vi));

    /// <summary>Both wordings as one parser error message; <see cref="ParseError"/> takes them apart.</summary>
    public static string Both(string en, string vi) => en + Between + vi;

    /// <summary>
    /// The language a run asked for, read from its arguments before parsing (so that parse errors are in it too):
    /// the last <c>--lang</c> value that names a language, or the default.
    /// </summary>
    public static string LanguageOf(IReadOnlyList<string> args)
    {
        var language = CliOptions.DefaultLanguage;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is not null && CliOptions.LanguageCode(value) is { } code)
            {
                language = code;
            }
        }

        return language;
    }

    /// <summary>A parser error in the language asked for, on one line.</summary>
    public static string ParseError(string message, string language)
    {
        var both = message.Split(Between);
        if (both.Length == 2)
        {
            return language == "en" ? both[0] : both[1];
        }

        var line = OneLine(message);
        foreach (var (pattern, en, vi) in Library)
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return Fill(language == "en" ? en : vi, match, language);
            }
        }

        return language == "en" ? line : "không hiểu dòng lệnh này";
    }

    /// <summary>"Run 'gbv --help' for usage."</summary>
    public static string Usage(string language) => language == "en" ? "Run 'gbv --help' for usage." : "Chạy 'gbv --help' để xem cách dùng.";

    /// <summary>What is said when the tool itself fails.</summary>
    public static string InternalError(string language) => language == "en"
        ? "gbv: internal error: the tool failed on this input; please report it with the command that caused it"
        : "gbv: lỗi nội bộ: công cụ gặp lỗi với đầu vào này; hãy báo lỗi kèm theo lệnh đã gây ra nó";

    // System.CommandLine 2.0's messages (English only), each with the tool's wording in both languages: {0}, {1} are the
    // library's, {type} the kind of value an option takes. A list on several lines is put on one.
    private static readonly System.Collections.Immutable.ImmutableArray<(Regex Pattern, string En, string Vi)> Library =
    [
        Entry("^Unrecognized command or argument '(.*)'\\.?$", "Unrecognized command or argument '{0}'", "không hiểu lệnh hoặc đối số '{0}'"),
        Entry("^Required argument missing for command: '(.*)'\\.?$", "Required argument missing for command: '{0}'", "thiếu đối số bắt buộc của lệnh '{0}'"),
        Entry("^Required argument missing for option: '(.*)'\\.?$", "Required argument missing for option: '{0}'", "tùy chọn '{0}' cần một giá trị"),
        Entry("^Option '(.*)' is required\\.?$", "Option '{0}' is required", "cần có tùy chọn '{0}'"),
        Entry("^Option '(.*)' expects a single argument but (\\d+) were provided\\.?$", "Option '{0}' expects a single argument but {1} were provided", "tùy chọn '{0}' chỉ nhận một giá trị nhưng đã được cho {1}"),
        Entry("^Command '(.*)' expects a single argument but (\\d+) were provided\\.?$", "Command '{0}' expects a single argument but {1} were provided", "lệnh '{0}' chỉ nhận một đối số nhưng đã được cho {1}"),
        Entry("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\\.?.*$", "{1} \"{0}\" is not {type}", "{1} \"{0}\" không phải {type}"),
        Entry("^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\\.?.*$", "\"{0}\" is not {type}", "\"{0}\" không phải {type}"),
        Entry("^Argument '(.*)' not recognized\\. Must be one of: ?(.*)$", "'{0}' is not accepted here: use one of {1}", "không nhận '{0}' ở đây: hãy dùng một trong {1}"),
        Entry("^Required command was not provided\\.?$", "Give a command: validate, evaluate, generate, targets, calendar, refer, conformance, test or extract", "hãy cho một lệnh: validate, evaluate, generate, targets, calendar, refer, conformance, test hoặc extract"),
        Entry("^'(.*)' was not matched\\. Did you mean one of the following\\? ?(.*)$", "'{0}' was not matched; did you mean one of: {1}", "'{0}' không khớp; có phải ý bạn là một trong: {1}"),
    ];

    private static (Regex, string, string) Entry(string pattern, string en, string vi) =>
        (new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), en, vi);

    private static string Fill(string template, Match match, string language)
    {
        var text = template;
        for (var i = 1; i < match.Groups.Count; i++)
        {
            text = text.Replace("{" + (i - 1).ToString(CultureInfo.InvariantCulture) + "}", match.Groups[i].Value, StringComparison.Ordinal);
        }

        if (text.Contains("{type}", StringComparison.Ordinal))
        {
            var type = match.Groups[^1].Value;
            var whole = type.Contains("Int", StringComparison.Ordinal);
            text = text.Replace("{type}", language == "en" ? (whole ? "a whole number" : "a value of the kind this option takes") : (whole ? "số nguyên" : "giá trị đúng loại của tùy chọn này"), StringComparison.Ordinal);
        }

        return text;
    }

    // The library lists choices on lines of their own ("Must be one of:\n\t'text'\n\t'json'"): one line, comma-separated.
    private static string OneLine(string message)
    {
        var parts = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? message.Trim() : parts[0] + " " + string.Join(", ", parts[1..]);
    }
}
