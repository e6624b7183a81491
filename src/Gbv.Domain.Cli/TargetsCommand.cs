using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gbv.Domain.Indicators;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv targets &lt;plan&gt; --denominator N</c>: the least count that meets each target of a plan for a denominator.</summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan");
        var denominator = new Option<long>("--denominator") { HelpName = "N", Required = true }.AtLeast(1, "AtLeast.Denominator");
        var language = CliOptions.Language();
        var format = CliOptions.Format("text", "json");
        var command = new Command("targets")
        {
            plan, denominator, language, format,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(denominator), parsed.GetValue(language)!, stdout, stderr, parsed.GetValue(format)!));
        return command;
    }

    internal static int Execute(string path, long denominator, string language, TextWriter stdout, TextWriter stderr, string format = "text")
    {
        if (denominator < 1)
        {
            Refusal.Write(stderr, language, "Targets.DenominatorBelowOne");
            return ExitCodes.CouldNotRun;
        }

        if (PlanFiles.LoadOrReport(path, language, stderr) is not { } plan)
        {
            return ExitCodes.Errors;
        }

        var vi = Gbv.Domain.Localization.Languages.IsVietnamese(language);
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("plan", plan.Id);
        json.WriteNumber("denominator", denominator);
        json.WriteStartArray("targets");
        foreach (var indicator in plan.Indicators)
        {
            foreach (var target in indicator.Targets)
            {
                var threshold = target.Threshold;
                var upper = threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
                var count = upper ? TargetCalculator.MaximumCount(threshold, denominator) : TargetCalculator.MinimumCount(threshold, denominator);
                var words = $"{threshold.Describe(language)} {target.Horizon.Describe(language)}";
                if (format == "json")
                {
                    WriteTarget(json, indicator.Key, target, upper, count, words);
                    continue;
                }

                // A count ("ít nhất 01 lần/năm") does not depend on the denominator.
                // "at most 69 against 41": an upper bound is compared with the denominator, it is not a part of it.
                var alone = threshold.Unit == ThresholdUnit.Count && threshold.Comparison != Comparison.All;
                var answer = count is not { } c
                    ? CliWords.Get("Targets.None", vi)
                    : CliWords.Format(upper ? "Targets.AtMost" : "Targets.AtLeast", vi, alone
                        ? c.ToString(CultureInfo.InvariantCulture)
                        : CliWords.Format(upper ? "Targets.Against" : "Targets.Of", vi, c.ToString(CultureInfo.InvariantCulture), denominator.ToString(CultureInfo.InvariantCulture)));
                // In Vietnamese the indicator by the plan's title; the JSON keeps the key.
                stdout.WriteLine($"{(vi ? indicator.Title.Vi : indicator.Key)} ({words}): {answer}");
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        if (format == "json")
        {
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return ExitCodes.Valid;
    }

    // One target as data: the threshold as the plan states it and the count it asks for; "count" is null when no
    // count can meet it, and "bound" says whether the count is the least that meets it or the most it allows.
    private static void WriteTarget(Utf8JsonWriter json, string indicator, Target target, bool upper, long? count, string words)
    {
        json.WriteStartObject();
        json.WriteString("indicator", indicator);
        json.WriteString("horizon", Keywords<HorizonKind>.Name(target.Horizon.Kind));
        json.WriteNumber("year", target.Horizon.Year);
        json.WriteString("comparison", Keywords<Comparison>.Name(target.Threshold.Comparison));
        json.WriteNumber("value", target.Threshold.Value);
        json.WriteString("unit", Keywords<ThresholdUnit>.Name(target.Threshold.Unit));
        json.WriteString("bound", upper ? "most-allowed" : "least-needed");
        if (count is { } c)
        {
            json.WriteNumber("count", c);
        }
        else
        {
            json.WriteNull("count");
        }

        json.WriteString("text", words);
        json.WriteEndObject();
    }
}
