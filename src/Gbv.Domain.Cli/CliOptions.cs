using System.CommandLine;

namespace Gbv.Domain.Cli;

/// <summary>
/// Options that several commands share, declared once so that each means the same everywhere: <c>--lang</c> with one
/// default for every command, <c>--format</c> with the formats a command writes, and output paths that are checked
/// before anything is computed.
/// </summary>
internal static class CliOptions
{
    /// <summary>The language every command prints in unless told otherwise (docs/cli.md).</summary>
    public const string DefaultLanguage = "vi";

    /// <summary>
    /// <c>--lang</c>: vi or en, or a culture name of either (vi-VN, en-GB); the value a command receives is "vi" or "en".
    /// </summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of what is printed: vi (the default) or en; culture names such as vi-VN or en-GB work too.",
            HelpName = "vi|en",
            DefaultValueFactory = _ => DefaultLanguage,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? DefaultLanguage : result.Tokens[^1].Value;
                if (LanguageCode(text) is { } code)
                {
                    return code;
                }

                result.AddError($"--lang \"{text}\" is not a language the tool writes: use vi or en (or a culture name such as vi-VN, en-GB)");
                return DefaultLanguage;
            },
        };
        return option;
    }

    /// <summary><c>--format</c> with the formats given, the first being the default.</summary>
    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>
    /// Checks that a file can be written at <paramref name="path"/> before the command does any work: its folder must
    /// exist (the tool never creates folders for a file it writes) and it must not be a folder itself.
    /// </summary>
    /// <returns>True when the path can be written; otherwise false, after saying why on <paramref name="stderr"/>.</returns>
    public static bool CanWriteFile(string option, string path, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"gbv: {option} {path}: is a folder; give the path of a file to write");
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            stderr.WriteLine($"gbv: {option} {path}: the folder {folder} does not exist; create it first or write elsewhere");
            return false;
        }

        return true;
    }

    private static string? LanguageCode(string text)
    {
        foreach (var code in new[] { "vi", "en" })
        {
            if (text.StartsWith(code, StringComparison.OrdinalIgnoreCase) && (text.Length == 2 || text[2] is '-' or '_'))
            {
                return code;
            }
        }

        return null;
    }
}
