using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Referrals;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv refer &lt;plan&gt; --case &lt;json file&gt; [--as-of instant] [--override reason]</c>: where one anonymised case must be
/// referred under the package's default rules and the plan's, each decision explained.
/// </summary>
internal static class ReferCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file." };
        var file = new Option<string>("--case") { HelpName = "file.json", Description = "The case as JSON: {\"age\": 14, \"violence\": [\"sexual\"], \"risk\": \"high\", \"consent\": false, \"incidentAt\": \"...\", \"reportedAt\": \"...\"}.", Required = true };
        var asOf = new Option<string?>("--as-of") { HelpName = "date-time", Description = "When the decision is made (2024-05-01T10:00:00+07:00); default: the case's report time." };
        var reason = new Option<string?>("--override") { HelpName = "threat-to-life|child-at-risk", Description = "A reason to refer without consent where a rule allows it: threat-to-life or child-at-risk." };
        var redact = new Option<bool>("--redact") { Description = "Leave the case's values out of the explanation (\"age = [hidden]\"), for a log or a shared screen." };
        var showValues = new Option<bool>("--show-values") { Description = "Quote the case's bad values in diagnostics (they are left out by default: they are a survivor's data)." };
        var command = new Command("refer", "Decide where a case must be referred, how urgently, by when and with whose consent.") { plan, file, asOf, reason, redact, showValues };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(file)!, parsed.GetValue(asOf), parsed.GetValue(reason), stdout, stderr,
            new Privacy(parsed.GetValue(redact), parsed.GetValue(showValues))));
        return command;
    }

    internal static int Execute(string planPath, string casePath, string? asOfText, string? reasonText, TextWriter stdout, TextWriter stderr, Privacy privacy = default)
    {
        if (!File.Exists(casePath))
        {
            stderr.WriteLine($"gbv: {casePath}: no such file");
            return ExitCodes.CouldNotRun;
        }

        ConsentOverrideReason? reason = null;
        if (reasonText is not null)
        {
            if (!Keywords<ConsentOverrideReason>.TryParse(reasonText, out var parsed))
            {
                stderr.WriteLine($"gbv: --override \"{reasonText}\" is not one of: {string.Join(", ", Keywords<ConsentOverrideReason>.Names)}");
                return ExitCodes.CouldNotRun;
            }

            reason = parsed;
        }

        var compiled = ComplianceEngine.LoadFile(planPath);
        if (compiled.CompiledPlan is not { } plan)
        {
            foreach (var d in compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                stderr.WriteLine(d);
            }

            return ExitCodes.Errors;
        }

        var problems = new List<Diagnostic>();
        var record = Read(casePath, problems, privacy.ShowValues);
        if (record is null)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }

            return ExitCodes.Errors;
        }

        Instant? asOf = asOfText is null ? record.ReportedAt : CaseJson.Parse(asOfText);
        if (asOf is not { } moment)
        {
            stderr.WriteLine(asOfText is null
                ? "gbv: the case has no \"reportedAt\": give --as-of"
                : $"gbv: --as-of \"{asOfText}\" is not a point in time such as 2024-05-01T10:00:00+07:00");
            return ExitCodes.CouldNotRun;
        }

        var day = moment.InUtc().Date;
        if (!CliOptions.IsPlanDate(day, asOfText is null ? "reportedAt" : "--as-of", asOfText ?? NodaTime.Text.InstantPattern.ExtendedIso.Format(moment), stderr))
        {
            return ExitCodes.CouldNotRun;
        }

        var decisions = plan.Referrals.Decide(record, moment, reason);
        if (decisions.IsEmpty)
        {
            stdout.WriteLine("No rule calls for a referral.");
        }

        foreach (var decision in decisions)
        {
            stdout.WriteLine((privacy.Redact ? decision.Redacted() : decision).Explain());
        }

        return ExitCodes.Valid;
    }

    private static CaseRecord? Read(string path, List<Diagnostic> problems, bool showValues)
    {
        JsonDocument document;
        var bytes = File.ReadAllBytes(path);
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            // Never the parser's message: it quotes the case's text, which --redact and the default promise not to show.
            problems.Add(CaseJson.SyntaxError(path, (int)(ex.LineNumber ?? 0) + 1, ex, ("the case cannot be read", "không đọc được hồ sơ")));
            return null;
        }

        using (document)
        {
            var lines = CaseJson.PropertyLines(bytes);
            return CaseJson.Parse(document.RootElement, path, name => lines.GetValueOrDefault(name, (1, 1)), problems, showValues);
        }
    }

    /// <summary>What of the case may be shown: values in the explanation (unless redacted) and in diagnostics (if asked).</summary>
    internal readonly record struct Privacy(bool Redact, bool ShowValues);
}
