using System.CommandLine;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli.Localization;

/// <summary>
/// The help text of every command, argument and option, from CliWords in the language the run asks for: the key is
/// <c>Help.&lt;command&gt;</c>, <c>Help.&lt;command&gt;.&lt;option or argument&gt;</c>, or for what several commands share
/// <c>Help.&lt;option or argument&gt;</c> (<c>Help.--lang</c>, <c>Help.plan</c>); the root command is <c>gbv</c>.
/// System.CommandLine has no Vietnamese of its own and does not let its help be rebuilt, so its few words (the
/// headings, <c>--help</c> and <c>--version</c>, <c>[default: ...]</c>, <c>(REQUIRED)</c>) are put into the language
/// after it writes (<see cref="Translate"/>), from the <c>HelpText.*</c> words.
/// </summary>
internal static class CliHelp
{
    /// <summary>Sets the descriptions of <paramref name="root"/> and everything under it in the language.</summary>
    public static void Describe(RootCommand root, string language)
    {
        var vi = !Gbv.Domain.Localization.Languages.IsEnglish(language);
        Describe(root, "gbv", vi);
        foreach (var command in root.Subcommands)
        {
            Describe(command, command.Name, vi);
        }
    }

    /// <summary>
    /// System.CommandLine's help put into the language: a heading only where it is a whole line, its other words where
    /// they stand. "(REQUIRED)" and "(BẮT BUỘC)" are the same length, so the columns stay aligned.
    /// </summary>
    public static string Translate(string help, bool vi)
    {
        if (!vi)
        {
            return help;
        }

        var lines = help.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var heading in Headings)
            {
                if (lines[i] == CliWords.Get(heading, vi: false))
                {
                    lines[i] = CliWords.Get(heading, vi: true);
                }
            }

            foreach (var phrase in Phrases)
            {
                lines[i] = lines[i].Replace(CliWords.Get(phrase, vi: false), CliWords.Get(phrase, vi: true), StringComparison.Ordinal);
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static readonly string[] Headings = ["HelpText.Description", "HelpText.Usage", "HelpText.Arguments", "HelpText.Options", "HelpText.Commands"];

    private static readonly string[] Phrases = ["HelpText.Help", "HelpText.Version", "HelpText.Default", "HelpText.Required", "HelpText.Command", "HelpText.OptionsPlaceholder"];

    /// <summary>The key of each symbol the tool declares, for the test that every one has its words.</summary>
    internal static IEnumerable<(Symbol Symbol, string? Key)> Keys(RootCommand root) =>
        new[] { (Symbol)root }.Select(s => (s, (string?)"Help.gbv"))
            .Concat(root.Subcommands.SelectMany(c => new[] { ((Symbol)c, (string?)$"Help.{c.Name}") }
                .Concat(Parts(c).Select(p => ((Symbol)p, Key(c.Name, p.Name))))));

    private static void Describe(Command command, string name, bool vi)
    {
        command.Description = CliWords.Get("Help." + name, vi);
        foreach (var part in Parts(command))
        {
            if (Key(name, part.Name) is { } key)
            {
                // evaluate's "--cases" lists the columns, which are the package's, written in no language; other texts
                // are used as they are (--case shows a JSON object, braces and all).
                part.Description = key == CasesKey ? CliWords.Format(key, vi, string.Join(", ", Cases.CaseField.All.Select(f => f.Csv))) : CliWords.Get(key, vi);
            }
        }
    }

    private const string CasesKey = "Help.evaluate.--cases";

    private static IEnumerable<Symbol> Parts(Command command) =>
        command.Arguments.Cast<Symbol>().Concat(command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption));

    private static string? Key(string command, string part) =>
        CliWords.Find($"Help.{command}.{part}") is not null ? $"Help.{command}.{part}" : CliWords.Find("Help." + part) is not null ? "Help." + part : null;
}
