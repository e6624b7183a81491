using System.CommandLine;
using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Referrals;
using NodaTime;
using NodaTime.Text;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv refer &lt;plan&gt; --case &lt;json file&gt; [--as-of instant] [--override reason]</c>: where one anonymised case must be
/// referred under the package's default rules and the plan's, each decision explained.
/// </summary>
internal static class ReferCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan");
        var file = new Option<string>("--case") { HelpName = "file.json", Required = true };
        var asOf = new Option<string?>("--as-of") { HelpName = "date-time" };
        var reason = new Option<string?>("--override") { HelpName = "threat-to-life|child-at-risk" };
        var redact = new Option<bool>("--redact");
        var showValues = new Option<bool>("--show-values");
        var format = CliOptions.Format("text", "json");
        var language = CliOptions.Language();
        var command = new Command("refer") { plan, file, asOf, reason, redact, showValues, format, language };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(file)!, parsed.GetValue(asOf), parsed.GetValue(reason), stdout, stderr,
            new Privacy(parsed.GetValue(redact), parsed.GetValue(showValues)), parsed.GetValue(format) ?? "text", parsed.GetValue(language) ?? CliOptions.DefaultLanguage));
        return command;
    }

    internal static int Execute(string planPath, string casePath, string? asOfText, string? reasonText, TextWriter stdout, TextWriter stderr, Privacy privacy = default,
        string format = "text", string language = CliOptions.DefaultLanguage)
    {
        if (!File.Exists(casePath))
        {
            Refusal.Write(stderr, language, "File.NoSuchFile", casePath);
            return ExitCodes.CouldNotRun;
        }

        ConsentOverrideReason? reason = null;
        if (reasonText is not null)
        {
            if (!Keywords<ConsentOverrideReason>.TryParse(reasonText, out var parsed))
            {
                var names = string.Join(", ", Keywords<ConsentOverrideReason>.Names);
                Refusal.Write(stderr, language, "Refer.NotAReason", reasonText, names);
                return ExitCodes.CouldNotRun;
            }

            reason = parsed;
        }

        var compiled = ComplianceEngine.LoadFile(planPath);
        if (compiled.CompiledPlan is not { } plan)
        {
            foreach (var d in compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                stderr.WriteLine(d.ToString(language));
            }

            return ExitCodes.Errors;
        }

        var problems = new List<Diagnostic>();
        var record = Read(casePath, problems, privacy.ShowValues);
        if (record is null)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem.ToString(language));
            }

            return ExitCodes.Errors;
        }

        Instant? asOf = asOfText is null ? record.ReportedAt : CaseTimes.Parse(asOfText);
        if (asOf is not { } moment)
        {
            if (asOfText is null)
            {
                Refusal.Write(stderr, language, "Refer.NoReportedAt");
            }
            else
            {
                Refusal.Write(stderr, language, "Refer.AsOfNotAnInstant", asOfText);
            }

            return ExitCodes.CouldNotRun;
        }

        var day = moment.InUtc().Date;
        if (!CliOptions.IsPlanDate(day, asOfText is null ? "reportedAt" : "--as-of", asOfText ?? NodaTime.Text.InstantPattern.ExtendedIso.Format(moment), stderr, language))
        {
            return ExitCodes.CouldNotRun;
        }

        var decisions = plan.Referrals.Decide(record, moment, reason).Select(d => privacy.Redact ? d.Redacted() : d).ToList();
        var vi = Gbv.Domain.Localization.Languages.IsVietnamese(language);
        if (format == "json")
        {
            WriteJson(plan.Plan.Id, moment, decisions, vi, stdout);
            return ExitCodes.Valid;
        }

        if (decisions.Count == 0)
        {
            stdout.WriteLine(CliWords.Get("Refer.NoReferral", vi));
        }

        foreach (var decision in decisions)
        {
            stdout.WriteLine(decision.Explain(language, plan.Schedule.Zone));
        }

        return ExitCodes.Valid;
    }

    // The decisions as data: instants in UTC (ISO 8601, "Z"), keywords as the plan format spells them, texts in the
    // language asked for; one object per service with one per intervention.
    private static void WriteJson(string planId, Instant asOf, List<ReferralDecision> decisions, bool vi, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("plan", planId);
            json.WriteString("asOf", InstantPattern.ExtendedIso.Format(asOf));
            json.WriteStartArray("decisions");
            foreach (var d in decisions)
            {
                json.WriteStartObject();
                json.WriteString("service", d.Service.Id);
                json.WriteString("name", vi ? d.Service.Name.Vi : d.Service.Name.En ?? d.Service.Name.Vi);
                if (d.Service.Phone is { } phone)
                {
                    json.WriteString("phone", phone);
                }

                json.WriteString("status", d.Status.ToString());
                json.WriteString("urgency", Keywords<Urgency>.Name(d.Urgency));
                WriteInstant(json, "deadline", d.Deadline);
                json.WriteBoolean("windowPassed", d.WindowPassed);
                if (d.Override is { } o)
                {
                    json.WriteString("override", Keywords<ConsentOverrideReason>.Name(o));
                }

                json.WriteString("consentOf", Keywords<ConsentGiver>.Name(d.ConsentOf));
                json.WriteStartArray("missingInformation");
                foreach (var field in d.MissingInformation)
                {
                    json.WriteStringValue(field);
                }

                json.WriteEndArray();
                json.WriteStartArray("assessments");
                foreach (var a in d.Assessments)
                {
                    json.WriteStringValue(vi ? a.Vi : a.En ?? a.Vi);
                }

                json.WriteEndArray();
                json.WriteStartArray("interventions");
                foreach (var r in d.Reasons)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", r.Rule.Id);
                    json.WriteString("status", r.Status.ToString());
                    if (r.Rule.Window is { } window)
                    {
                        json.WriteNumber("windowHours", (long)window.TotalHours);
                        json.WriteString("windowFrom", Keywords<WindowStart>.Name(r.Rule.WindowStart));
                    }

                    WriteInstant(json, "deadline", r.Deadline);
                    json.WriteBoolean("windowPassed", r.WindowPassed);
                    json.WriteString("condition", r.Explanation.Condition);
                    json.WriteStartArray("tests");
                    foreach (var c in r.Explanation.Clauses)
                    {
                        json.WriteStartObject();
                        json.WriteString("test", c.Clause);
                        json.WriteString("field", c.Field);
                        json.WriteString("value", c.Value);
                        json.WriteBoolean("held", c.Held);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    if (r.Note is { } note)
                    {
                        json.WriteString("note", note);
                    }

                    json.WriteString("source", r.Rule.Source);
                    if (r.Rule.Quote is { } quote)
                    {
                        json.WriteString("quote", quote);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteInstant(Utf8JsonWriter json, string name, Instant? instant)
    {
        if (instant is { } at)
        {
            json.WriteString(name, InstantPattern.ExtendedIso.Format(at));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static CaseRecord? Read(string path, List<Diagnostic> problems, bool showValues)
    {
        JsonDocument document;
        var bytes = File.ReadAllBytes(path);
        try
        {
            document = JsonDocument.Parse(bytes, CaseJson.Options(64));
        }
        catch (JsonException ex)
        {
            // Never the parser's message: it quotes the case's text, which --redact and the default promise not to show.
            problems.Add(CaseJson.RepeatedProperty(bytes) is { } repeated
                ? CaseJson.Repeated(path, repeated)
                : CaseJson.SyntaxError(path, (int)(ex.LineNumber ?? 0) + 1, ex, CliWords.Both("Refer.Unreadable")));
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
