using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;

using W = Gbv.Domain.Testing.Localization.ScenarioWords;

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
            problems.Add(Nothing(path, pointer + "/expect", Arg("Problem.ExpectsNothing", scenario.Name)));
        }

        var indicators = plan.Plan.Indicators.Select(x => x.Key).ToList();
        for (var i = 0; i < (e.Indicators?.Count ?? 0); i++)
        {
            var x = e.Indicators![i];
            var at = $"{pointer}/expect/indicators/{i.ToString(CultureInfo.InvariantCulture)}";
            if (!indicators.Contains(x.Key, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, at + "/key", Arg("Subject.Indicator"), x.Key, indicators));
            }
            else if (x.Status is null && x.Value is null && x.MinimumCount is null && x.Shortfall is null && x.Limit is null)
            {
                problems.Add(Nothing(path, at, Arg("Problem.StatesNothing", x.Key)));
            }
        }

        var obligations = plan.Plan.Reporting.Select(x => x.Key).ToList();
        for (var i = 0; i < (e.Reports?.Count ?? 0); i++)
        {
            if (!obligations.Contains(e.Reports![i].Obligation, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/reports/{i.ToString(CultureInfo.InvariantCulture)}/obligation", Arg("Subject.Report"), e.Reports[i].Obligation, obligations));
            }
        }

        var services = plan.Referrals.Services.Select(x => x.Id).ToList();
        for (var i = 0; i < (e.Referrals?.Count ?? 0); i++)
        {
            if (!services.Contains(e.Referrals![i].Service, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/referrals/{i.ToString(CultureInfo.InvariantCulture)}/service", Arg("Subject.Service"), e.Referrals[i].Service, services));
            }
        }

        var kinds = Enum.GetNames<AgendaKind>();
        for (var i = 0; i < (e.Calendar?.Count ?? 0); i++)
        {
            if (!kinds.Contains(e.Calendar![i].Kind, StringComparer.Ordinal))
            {
                problems.Add(Unknown(path, $"{pointer}/expect/calendar/{i.ToString(CultureInfo.InvariantCulture)}/kind", Arg("Subject.AgendaKind"), e.Calendar[i].Kind, kinds));
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
                problems.Add(BadData(path, at + "/year", Arg("Problem.BadYear", year)));
            }

            if (r.Value < 0)
            {
                var value = r.Value.ToString(CultureInfo.InvariantCulture);
                problems.Add(BadData(path, at + "/value", Arg("Problem.NegativeCount", value)));
            }

            if (!elements.Contains(r.Element))
            {
                problems.Add(Unknown(path, at + "/element", Arg("Subject.DataElement"), r.Element, elements));
            }

            if (!figures.Add((r.Unit, r.Year, r.Element)))
            {
                problems.Add(BadData(path, at, Arg("Problem.FigureTwice", r.Element, r.Unit, year)));
            }
        }

        var received = new HashSet<(string, string, string)>();
        for (var i = 0; i < (scenario.Submissions?.Count ?? 0); i++)
        {
            var r = scenario.Submissions![i];
            if (!received.Add((r.Obligation, r.Unit, r.Period)))
            {
                problems.Add(BadData(path, $"{pointer}/submissions/{i.ToString(CultureInfo.InvariantCulture)}",
                    Arg("Problem.SubmissionTwice", r.Unit, r.Obligation, r.Period)));
            }
        }

        return problems.Count == before;
    }
}
