using System.CommandLine;
using System.Globalization;
using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv targets &lt;plan&gt; --denominator N</c>: the least count that meets each target of a plan for a denominator.</summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file." };
        var denominator = new Option<long>("--denominator") { Description = "The denominator: 37 victims detected, 14 wards.", Required = true };
        var language = new Option<string>("--lang") { Description = "vi or en.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("targets", "Print the least count that meets each of a plan's targets for a denominator (exact arithmetic).") { plan, denominator, language };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(denominator), parsed.GetValue(language)!, stdout, stderr));
        return command;
    }

    internal static int Execute(string path, long denominator, string language, TextWriter stdout, TextWriter stderr)
    {
        if (denominator < 1)
        {
            stderr.WriteLine("gbv: --denominator must be at least 1");
            return ExitCodes.CouldNotRun;
        }

        if (PlanFiles.LoadOrReport(path, language, stderr) is not { } plan)
        {
            return ExitCodes.Errors;
        }

        var vi = language == "vi";
        foreach (var indicator in plan.Indicators)
        {
            foreach (var target in indicator.Targets)
            {
                var threshold = target.Threshold;
                var upper = threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
                var count = upper ? TargetCalculator.MaximumCount(threshold, denominator) : TargetCalculator.MinimumCount(threshold, denominator);
                var words = $"{threshold.Describe(language)} {target.Horizon.Describe(language)}";
                // A count ("ít nhất 01 lần/năm") does not depend on the denominator.
                var of = threshold.Unit == ThresholdUnit.Count && threshold.Comparison != Comparison.All
                    ? string.Empty
                    : (vi ? " trên " : " of ") + denominator.ToString(CultureInfo.InvariantCulture);
                var answer = count is not { } c
                    ? (vi ? "không số nào đạt được" : "no count can meet it")
                    : upper
                        ? (vi ? $"tối đa {c}{of}" : $"at most {c}{of}")
                        : (vi ? $"cần ít nhất {c}{of}" : $"needs at least {c}{of}");
                stdout.WriteLine($"{indicator.Key} ({words}): {answer}");
            }
        }

        return ExitCodes.Valid;
    }
}
