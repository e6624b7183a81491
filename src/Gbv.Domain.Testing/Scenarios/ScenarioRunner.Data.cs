using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Scenarios.Format;
using Gbv.Domain.Tasks;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Scenarios;

/// <summary>A scenario's data: its cases, reported values, submissions and completions, read with the CLI's rules.</summary>
public static partial class ScenarioRunner
{
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
}
