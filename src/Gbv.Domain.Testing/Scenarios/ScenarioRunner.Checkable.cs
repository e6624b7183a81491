using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>Whether a scenario can fail: what it expects, of things the plan has.</summary>
public static partial class ScenarioRunner
{
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
            else if (x.Status is null && x.Value is null && x.MinimumCount is null && x.Shortfall is null && x.Limit is null)
            {
                problems.Add(Nothing(path, at, new($"the expectation on \"{x.Key}\" states no status, value, minimum, shortfall or limit", $"kỳ vọng về \"{x.Key}\" không nêu trạng thái, giá trị, mức tối thiểu, phần còn thiếu hay ngưỡng")));
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
}
