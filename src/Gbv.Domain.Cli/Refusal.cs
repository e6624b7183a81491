using System.Text.RegularExpressions;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary>
/// The one-line messages of a command that cannot run (exit 2), in the language asked for. They were English only,
/// even under <c>--lang vi</c>, the default: each is a key of <see cref="CliWords"/>, with its two languages there.
/// </summary>
internal static class Refusal
{
    // Separates the two wordings inside one parser error, which System.CommandLine carries as a single string.
    private const char Between = '\u001F';

    /// <summary>Writes "gbv: " and the message under <paramref name="key"/> in <paramref name="language"/> as one line.</summary>
    public static void Write(TextWriter stderr, string language, string key, params object?[] args) =>
        stderr.WriteLine("gbv: " + CliWords.Format(key, IsVietnamese(language), args));

    /// <summary>Both wordings of a message as one parser error message; <see cref="ParseError"/> takes them apart.</summary>
    public static string Both(string key, params object?[] args) => Both(vi => CliWords.Format(key, vi, args));

    /// <summary>A message written in each language by <paramref name="text"/> (given true for Vietnamese), as one parser error message.</summary>
    public static string Both(Func<bool, string> text) => text(false) + Between + text(true);

    // The tool's languages are "vi" and "en"; what is not English is the default, Vietnamese.
    private static bool IsVietnamese(string language) => !Gbv.Domain.Localization.Languages.IsEnglish(language);

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
            return IsVietnamese(language) ? both[1] : both[0];
        }

        var line = OneLine(message);
        foreach (var (pattern, key) in Library)
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return Fill(key, match, IsVietnamese(language));
            }
        }

        // A message of the library this table does not know: as the library wrote it in English, a general line in Vietnamese.
        return IsVietnamese(language) ? CliWords.Get("Parse.NotUnderstood", vi: true) : line;
    }

    /// <summary>"Run 'gbv --help' for usage."</summary>
    public static string Usage(string language) => CliWords.Get("Usage", IsVietnamese(language));

    /// <summary>What is said when the tool itself fails.</summary>
    public static string InternalError(string language) => CliWords.Get("InternalError", IsVietnamese(language));

    // System.CommandLine 2.0's messages (English only), each with the key of the tool's wording in both languages:
    // {0}, {1} are the library's, {2} the kind of value an option takes. A list on several lines is put on one.
    private static readonly System.Collections.Immutable.ImmutableArray<(Regex Pattern, string Key)> Library =
    [
        Entry("^Unrecognized command or argument '(.*)'\\.?$", "Parse.Unrecognized"),
        Entry("^Required argument missing for command: '(.*)'\\.?$", "Parse.CommandArgumentMissing"),
        Entry("^Required argument missing for option: '(.*)'\\.?$", "Parse.OptionArgumentMissing"),
        Entry("^Option '(.*)' is required\\.?$", "Parse.OptionRequired"),
        Entry("^Option '(.*)' expects a single argument but (\\d+) were provided\\.?$", "Parse.OptionOneValue"),
        Entry("^Command '(.*)' expects a single argument but (\\d+) were provided\\.?$", "Parse.CommandOneValue"),
        Entry("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\\.?.*$", "Parse.OptionType"),
        Entry("^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\\.?.*$", "Parse.CommandType"),
        Entry("^Argument '(.*)' not recognized\\. Must be one of: ?(.*)$", "Parse.NotAmong"),
        Entry("^Required command was not provided\\.?$", "Parse.NoCommand"),
        Entry("^'(.*)' was not matched\\. Did you mean one of the following\\? ?(.*)$", "Parse.NotMatched"),
    ];

    private static (Regex, string) Entry(string pattern, string key) =>
        (new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), key);

    // The library's parts in order as {0}, {1}; for a type error ("as expected type 'Int32'") the kind of value in words as {2}.
    private static string Fill(string key, Match match, bool vi)
    {
        var parts = Enumerable.Range(1, match.Groups.Count - 1).Select(i => (object?)match.Groups[i].Value).ToList();
        if (key is "Parse.OptionType" or "Parse.CommandType")
        {
            var whole = match.Groups[^1].Value.Contains("Int", StringComparison.Ordinal);
            parts = [parts[0], parts[1], CliWords.Get(whole ? "Parse.WholeNumber" : "Parse.AnyValue", vi)];
        }

        return CliWords.Format(key, vi, [.. parts]);
    }

    // The library lists choices on lines of their own ("Must be one of:\n\t'text'\n\t'json'"): one line, comma-separated.
    private static string OneLine(string message)
    {
        var parts = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? message.Trim() : parts[0] + " " + string.Join(", ", parts[1..]);
    }
}
