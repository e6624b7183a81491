using System.CommandLine;
using Gbv.Domain.Cli.Localization;

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
            HelpName = "vi|en",
            DefaultValueFactory = _ => DefaultLanguage,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? DefaultLanguage : result.Tokens[^1].Value;
                if (LanguageCode(text) is { } code)
                {
                    return code;
                }

                result.AddError(Refusal.Both("Option.NotALanguage", text));
                return DefaultLanguage;
            },
        };
        return option;
    }

    /// <summary><c>--format</c> with the formats given, the first being the default (its help text is each command's, in CliWords).</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The first and last day a command accepts: wide enough for any plan, far from NodaTime's limits.</summary>
    public static readonly NodaTime.LocalDate FirstDay = Cases.CaseTimes.FirstDay;

    /// <summary>The last day a command accepts (<see cref="FirstDay"/>).</summary>
    public static readonly NodaTime.LocalDate LastDay = Cases.CaseTimes.LastDay;

    /// <summary>
    /// Whether a date given on the command line is one a plan can be about. <c>--as-of 9999-12-31</c> parsed, and then
    /// the end of that day in the plan's time zone lay past the calendar's end: an internal error, not an answer.
    /// </summary>
    public static bool IsPlanDate(NodaTime.LocalDate date, string option, string text, TextWriter stderr, string language)
    {
        if (date >= FirstDay && date <= LastDay)
        {
            return true;
        }

        var (first, last) = (NodaTime.Text.LocalDatePattern.Iso.Format(FirstDay), NodaTime.Text.LocalDatePattern.Iso.Format(LastDay));
        Refusal.Write(stderr, language, "Option.OutsidePlanDays", option, text, first, last);
        return false;
    }

    /// <summary>
    /// Refuses, at parsing (exit 2), a whole-number option below <paramref name="minimum"/>: <c>--max-errors -1</c> is
    /// no limit anyone means, and reading it as one would hide what the user typed. <paramref name="meaning"/> is the
    /// key of what the number means in <see cref="CliWords"/>.
    /// </summary>
    public static T AtLeast<T>(this T option, long minimum, string meaning)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            // From the text typed: a value that is no number at all is the parser's to report (reading it here threw).
            if (result.Tokens.Count > 0 && long.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) && number < minimum)
            {
                var given = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.AddError(Refusal.Both(vi => CliWords.Format("Option.Below", vi, option.Name, given, CliWords.Get(meaning, vi))));
            }
        });
        return option;
    }

    /// <summary>
    /// Checks that a file can be written at <paramref name="path"/> before the command does any work: its folder must
    /// exist (the tool never creates folders for a file it writes) and it must not be a folder itself.
    /// </summary>
    /// <returns>True when the path can be written; otherwise false, after saying why on <paramref name="stderr"/>.</returns>
    public static bool CanWriteFile(string option, string path, TextWriter stderr, string language)
    {
        if (Directory.Exists(path))
        {
            Refusal.Write(stderr, language, "Option.IsAFolder", option, path);
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            Refusal.Write(stderr, language, "Option.NoFolder", option, path, folder);
            return false;
        }

        return true;
    }

    /// <summary>
    /// <see cref="CanWriteFile"/>, and also refuses an output that is one of the command's inputs: the same file by
    /// another path, through a symbolic link, or a hard link. A run must never replace what it reads.
    /// </summary>
    public static bool CanWriteFile(string option, string path, IEnumerable<string?> inputs, TextWriter stderr, string language)
    {
        if (!CanWriteFile(option, path, stderr, language))
        {
            return false;
        }

        foreach (var input in inputs.OfType<string>())
        {
            if (SameFile(path, input))
            {
                Refusal.Write(stderr, language, "Option.IsAnInput", option, path, input);
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two paths name one existing file, after resolving every symbolic link on the way.</summary>
    public static bool SameFile(string a, string b) =>
        File.Exists(a) && File.Exists(b)
        && string.Equals(RealPath(a), RealPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes a file whole or not at all: to a temporary file in the target's folder, then moved into place, so that a
    /// failed run never leaves a half-written file, and a reader of the old file never sees a partial new one.
    /// </summary>
    public static void WriteFileAtomically(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            File.WriteAllText(temporary, contents, new System.Text.UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // The path with every link resolved, folder by folder from the root, then the file itself (as realpath(3) does).
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var segments = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var hops = 0; hops < 40 && segments.Length > 0; hops++)
        {
            var resolvedAll = true;
            for (var i = 0; i < segments.Length; i++)
            {
                var next = Path.Combine(current, segments[i]);
                FileSystemInfo info = i == segments.Length - 1 && File.Exists(next) ? new FileInfo(next) : new DirectoryInfo(next);
                if (info.LinkTarget is { } target)
                {
                    // Start again from the link's target with the rest of the path after it.
                    var resolved = Path.GetFullPath(target, current);
                    full = Path.Combine([resolved, .. segments[(i + 1)..]]);
                    root = Path.GetPathRoot(full) ?? string.Empty;
                    current = root;
                    segments = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                    resolvedAll = false;
                    break;
                }

                current = next;
            }

            if (resolvedAll)
            {
                return current;
            }
        }

        return full;
    }

    internal static string? LanguageCode(string text)
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
