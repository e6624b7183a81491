using System.CommandLine;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv conformance &lt;child&gt; &lt;parent&gt;</c>: whether a plan's targets are at least as strict as its parent plan's.</summary>
internal static class ConformanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var child = new Argument<string>("child");
        var parent = new Argument<string>("parent");
        var language = CliOptions.Language();
        var command = new Command("conformance")
        {
            child, parent, language,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(child)!, parsed.GetValue(parent)!, stdout, stderr, parsed.GetValue(language)!));
        return command;
    }

    private static bool AfterPeriod(Plan child, Target target) => (child.Period.Vision ?? child.Period.To) is { } last && target.Horizon.Year > last;

    internal static int Execute(string childPath, string parentPath, TextWriter stdout, TextWriter stderr, string language = CliOptions.DefaultLanguage)
    {
        var child = PlanLoader.LoadFile(childPath);
        var parent = PlanLoader.LoadFile(parentPath);
        foreach (var d in child.Diagnostics.Concat(parent.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(d.ToString(language));
        }

        if (child.Plan is null || parent.Plan is null)
        {
            return ExitCodes.Errors;
        }

        var results = ConformanceChecker.Check(child.Plan, parent.Plan);
        if (results.IsEmpty)
        {
            stdout.WriteLine(CliWords.Format("Conformance.NoLink", language, child.Plan.Id, parent.Plan.Id));
        }

        foreach (var result in results)
        {
            stdout.WriteLine($"{Gbv.Domain.Localization.Words.Get("Verdict." + result.Verdict, Gbv.Domain.Localization.Languages.IsVietnamese(language))}: {result.Explain(language)}");
        }

        // A check that compared nothing is no pass: no link, a link to what the parent does not have, or only targets
        // that cannot be compared (units, directions) are exit 1 as a looser target is. Parent targets after the child's
        // period are listed, and do not fail the run when some target was compared.
        var compared = results.Count(r => r.Verdict != ConformanceVerdict.NotComparable);
        var broken = results.Any(r => r.Verdict == ConformanceVerdict.NotComparable && r.ParentTarget is null)
            || results.Any(r => r.Verdict == ConformanceVerdict.NotComparable && r.ParentTarget is { } t && !AfterPeriod(child.Plan, t));
        return results.Any(r => r.Verdict == ConformanceVerdict.Looser) || compared == 0 || broken ? ExitCodes.Errors : ExitCodes.Valid;
    }
}
