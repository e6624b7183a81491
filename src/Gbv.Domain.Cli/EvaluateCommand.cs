using System.CommandLine;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using NodaTime.Text;
using Spectre.Console;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv evaluate &lt;plan&gt; --as-of &lt;date&gt; [--cases] [--reported] [--submissions] [--completions] [--units]</c>: evaluates a
/// plan on data files and prints the compliance report. Diagnostics go to stderr, the report to stdout or <c>--out</c>.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan");
        var asOf = new Option<string>("--as-of") { HelpName = "yyyy-MM-dd", Required = true };
        var cases = new Option<string?>("--cases") { HelpName = "file.csv" };
        var reported = new Option<string?>("--reported") { HelpName = "file.csv" };
        var submissions = new Option<string?>("--submissions") { HelpName = "file.csv" };
        var completions = new Option<string?>("--completions") { HelpName = "file.csv" };
        var units = new Option<string?>("--units") { HelpName = "file.csv" };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json", "html");
        var output = new Option<string?>("--out") { HelpName = "file" };
        var language = CliOptions.Language();
        var maxErrors = new Option<int>("--max-errors") { HelpName = "N", DefaultValueFactory = _ => 100 }.AtLeast(0, "AtLeast.MaxErrors");
        var showValues = new Option<bool>("--show-values");
        var smallCounts = new Option<int>("--small-counts") { HelpName = "N", DefaultValueFactory = _ => 5 }.AtLeast(0, "AtLeast.SmallCounts");

        var command = new Command("evaluate")
        {
            plan, asOf, cases, reported, submissions, completions, units, format, output, language, maxErrors, smallCounts, showValues,
        };
        command.SetAction(parsed => Execute(
            new Options(parsed.GetValue(plan)!, parsed.GetValue(asOf)!, parsed.GetValue(cases), parsed.GetValue(reported), parsed.GetValue(submissions),
                parsed.GetValue(completions), parsed.GetValue(units), parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(language)!,
                parsed.GetValue(maxErrors), parsed.GetValue(smallCounts)) { Interactive = ReferenceEquals(stdout is TerminalText t ? t.Inner : stdout, Console.Out), ShowCaseValues = parsed.GetValue(showValues) },
            stdout,
            stderr));
        return command;
    }

    internal static int Execute(Options o, TextWriter stdout, TextWriter stderr)
    {
        if (LocalDatePattern.Iso.Parse(o.AsOf) is not { Success: true } date)
        {
            Refusal.Write(stderr, o.Language, "Evaluate.AsOfNotADate", o.AsOf);
            return ExitCodes.CouldNotRun;
        }

        if (!CliOptions.IsPlanDate(date.Value, "--as-of", o.AsOf, stderr, o.Language))
        {
            return ExitCodes.CouldNotRun;
        }

        foreach (var file in new[] { o.Plan, o.Cases, o.Reported, o.Submissions, o.Completions, o.Units }.OfType<string>())
        {
            if (!File.Exists(file))
            {
                Refusal.Write(stderr, o.Language, "File.NoSuchFile", file);
                return ExitCodes.CouldNotRun;
            }
        }

        if (o.Out is { } target && !CliOptions.CanWriteFile("--out", target, [o.Plan, o.Cases, o.Reported, o.Submissions, o.Completions, o.Units], stderr, o.Language))
        {
            return ExitCodes.CouldNotRun;
        }

        // Compiled for the parts reader's row; for a CaseRecord only when the file is read the ordinary way. The two
        // have the same fields (CaseFields.Standard), so their diagnostics are the same and printed once.
        var loaded = PlanLoader.LoadFile(o.Plan);
        var compiled = loaded.Plan is { } source
            ? ComplianceEngine.Compile(source, CaseRow.Map, CaseRow.ReportedYear)
            : new CompiledPlanResult<CaseRow>(null, []);
        foreach (var diagnostic in loaded.Diagnostics.Concat(compiled.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(diagnostic.ToString(o.Language));
        }

        if (compiled.CompiledPlan is not { } plan)
        {
            return ExitCodes.Errors;
        }

        // A progress bar only for a person at a terminal, on stderr: stdout stays the report, machine-readable.
        var interactive = o.Interactive && !Console.IsErrorRedirected && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 };
        ProgressTask? task = null;
        var files = new DataFiles(o.MaxErrors) { Progress = share => task?.Value(share * 100), ShowCaseValues = o.ShowCaseValues, IdFilterBlockBits = o.IdFilterBlockBits };
        ComplianceReport report;
        try
        {
            var end = plan.EndOfDay(date.Value);
            if (interactive && o.Cases is not null)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                report = console.Progress().Start(context =>
                {
                    task = context.AddTask(Path.GetFileName(o.Cases));
                    var result = Run(plan, o, end, ref files);
                    task.Value(100);
                    return result;
                });
            }
            else
            {
                report = Run(plan, o, end, ref files);
            }
        }
        catch (TooManyErrorsException)
        {
            Print(files.Problems, o.Language, stderr);
            return ExitCodes.Errors;
        }

        // A row that could not be read is a problem of the data as much as a figure the plan does not know: the report
        // an officer files lists both, first the files' in their order, so "Problems in the data" never reads "none".
        report = report with { Problems = [.. files.Problems, .. report.Problems] };
        Print(report.Problems, o.Language, stderr);
        var text = o.Format switch
        {
            "json" => ComplianceReportJson.Write(report),
            "html" => ComplianceReportHtml.Render(report, o.Language, Small(o.SmallCounts)),
            _ => ComplianceReportMarkdown.Render(report, o.Language, Small(o.SmallCounts)),
        };
        if (o.Out is { } path)
        {
            CliOptions.WriteFileAtomically(path, text);
        }
        else
        {
            stdout.Write(text);
        }

        return report.Problems.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Valid;
    }

    /// <summary>
    /// Reads the data and evaluates: a plain CSV cases file in parts on every core (<see cref="CaseCsvParts"/>), and
    /// when that reader declines the file, everything again the ordinary way, so that what is reported never depends on
    /// which reader ran.
    /// </summary>
    private static ComplianceReport Run(CompiledPlan<CaseRow> plan, Options o, NodaTime.Instant end, ref DataFiles files)
    {
        if (o.Cases is null)
        {
            return plan.Evaluate(Data<CaseRow>(o, files, []), end);
        }

        if (o.PartSize > 0 && !o.Cases.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            && CaseCsvParts.TryOpen(o.Cases, files, !o.ShowCaseValues, files.Progress, o.PartSize) is { } parts)
        {
            using (parts)
            {
                try
                {
                    return plan.Evaluate(Data(o, files, parts.Partitions), end);
                }
                catch (CaseCsvParts.FallBack)
                {
                    files = new DataFiles(o.MaxErrors) { Progress = files.Progress, ShowCaseValues = o.ShowCaseValues, IdFilterBlockBits = o.IdFilterBlockBits };
                }
            }
        }

        var records = ComplianceEngine.Compile(plan.Plan, CaseFields.Map, CaseFields.ReportedYear).CompiledPlan!;
        return records.Evaluate(Data(o, files, files.Cases(o.Cases)), end);
    }

    private static ComplianceData<T> Data<T>(Options o, DataFiles files, IEnumerable<T> cases) => new()
    {
        Cases = cases,
        ReportedValues = o.Reported is null ? [] : files.Reported(o.Reported),
        Submissions = o.Submissions is null ? [] : files.Submissions(o.Submissions),
        TaskCompletions = o.Completions is null ? [] : files.Completions(o.Completions),
        ReportingUnits = o.Units is null ? new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>>() : files.Units(o.Units),
        UnitNames = o.Units is null ? new Dictionary<string, LocalizedText>() : files.UnitNames(o.Units),
    };

    // The option's 0 ("hides nothing", as docs/cli.md says) is SmallCounts.None, whose least count shown is 1.
    private static SmallCounts Small(int threshold) => threshold <= 0 ? SmallCounts.None : new SmallCounts(threshold);

    private static void Print(IEnumerable<Diagnostic> diagnostics, string language, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString(language));
        }
    }

    internal sealed record Options(
        string Plan, string AsOf, string? Cases, string? Reported, string? Submissions, string? Completions, string? Units,
        string Format, string? Out, string Language, int MaxErrors, int SmallCounts)
    {
        /// <summary>Whether the command runs on the process's own console (not in a test's captured writers).</summary>
        public bool Interactive { get; init; }

        /// <summary>Whether diagnostics may quote the bad values of case fields (<c>--show-values</c>).</summary>
        public bool ShowCaseValues { get; init; }

        /// <summary>About how many bytes of a CSV cases file each thread reads at a time; 0 for the ordinary reader only (tests compare the two).</summary>
        public long PartSize { get; init; } = 4 << 20;

        /// <summary>The case id filter's size, as 2 to this power blocks of 64 bytes (tests make it tiny, so that every id is a candidate).</summary>
        public int IdFilterBlockBits { get; init; } = CaseIdFilter.DefaultBlockBits;
    }
}
