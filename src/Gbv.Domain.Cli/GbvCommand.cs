using System.CommandLine;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary>The <c>gbv</c> command line. Output goes to the writers given, so that tests run it in process.</summary>
internal static class GbvCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Everything printed passes through one filter, so no command can forget it: data never drives the terminal.
        stdout = new TerminalText(stdout);
        stderr = new TerminalText(stderr);
        var root = new RootCommand()
        {
            ValidateCommand.Create(stdout, stderr),
            EvaluateCommand.Create(stdout, stderr),
            GenerateCommand.Create(stdout, stderr),
            TargetsCommand.Create(stdout, stderr),
            CalendarCommand.Create(stdout, stderr),
            ReferCommand.Create(stdout, stderr),
            ConformanceCommand.Create(stdout, stderr),
            TestCommand.Create(stdout, stderr),
            ExtractCommand.Create(stdout, stderr),
        };

        // The language is read before parsing, so that the help and the parser's errors are in it too.
        var language = Refusal.LanguageOf(args);
        CliHelp.Describe(root, language);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"gbv: {Refusal.ParseError(error.Message, language)}");
            }

            stderr.WriteLine(Refusal.Usage(language));
            return ExitCodes.CouldNotRun;
        }

        try
        {
            if (parsed.Action is System.CommandLine.Help.HelpAction && !Gbv.Domain.Localization.Languages.IsEnglish(language))
            {
                // The library writes its help in English words; they are put into Vietnamese before anyone reads them.
                using var help = new StringWriter();
                var exit = parsed.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
                stdout.Write(CliHelp.Translate(help.ToString(), vi: true));
                return exit;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failure of the tool itself: say what happened in one line, never a stack trace.
            stderr.WriteLine(Refusal.InternalError(language));
            return ExitCodes.CouldNotRun;
        }
    }
}
