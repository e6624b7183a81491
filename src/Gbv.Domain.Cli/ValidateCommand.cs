using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Plans;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv validate &lt;file|folder&gt;...</c>: reads and validates plan files, printing compiler-style diagnostics.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
           
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CliOptions.Format("text", "json");
        var language = CliOptions.Language();

        var command = new Command("validate")
        {
            paths,
            format,
            language,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(language)!, stdout, stderr));
        return command;
    }

    internal static int Execute(string[] paths, string format, string language, TextWriter stdout, TextWriter stderr)
    {
        var files = PlanFiles.Find(paths, stderr, language);
        if (files is null)
        {
            return ExitCodes.CouldNotRun;
        }

        var loaded = files.Select(f => (File: f, Result: PlanLoader.LoadFile(f))).ToList();

        // Links between the plans given (a commune plan naming its district's plan file) are checked together.
        var links = PlanSetValidator.Validate(loaded.Select(l => l.Result)).ToLookup(d => d.Location.File);
        var results = loaded.Select(l => (l.File, Diagnostics: l.Result.Diagnostics.AddRange(links[l.File]), l.Result.Plan)).ToList();
        if (format == "json")
        {
            WriteJson(results, language, stdout);
        }
        else
        {
            WriteText(results, language, stdout);
        }

        return results.Any(r => !IsValid(r)) ? ExitCodes.Errors : ExitCodes.Valid;
    }

    private static bool IsValid((string File, ImmutableArray<Diagnostic> Diagnostics, Plan? Plan) result) =>
        result.Plan is not null && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static void WriteText(List<(string File, ImmutableArray<Diagnostic> Diagnostics, Plan? Plan)> results, string language, TextWriter stdout)
    {
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString(language));
            }

            stdout.WriteLine(IsValid(result) ? CliWords.Format("Validate.Valid", language, result.File, result.Plan!.Id) : CliWords.Format("Validate.Invalid", language, result.File));
        }

        var all = results.SelectMany(r => r.Diagnostics).ToList();
        var (valid, invalid) = (results.Count(IsValid), results.Count(r => !IsValid(r)));
        var (errors, warnings, info) = (Count(all, DiagnosticSeverity.Error), Count(all, DiagnosticSeverity.Warning), Count(all, DiagnosticSeverity.Info));
        stdout.WriteLine(CliWords.Format("Validate.Summary", language, [.. new[] { results.Count, valid, invalid, errors, warnings, info }.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    private static int Count(List<Diagnostic> diagnostics, DiagnosticSeverity severity) => diagnostics.Count(d => d.Severity == severity);

    private static void WriteJson(List<(string File, ImmutableArray<Diagnostic> Diagnostics, Plan? Plan)> results, string language, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("file", result.File);
                json.WriteBoolean("valid", IsValid(result));
                if (result.Plan is { } plan)
                {
                    json.WriteString("plan", plan.Id);
                }

                json.WriteStartArray("diagnostics");
                foreach (var d in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                    json.WriteString("message", d.GetMessage(language));
                    json.WriteString("pointer", d.Location.Pointer);
                    json.WriteNumber("line", d.Location.Line);
                    json.WriteNumber("column", d.Location.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
