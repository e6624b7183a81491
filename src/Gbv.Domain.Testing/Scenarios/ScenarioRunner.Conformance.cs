using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a conformance expectation: an indicator's targets against its parent plan's.</summary>
public static partial class ScenarioRunner
{
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
}
