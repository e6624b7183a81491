using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Scenarios.Format;
using Gbv.Domain.Tasks;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Scenarios;

/// <summary>
/// Runs scenario files (<c>&lt;plan&gt;.tests.json</c>, format <c>gbv-tests/1</c>, docs/scenarios.md): each scenario gives
/// data and a date, and expectations on indicators, reports and the calendar; each expectation is checked against the
/// engine and reported with expected, actual and the engine's explanation. Never throws for bad input.
/// </summary>
public static class ScenarioRunner
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
            problems.Add(Nothing(path, "/scenarios", new("the file has no scenarios", "tệp không có kịch bản nào")));
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
                    problems.Add(Bad(path, pointer + "/asOf", scenario.AsOf, "asOf", new("a date such as 2020-12-31", "ngày, ví dụ 2020-12-31")));
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

    /// <summary>Whether a scenario can fail: it expects something, of things the plan has, from data that make sense.</summary>
    /// <returns>False when the scenario's data are bad, so that it is not run on them; other problems leave it to run.</returns>
    private static bool Checkable(CompiledPlan<CaseRecord> plan, ScenarioDefinition scenario, string path, string pointer, List<Diagnostic> problems)
    {
        var e = scenario.Expect;
        if ((e.Indicators?.Count ?? 0) + (e.Reports?.Count ?? 0) + (e.Calendar?.Count ?? 0) + (e.Referrals?.Count ?? 0) + (e.Conformance?.Count ?? 0) == 0)
        {
            problems.Add(Nothing(path, pointer + "/expect", new($"the scenario \"{scenario.Name}\" expects nothing", $"kịch bản \"{scenario.Name}\" không kiểm tra điều gì")));
        }

        var indicators = plan.Plan.Indicators.Select(x => x.Key).ToList();
        for (var i = 0; i < (e.Indicators?.Count ?? 0); i++)
        {
            var x = e.Indicators![i];
            var at = $"{pointer}/expect/indicators/{i.ToString(CultureInfo.InvariantCulture)}";
            if (!indicators.Contains(x.Key, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, at + "/key", new("indicator", "chỉ số"), x.Key, indicators));
            }
            else if (x.Status is null && x.Value is null && x.MinimumCount is null && x.Shortfall is null)
            {
                problems.Add(Nothing(path, at, new($"the expectation on \"{x.Key}\" states no status, value, minimum or shortfall", $"kỳ vọng về \"{x.Key}\" không nêu trạng thái, giá trị, mức tối thiểu hay phần còn thiếu")));
            }
        }

        var obligations = plan.Plan.Reporting.Select(x => x.Key).ToList();
        for (var i = 0; i < (e.Reports?.Count ?? 0); i++)
        {
            if (!obligations.Contains(e.Reports![i].Obligation, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/reports/{i.ToString(CultureInfo.InvariantCulture)}/obligation", new("report", "báo cáo"), e.Reports[i].Obligation, obligations));
            }
        }

        var services = plan.Referrals.Services.Select(x => x.Id).ToList();
        for (var i = 0; i < (e.Referrals?.Count ?? 0); i++)
        {
            if (!services.Contains(e.Referrals![i].Service, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/referrals/{i.ToString(CultureInfo.InvariantCulture)}/service", new("service", "dịch vụ"), e.Referrals[i].Service, services));
            }
        }

        var kinds = Enum.GetNames<AgendaKind>();
        for (var i = 0; i < (e.Calendar?.Count ?? 0); i++)
        {
            if (!kinds.Contains(e.Calendar![i].Kind, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/calendar/{i.ToString(CultureInfo.InvariantCulture)}/kind", new("kind of agenda entry", "loại mốc lịch"), e.Calendar[i].Kind, kinds));
            }
        }

        var before = problems.Count;
        var elements = plan.Plan.DataElements.Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        var figures = new HashSet<(string, int, string)>();
        for (var i = 0; i < (scenario.Reported?.Count ?? 0); i++)
        {
            var r = scenario.Reported![i];
            var at = $"{pointer}/reported/{i.ToString(CultureInfo.InvariantCulture)}";
            var year = r.Year.ToString(CultureInfo.InvariantCulture);
            if (r.Year is < 1 or > 9999)
            {
                problems.Add(BadData(path, at + "/year", new($"has the year {year}: a year is from 1 to 9999", $"có năm {year}: năm phải từ 1 đến 9999")));
            }

            if (r.Value < 0)
            {
                var value = r.Value.ToString(CultureInfo.InvariantCulture);
                problems.Add(BadData(path, at + "/value", new($"has the count {value}: a count is 0 or more", $"có số đếm {value}: số đếm phải từ 0 trở lên")));
            }

            if (!elements.Contains(r.Element))
            {
                problems.Add(Unknown(path, at + "/element", new("data element", "chỉ tiêu số liệu"), r.Element, elements));
            }

            if (!figures.Add((r.Unit, r.Year, r.Element)))
            {
                problems.Add(BadData(path, at, new($"gives {r.Element} of {r.Unit} for {year} twice: which one is meant?", $"ghi {r.Element} của {r.Unit} năm {year} hai lần: số nào đúng?")));
            }
        }

        var received = new HashSet<(string, string, string)>();
        for (var i = 0; i < (scenario.Submissions?.Count ?? 0); i++)
        {
            var r = scenario.Submissions![i];
            if (!received.Add((r.Obligation, r.Unit, r.Period)))
            {
                problems.Add(BadData(path, $"{pointer}/submissions/{i.ToString(CultureInfo.InvariantCulture)}",
                    new($"has {r.Unit}'s {r.Obligation} report for {r.Period} twice", $"có báo cáo {r.Obligation} kỳ {r.Period} của {r.Unit} hai lần")));
            }
        }

        return problems.Count == before;
    }

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
            return new(ReadingDiagnostics.UnknownProperty, at with { Pointer = pointer + "/" + name }, [name, "a scenario file", string.Empty], [name, "tệp kịch bản", string.Empty]);
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = string.Join(", ", message.Split('\'').Where((_, i) => i % 2 == 1).Skip(1));
            return new(ReadingDiagnostics.MissingProperty, at, ["This object", names], ["Đối tượng này", names]);
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var target = message.Split("could not be converted to ", 2)[1];
            var (en, vi) = target switch
            {
                _ when target.StartsWith("System.Int", StringComparison.Ordinal) => ("a whole number", "một số nguyên"),
                _ when target.StartsWith("System.Decimal", StringComparison.Ordinal) || target.StartsWith("System.Nullable`1[System.Decimal]", StringComparison.Ordinal) => ("a number", "một số"),
                _ when target.StartsWith("System.Nullable`1[System.Int", StringComparison.Ordinal) => ("a whole number", "một số nguyên"),
                _ when target.StartsWith("System.String", StringComparison.Ordinal) => ("a text in quotes", "một chuỗi trong dấu nháy"),
                _ when target.Contains("Boolean", StringComparison.Ordinal) => ("true or false", "true hoặc false"),
                _ when target.Contains("List", StringComparison.Ordinal) => ("a list [...]", "một danh sách [...]"),
                _ => ("an object {...}", "một đối tượng {...}"),
            };
            return new(ScenarioDiagnostics.ScenarioWrongType, at, [en], [vi]);
        }

        var words = JsonSyntaxWords.Describe(ex);
        return new(ReadingDiagnostics.JsonSyntax, at, [words.En], [words.Vi]);
    }

    private static ScenarioCheck Indicator(string scenario, IndicatorExpectationDefinition e, ComplianceReport report)
    {
        var what = $"indicator {e.Key}" + (e.Horizon is { } h ? $" ({h})" : string.Empty);
        var candidates = report.Indicators.Where(r => r.Indicator.Key == e.Key && (e.Horizon is null || r.Target.Horizon.Year == e.Horizon)).ToList();
        if (candidates.Count != 1)
        {
            return new ScenarioCheck(scenario, what, false, Describe(e), candidates.Count == 0 ? "no such indicator or target" : $"{candidates.Count} targets: give \"horizon\"", string.Empty);
        }

        var r = candidates[0];
        var value = r.Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : (decimal?)null;
        var passed = (e.Status is null || e.Status == r.Status.ToString())
            && (e.Value is null || e.Value == value)
            && (e.MinimumCount is null || e.MinimumCount == r.MinimumCount)
            && (e.Shortfall is null || e.Shortfall == r.Shortfall);
        var actual = $"status {r.Status}, value {Show(value)}, minimum {Show(r.MinimumCount)}, shortfall {Show(r.Shortfall)}";
        return new ScenarioCheck(scenario, what, passed, Describe(e), actual, r.ExplanationEn);
    }

    private static ScenarioCheck Report(string scenario, ReportExpectationDefinition e, ComplianceReport report)
    {
        var what = $"report {e.Obligation} {e.Period} from {e.Unit}";
        var expected = $"status {e.Status}" + (e.DaysLate is { } d ? $", {d} day(s) late" : string.Empty);
        var found = ReportingPeriod.TryParse(e.Period, out var period)
            ? report.Timeliness.Reports.FirstOrDefault(r => r.Report.Obligation.Key == e.Obligation && r.Unit == e.Unit && r.Report.Period == period)
            : null;
        if (found is null)
        {
            return new ScenarioCheck(scenario, what, false, expected, "no such report is owed", string.Empty);
        }

        var passed = e.Status == found.Status.ToString() && (e.DaysLate is null || e.DaysLate == found.DaysLate);
        return new ScenarioCheck(scenario, what, passed, expected, $"status {found.Status}, {found.DaysLate} day(s) late", found.Explain("en"));
    }

    private static ScenarioCheck CalendarEntry(string scenario, CalendarExpectationDefinition e, CompiledPlan<CaseRecord> plan)
    {
        var what = $"calendar {e.Kind} {e.Key} on {e.Date}";
        if (LocalDatePattern.Iso.Parse(e.Date) is not { Success: true } day)
        {
            return new ScenarioCheck(scenario, what, false, "an entry on a date", $"\"{e.Date}\" is not a date such as 2019-06-09", string.Empty);
        }

        var entries = PlanAgenda.Between(plan.Schedule, day.Value, day.Value);
        var match = entries.FirstOrDefault(a => a.Kind.ToString() == e.Kind && a.Key == e.Key);
        return new ScenarioCheck(scenario, what, match is not null, $"{e.Kind} {e.Key} on {e.Date}",
            match is null ? $"on {e.Date}: {(entries.IsEmpty ? "nothing" : string.Join(", ", entries.Select(a => $"{a.Kind} {a.Key}")))}" : $"{match.Kind} {match.Key} {match.Start:yyyy-MM-dd}..{match.End:yyyy-MM-dd}",
            match?.Detail ?? string.Empty);
    }

    private static ScenarioCheck Referral(string scenario, ReferralExpectationDefinition e, CompiledPlan<CaseRecord> plan, Instant end)
    {
        var what = $"referral to {e.Service}" + (e.Rule is { } r ? $" ({r})" : string.Empty);
        var expected = $"{e.Status}" + (e.Urgency is { } u ? $" ({u})" : string.Empty) + (e.Deadline is { } d ? $" by {d}" : string.Empty)
            + (e.WindowPassed is { } w ? (w ? ", deadline passed" : ", deadline open") : string.Empty);
        if (Case(e.Case) is not { } record)
        {
            return new ScenarioCheck(scenario, what, false, expected, "the case has a value that does not read", string.Empty);
        }

        Instant? asOf = e.AsOf is null ? record.ReportedAt ?? end : ParseInstant(e.AsOf);
        if (asOf is not { } moment)
        {
            return new ScenarioCheck(scenario, what, false, expected, $"asOf \"{e.AsOf}\" is not a moment with an offset", string.Empty);
        }

        var decision = plan.Referrals.Decide(record, moment, null).FirstOrDefault(x => x.Service.Id == e.Service);
        var reason = e.Rule is null ? null : decision?.Reasons.FirstOrDefault(x => x.Rule.Id == e.Rule);
        var (status, at, passed) = e.Rule is null
            ? (decision?.Status.ToString() ?? "None", decision?.Deadline, decision?.WindowPassed ?? false)
            : (reason?.Status.ToString() ?? "None", reason?.Deadline, reason?.WindowPassed ?? false);
        var urgency = decision is null ? null : Keywords<Urgency>.Name(decision.Urgency);
        var deadline = at is { } instant ? InstantPattern.General.Format(instant) : null;
        var ok = status == e.Status && (e.Deadline is null || e.Deadline == deadline) && (e.WindowPassed is null || e.WindowPassed == passed)
            && (e.Urgency is null || string.Equals(e.Urgency, urgency, StringComparison.OrdinalIgnoreCase));
        // The actual answer in the terms of the expectation: urgency and window only when they were expected.
        var actual = status + (e.Urgency is null || urgency is null ? string.Empty : $" ({urgency})") + (deadline is null ? string.Empty : $" by {deadline}")
            + (e.WindowPassed is null ? string.Empty : passed ? ", deadline passed" : ", deadline open");
        return new ScenarioCheck(scenario, what, ok, expected, actual, decision?.Explain() ?? "no rule sends the case there");
    }

    private static Instant? ParseInstant(string text) =>
        OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value.ToInstant() : null;

    private static ScenarioCheck Conformance(string scenario, ConformanceExpectationDefinition e, CompiledPlan<CaseRecord> plan, string path)
    {
        var what = $"conformance of {e.Indicator} with {e.Parent}";
        var parentPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", e.Parent);
        var parent = PlanLoader.LoadFile(parentPath);
        if (parent.Plan is null)
        {
            return new ScenarioCheck(scenario, what, false, e.Verdict, $"the parent plan does not load: {parent.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)}", string.Empty);
        }

        var results = ConformanceChecker.Check(plan.Plan, parent.Plan).Where(r => r.Child.Key == e.Indicator).ToList();
        if (results.All(r => r.Verdict == ConformanceVerdict.NotComparable))
        {
            // Nothing was compared (no link to this parent, a link to an indicator it does not have, only targets that
            // cannot be compared), as `gbv conformance` counts it: whatever verdict the scenario expects, it cannot pass.
            var why = results.Count == 0 ? $"{e.Indicator} is not linked to any indicator of {parent.Plan.Id}" : string.Join(" ", results.Select(r => r.Explanation));
            return new ScenarioCheck(scenario, what, false, e.Verdict, results.Count == 0 ? "no linked target" : "nothing compared", why);
        }

        var verdict = results.Count == 0 ? "no linked target"
            : results.Any(r => r.Verdict == ConformanceVerdict.Looser) ? nameof(ConformanceVerdict.Looser)
            : results.All(r => r.Verdict == ConformanceVerdict.Conforms) ? nameof(ConformanceVerdict.Conforms)
            : nameof(ConformanceVerdict.NotComparable);
        return new ScenarioCheck(scenario, what, verdict == e.Verdict, e.Verdict, verdict, string.Join(" ", results.Select(r => r.Explanation)));
    }

    private static CaseRecord? Case(CaseDefinition c)
    {
        var violence = ViolenceKinds.None;
        foreach (var kind in c.Violence ?? [])
        {
            if (!Keywords<ViolenceKinds>.TryParse(kind, out var v))
            {
                return null;
            }

            violence |= v;
        }

        static bool Read<TEnum>(string? text, out TEnum? value)
            where TEnum : struct, Enum
        {
            value = null;
            if (text is null)
            {
                return true;
            }

            var ok = Keywords<TEnum>.TryParse(text, out var v);
            value = ok ? v : null;
            return ok;
        }

        static bool Moment(string? text, out Instant? value)
        {
            value = text is null ? null : OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } r ? r.Value.ToInstant() : null;
            return text is null || value is not null;
        }

        return Read<Sex>(c.Sex, out var sex) && Read<IncidentType>(c.IncidentType, out var type) && Read<RiskLevel>(c.Risk, out var risk)
            && Moment(c.IncidentAt, out var incident) && Moment(c.ReportedAt, out var reported) && c.Age is null or (>= 0 and <= 150)
            ? new CaseRecord
            {
                CaseId = c.Id ?? string.Empty, Age = c.Age, Sex = sex, Violence = violence, IncidentType = type, Trafficking = c.Trafficking ?? false,
                Domestic = c.Domestic ?? false, Risk = risk, Consent = c.Consent ?? false, IncidentAt = incident, ReportedAt = reported, Unit = c.Unit,
            }
            : null;
    }

    private static ComplianceData<CaseRecord> Data(ScenarioDefinition s, string path, string pointer, List<Diagnostic> problems, out bool ok)
    {
        var before = problems.Count;
        var submissions = new List<Submission>();
        for (var i = 0; i < (s.Submissions?.Count ?? 0); i++)
        {
            var d = s.Submissions![i];
            var at = $"{pointer}/submissions/{i.ToString(CultureInfo.InvariantCulture)}";
            if (!ReportingPeriod.TryParse(d.Period, out var period))
            {
                problems.Add(Bad(path, at + "/period", d.Period, "period", new("a period such as 2019, 2019-H1, 2019-Q3 or 2019-07", "kỳ, ví dụ 2019, 2019-H1, 2019-Q3 hoặc 2019-07")));
            }
            else if (OffsetDateTimePattern.ExtendedIso.Parse(d.SubmittedAt) is not { Success: true } when)
            {
                problems.Add(Bad(path, at + "/submittedAt", d.SubmittedAt, "submittedAt", new("a point in time such as 2019-06-09T23:30:00+07:00", "thời điểm, ví dụ 2019-06-09T23:30:00+07:00")));
            }
            else
            {
                submissions.Add(new Submission(d.Obligation, d.Unit, period, when.Value.ToInstant()));
            }
        }

        var completions = new List<TaskCompletion>();
        for (var i = 0; i < (s.Completions?.Count ?? 0); i++)
        {
            var d = s.Completions![i];
            if (LocalDatePattern.Iso.Parse(d.Date) is { Success: true } date)
            {
                completions.Add(new TaskCompletion(d.Task, d.Unit, date.Value));
            }
            else
            {
                problems.Add(Bad(path, $"{pointer}/completions/{i.ToString(CultureInfo.InvariantCulture)}/date", d.Date, "date", new("a date such as 2019-05-14", "ngày, ví dụ 2019-05-14")));
            }
        }

        var cases = new List<CaseRecord>();
        var ids = new CaseIdSet();
        for (var i = 0; i < (s.Cases?.Count ?? 0); i++)
        {
            var at = $"{pointer}/cases/{i.ToString(CultureInfo.InvariantCulture)}";
            if (!ids.TryAdd(s.Cases![i].Id ?? string.Empty, i, out var first))
            {
                var earlier = $"{pointer}/cases/{first.ToString(CultureInfo.InvariantCulture)}";
                problems.Add(new Diagnostic(CaseDataDiagnostics.RepeatedCaseId, new SourceLocation(path, at + "/id", 0, 0), [$"the case at {earlier}"], [$"hồ sơ ở {earlier}"]));
            }
            else if (Case(s.Cases![i]) is { } record)
            {
                cases.Add(record);
            }
            else
            {
                problems.Add(Bad(path, $"{pointer}/cases/{i.ToString(CultureInfo.InvariantCulture)}", "case", "case", new("a case whose values read (keywords, ages 0-150, times with their offset)", "hồ sơ có giá trị đọc được (từ khóa, tuổi 0-150, thời điểm có múi giờ)")));
            }
        }

        ok = problems.Count == before;
        return new ComplianceData<CaseRecord>
        {
            Cases = cases,
            ReportedValues = [.. (s.Reported ?? []).Select(r => new ReportedValue(r.Unit, r.Year, r.Element, r.Value))],
            Submissions = submissions,
            TaskCompletions = completions,
            ReportingUnits = (s.Units ?? new Dictionary<string, IReadOnlyList<string>>()).ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
        };
    }

    private static Diagnostic Bad(string path, string pointer, string value, string field, DiagnosticArgument expected)
    {
        var quoted = DiagnosticText.QuotedValue(value);
        return new Diagnostic(CaseDataDiagnostics.BadValue, new SourceLocation(path, pointer, 0, 0), [quoted, field, expected.En], [quoted, field, expected.Vi]);
    }

    private static string Describe(IndicatorExpectationDefinition e) => string.Join(", ", new[]
    {
        e.Status is { } s ? $"status {s}" : null,
        e.Value is { } v ? $"value {v.ToString(CultureInfo.InvariantCulture)}" : null,
        e.MinimumCount is { } m ? $"minimum {m.ToString(CultureInfo.InvariantCulture)}" : null,
        e.Shortfall is { } f ? $"shortfall {f.ToString(CultureInfo.InvariantCulture)}" : null,
    }.OfType<string>());

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";

    private static string Show(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";
}
