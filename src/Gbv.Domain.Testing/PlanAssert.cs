using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Scenarios;
using NodaTime;

namespace Gbv.Domain.Testing;

/// <summary>
/// Assertions for plan files, for the tests of plan authors and integrators: each returns what it checked, or throws
/// <see cref="PlanAssertException"/> with the expected and actual answers and the engine's explanation.
/// </summary>
public static class PlanAssert
{
    /// <summary>The plan file loads with no error (warnings are allowed); returns the plan.</summary>
    public static Plan Valid(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = PlanLoader.LoadFile(path);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return result.Plan is { } plan && errors.Count == 0
            ? plan
            : throw new PlanAssertException($"{path} is not a valid plan:\n" + string.Join('\n', errors));
    }

    /// <summary>Every indicator of the child linked to the parent's has a target at least as strict, by the same year or earlier.</summary>
    public static void Conforms(Plan child, Plan parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parent);
        var results = ConformanceChecker.Check(child, parent);
        if (results.IsEmpty)
        {
            throw new PlanAssertException($"{child.Id} links no indicator to {parent.Id}: add \"implements\": \"{parent.Id}#<indicator>\"");
        }

        var failing = results.Where(r => r.Verdict != ConformanceVerdict.Conforms).ToList();
        if (failing.Count > 0)
        {
            throw new PlanAssertException($"{child.Id} does not conform to {parent.Id}:\n" + string.Join('\n', failing.Select(r => $"{r.Verdict}: {r.Explanation}")));
        }
    }

    /// <summary>The least count that meets an indicator's target (the one by or from <paramref name="horizonYear"/>) for a denominator.</summary>
    public static void MinimumCount(Plan plan, string indicator, int horizonYear, long denominator, long expected)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(indicator);
        var found = plan.FindIndicator(indicator) ?? throw new PlanAssertException($"{plan.Id} has no indicator \"{indicator}\"");
        var target = found.Targets.FirstOrDefault(t => t.Horizon.Year == horizonYear)
            ?? throw new PlanAssertException($"\"{indicator}\" has no target in {horizonYear}; its horizons: {string.Join(", ", found.Targets.Select(t => t.Horizon))}");
        var actual = TargetCalculator.MinimumCount(target.Threshold, denominator);
        if (actual != expected)
        {
            throw new PlanAssertException($"\"{indicator}\" ({target.Threshold} {target.Horizon}) of {denominator}: expected a least count of {expected}, but it is {(actual is { } a ? a.ToString(System.Globalization.CultureInfo.InvariantCulture) : "impossible")}");
        }
    }

    /// <summary>The decision for a case and a service, under the package's default rules and the plan's, as of the case's report.</summary>
    public static ReferralDecision Refers(Plan plan, CaseRecord record, string service, ReferralStatus status)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(service);
        var engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults.With(plan), CaseFields.Map).Engine
            ?? throw new PlanAssertException($"{plan.Id}'s referral rules do not compile");
        var decisions = engine.Decide(record, record.ReportedAt ?? Instant.MinValue, null);
        var decision = decisions.FirstOrDefault(d => d.Service.Id == service)
            ?? throw new PlanAssertException($"expected {status} for \"{service}\", but no rule sends the case there; decisions:\n" + string.Join('\n', decisions.Select(d => d.Explain())));
        return decision.Status == status
            ? decision
            : throw new PlanAssertException($"expected {status} for \"{service}\", but it is {decision.Status}:\n{decision.Explain()}");
    }

    /// <summary>Every expectation of a scenario file (<c>&lt;plan&gt;.tests.json</c>) holds.</summary>
    public static ScenarioRun ScenariosPass(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var run = ScenarioRunner.RunFile(path);
        if (run.Failed > 0)
        {
            throw new PlanAssertException($"{run.Failed} failed in {path}:\n" + string.Join('\n',
                run.Problems.Select(p => p.ToString()).Concat(run.Checks.Where(c => !c.Passed)
                    .Select(c => $"{c.Scenario} › {c.What}: expected {c.Expected}; actual {c.Actual}; {c.Explanation}"))));
        }

        return run;
    }
}
