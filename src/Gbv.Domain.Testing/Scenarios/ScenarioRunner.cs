using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;
using NodaTime;
using NodaTime.Text;

using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>
/// Runs scenario files (<c>&lt;plan&gt;.tests.json</c>, format <c>gbv-tests/1</c>, docs/scenarios.md): each scenario gives
/// data and a date, and expectations on indicators, reports and the calendar; each expectation is checked against the
/// engine and reported with expected, actual and the engine's explanation. Never throws for bad input.
/// </summary>
public static partial class ScenarioRunner
{
    /// <summary>The format's name and version.</summary>
    public const string Format = "gbv-tests/1";

    /// <summary>Reads a scenario file and runs it against its plan (by default the file beside it without <c>.tests</c>).</summary>
    public static ScenarioRun RunFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<Diagnostic>();
        ScenarioFileDefinition? file = null;
        var map = SourceMap.Empty;
        try
        {
            var bytes = File.ReadAllBytes(path);
            map = new SourceMap(path, bytes);
            file = JsonSerializer.Deserialize(bytes, ScenarioJsonContext.Default.ScenarioFileDefinition);
        }
        catch (JsonException ex)
        {
            problems.Add(ReadingProblem(path, ex));
        }
        catch (Exception ex) when (PlanDefinitionReader.CannotRead(ex))
        {
            // A folder, a file without read permission or a bad path: a located problem, like a plan file's.
            var reason = UnreadableWords.Describe(ex, path);
            problems.Add(Diagnostic.Create(ReadingDiagnostics.FileUnreadable, new SourceLocation(path, string.Empty, 0, 0), [reason.En], [reason.Vi]));
        }

        if (file is null)
        {
            return new ScenarioRun(path, [], [.. problems]);
        }

        if (file.Format != Format)
        {
            problems.Add(Diagnostic.Create(ValidationDiagnostics.UnsupportedFormat, new SourceLocation(path, "/format", 0, 0), file.Format, Format));
            return new ScenarioRun(path, [], [.. problems]);
        }

        var planPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", file.Plan ?? Path.GetFileName(path).Replace(".tests.json", ".json", StringComparison.Ordinal));
        var compiled = ComplianceEngine.LoadFile(planPath);
        if (compiled.CompiledPlan is not { } plan)
        {
            return new ScenarioRun(path, [], [.. compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        }

        var run = Run(plan, file, path);

        // Problems of the scenario file are placed at their line, like a plan file's.
        return run with
        {
            Problems = [.. run.Problems.Select(p => p.Location.Line == 0 && p.Location.File == path && p.Location.Pointer.Length > 0
                ? p.At(map.Locate(p.Location.Pointer)) : p)],
        };
    }

    /// <summary>Runs scenarios already read against a compiled plan.</summary>
    /// <remarks>
    /// A file that cannot fail checks nothing: no scenarios, a scenario that expects nothing, an expectation on an
    /// indicator, report or service the plan does not have, and bad data inside a scenario are problems (each a
    /// failure), never a pass.
    /// </remarks>
    public static ScenarioRun Run(CompiledPlan<CaseRecord> plan, ScenarioFileDefinition file, string path)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(path);
        var checks = ImmutableArray.CreateBuilder<ScenarioCheck>();
        var problems = new List<Diagnostic>();
        if (file.Scenarios.Count == 0)
        {
            problems.Add(Nothing(path, "/scenarios", Arg("Problem.NoScenarios")));
        }

        for (var i = 0; i < file.Scenarios.Count; i++)
        {
            var scenario = file.Scenarios[i];
            var pointer = $"/scenarios/{i.ToString(CultureInfo.InvariantCulture)}";
            if (!Checkable(plan, scenario, path, pointer, problems))
            {
                continue;
            }

            var data = Data(scenario, path, pointer, problems, out var ok);
            var date = LocalDatePattern.Iso.Parse(scenario.AsOf);
            if (!ok || !date.Success)
            {
                if (ok)
                {
                    problems.Add(Bad(path, pointer + "/asOf", scenario.AsOf, "asOf", new Expected(W.Get("Problem.AsOf", vi: false), W.Get("Problem.AsOf", vi: true))));
                }

                continue;
            }

            var end = date.Value.PlusDays(1).AtStartOfDayInZone(plan.Schedule.Zone).ToInstant() - Duration.Epsilon;
            var report = plan.Evaluate(data, end);
            foreach (var e in scenario.Expect.Indicators ?? [])
            {
                checks.Add(Indicator(scenario.Name, e, report));
            }

            foreach (var e in scenario.Expect.Reports ?? [])
            {
                checks.Add(Report(scenario.Name, e, report));
            }

            foreach (var e in scenario.Expect.Calendar ?? [])
            {
                checks.Add(CalendarEntry(scenario.Name, e, plan));
            }

            foreach (var e in scenario.Expect.Referrals ?? [])
            {
                checks.Add(Referral(scenario.Name, e, plan, end));
            }

            foreach (var e in scenario.Expect.Conformance ?? [])
            {
                checks.Add(Conformance(scenario.Name, e, plan, path));
            }
        }

        return new ScenarioRun(path, checks.ToImmutable(), [.. problems]);
    }

    private static Diagnostic Nothing(string path, string pointer, DiagnosticArgument what) =>
        new(ScenarioDiagnostics.ScenarioChecksNothing, new SourceLocation(path, pointer, 0, 0), [what.En], [what.Vi]);

    private static Diagnostic Unknown(string path, string pointer, DiagnosticArgument kind, string key, IEnumerable<string> known)
    {
        var suggestion = Suggestions.DidYouMean(key, known);
        return new(ScenarioDiagnostics.ScenarioUnknownSubject, new SourceLocation(path, pointer, 0, 0), [kind.En, key, suggestion.En], [kind.Vi, key, suggestion.Vi]);
    }

    private static Diagnostic BadData(string path, string pointer, DiagnosticArgument what) =>
        new(ScenarioDiagnostics.ScenarioBadData, new SourceLocation(path, pointer, 0, 0), [what.En], [what.Vi]);

    /// <summary>
    /// A scenario file that does not read, in the project's words: the serializer's messages name .NET types
    /// ("System.Int32", "Gbv.Domain.Scenarios.Format.ScenarioDefinition") and are English in a Vietnamese run.
    /// </summary>
    private static Diagnostic ReadingProblem(string path, JsonException ex)
    {
        var at = new SourceLocation(path, ex.Path is { } p ? PlanDefinitionReader.PathToPointer(p) : string.Empty, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var name = message.Split('\'')[1];
            var pointer = at.Pointer.EndsWith("/" + name, StringComparison.Ordinal) ? at.Pointer[..^(name.Length + 1)] : at.Pointer;
            return new(ReadingDiagnostics.UnknownProperty, at with { Pointer = pointer + "/" + name }, [name, W.Get("Problem.ScenarioFile", vi: false), string.Empty], [name, W.Get("Problem.ScenarioFile", vi: true), string.Empty]);
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = string.Join(", ", message.Split('\'').Where((_, i) => i % 2 == 1).Skip(1));
            return new(ReadingDiagnostics.MissingProperty, at, [W.Get("Problem.ThisObject", vi: false), names], [W.Get("Problem.ThisObject", vi: true), names]);
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var target = message.Split("could not be converted to ", 2)[1];
            var kind = target switch
            {
                _ when target.StartsWith("System.Int", StringComparison.Ordinal) => "Problem.WholeNumber",
                _ when target.StartsWith("System.Decimal", StringComparison.Ordinal) || target.StartsWith("System.Nullable`1[System.Decimal]", StringComparison.Ordinal) => "Problem.Number",
                _ when target.StartsWith("System.Nullable`1[System.Int", StringComparison.Ordinal) => "Problem.WholeNumber",
                _ when target.StartsWith("System.String", StringComparison.Ordinal) => "Problem.Text",
                _ when target.Contains("Boolean", StringComparison.Ordinal) => "Problem.Boolean",
                _ when target.Contains("List", StringComparison.Ordinal) => "Problem.List",
                _ => "Problem.Object",
            };
            return new(ScenarioDiagnostics.ScenarioWrongType, at, [W.Get(kind, vi: false)], [W.Get(kind, vi: true)]);
        }

        var words = JsonSyntaxWords.Describe(ex);
        return new(ReadingDiagnostics.JsonSyntax, at, [words.En], [words.Vi]);
    }
}
