using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Scenarios.Format;
using Gbv.Domain.Tasks;
using NodaTime.Text;

using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>A scenario's data: its cases, reported values, submissions and completions, read with the CLI's rules.</summary>
public static partial class ScenarioRunner
{
    /// <summary>
    /// A scenario's case, read with the gbv tool's reading of each field (<see cref="CaseFieldText"/>, <see cref="CaseTimes"/>),
    /// or null with a GBV4202 per bad value at its pointer, the value not quoted (a case's values never are).
    /// </summary>
    internal static CaseRecord? Case(CaseDefinition c, string path, string pointer, List<Diagnostic> problems)
    {
        var ok = true;
        T? Field<T>(CaseField field, bool given, Func<T?> read)
            where T : struct
        {
            var value = given ? read() : null;
            if (given && value is null)
            {
                ok = false;
                problems.Add(field.JsonExpected.NotMetBy(new SourceLocation(path, $"{pointer}/{field.Json}", 0, 0), DiagnosticText.QuotedValue(null), field.Json));
            }

            return value;
        }

        var record = CaseField.Record(
            c.Id ?? string.Empty, c.Unit,
            Field(CaseField.Age, c.Age is not null, () => CaseFieldText.Age(c.Age!.Value)),
            Field(CaseField.Sex, c.Sex is not null, () => CaseFieldText.Keyword<Sex>(c.Sex)),
            Field(CaseField.Violence, c.Violence is not null, () => CaseFieldText.Violence(c.Violence!)),
            Field(CaseField.IncidentType, c.IncidentType is not null, () => CaseFieldText.Keyword<IncidentType>(c.IncidentType)),
            c.Trafficking, c.Domestic,
            Field(CaseField.Risk, c.Risk is not null, () => CaseFieldText.Keyword<RiskLevel>(c.Risk)),
            c.Consent,
            Field(CaseField.IncidentAt, c.IncidentAt is not null, () => CaseTimes.Parse(c.IncidentAt)),
            Field(CaseField.ReportedAt, c.ReportedAt is not null, () => CaseTimes.Parse(c.ReportedAt)));
        return ok ? record : null;
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
                problems.Add(Bad(path, at + "/period", d.Period, "period", Expected.Period));
            }
            else if (CaseTimes.Parse(d.SubmittedAt) is not { } when)
            {
                problems.Add(Bad(path, at + "/submittedAt", d.SubmittedAt, "submittedAt", Expected.PointInTime));
            }
            else
            {
                submissions.Add(new Submission(d.Obligation, d.Unit, period, when));
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
                problems.Add(Bad(path, $"{pointer}/completions/{i.ToString(CultureInfo.InvariantCulture)}/date", d.Date, "date", Expected.Date));
            }
        }

        var cases = new List<CaseRecord>();
        var ids = new CaseIdSet();
        for (var i = 0; i < (s.Cases?.Count ?? 0); i++)
        {
            var at = $"{pointer}/cases/{i.ToString(CultureInfo.InvariantCulture)}";

            // As in the gbv tool, a case whose values do not read has no id that a later case could repeat.
            if (Case(s.Cases![i], path, at, problems) is not { } record)
            {
                continue;
            }

            if (!ids.TryAdd(record.CaseId, i, out var first))
            {
                var earlier = $"{pointer}/cases/{first.ToString(CultureInfo.InvariantCulture)}";
                problems.Add(new Diagnostic(CaseDataDiagnostics.RepeatedCaseId, new SourceLocation(path, at + "/id", 0, 0), [W.Format("Problem.CaseAt", false, earlier)], [W.Format("Problem.CaseAt", true, earlier)]));
            }
            else
            {
                cases.Add(record);
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

    private static Diagnostic Bad(string path, string pointer, string value, string field, Expected expected) =>
        expected.NotMetBy(new SourceLocation(path, pointer, 0, 0), DiagnosticText.QuotedValue(value), field);
}
