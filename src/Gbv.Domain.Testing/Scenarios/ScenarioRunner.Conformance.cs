using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Scenarios.Format;
using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a conformance expectation: an indicator's targets against its parent plan's.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Conformance(string scenario, ConformanceExpectationDefinition e, CompiledPlan<CaseRecord> plan, string path)
    {
        var what = Word("What.Conformance", e.Indicator, e.Parent);
        Func<bool, string> expected = vi => W.Keyword("Verdict.", e.Verdict, vi);
        var parentPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", e.Parent);
        var parent = PlanLoader.LoadFile(parentPath);
        if (parent.Plan is null)
        {
            var problem = parent.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            return Check(scenario, false, what, expected,
                vi => W.Format("Conformance.ParentUnloaded", vi, vi ? problem?.ToString("vi") : problem?.ToString()), string.Empty, null);
        }

        var results = ConformanceChecker.Check(plan.Plan, parent.Plan).Where(r => r.Child.Key == e.Indicator).ToList();
        string Why(bool vi) => string.Join(" ", results.Select(r => vi ? r.Explain("vi") : r.Explanation));
        if (results.All(r => r.Verdict == ConformanceVerdict.NotComparable))
        {
            // Nothing was compared (no link to this parent, a link to an indicator it does not have, only targets that
            // cannot be compared), as `gbv conformance` counts it: whatever verdict the scenario expects, it cannot pass.
            var none = results.Count == 0;
            string Because(bool vi) => none ? W.Format("Conformance.NotLinked", vi, e.Indicator, parent.Plan.Id) : Why(vi);
            return Check(scenario, false, what, expected, Word(none ? "Conformance.NoLinkedTarget" : "Conformance.NothingCompared"), Because(false), Because(true));
        }

        var verdict = results.Count == 0 ? null
            : results.Any(r => r.Verdict == ConformanceVerdict.Looser) ? nameof(ConformanceVerdict.Looser)
            : results.All(r => r.Verdict == ConformanceVerdict.Conforms) ? nameof(ConformanceVerdict.Conforms)
            : nameof(ConformanceVerdict.NotComparable);
        Func<bool, string> actual = vi => verdict is null ? W.Get("Conformance.NoLinkedTarget", vi) : W.Keyword("Verdict.", verdict, vi);
        return Check(scenario, (verdict ?? W.Get("Conformance.NoLinkedTarget", vi: false)) == e.Verdict, what, expected, actual, Why(false), Why(true));
    }
}
