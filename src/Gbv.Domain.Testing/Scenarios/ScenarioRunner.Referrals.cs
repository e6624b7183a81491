using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Referrals;
using Gbv.Domain.Scenarios.Format;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a referral expectation: where the engine sends one case, how urgently and by when.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Referral(string scenario, ReferralExpectationDefinition e, CompiledPlan<CaseRecord> plan, Instant end)
    {
        var what = $"referral to {e.Service}" + (e.Rule is { } r ? $" ({r})" : string.Empty);
        var expected = $"{e.Status}" + (e.Urgency is { } u ? $" ({u})" : string.Empty) + (e.Deadline is { } d ? $" by {d}" : string.Empty)
            + (e.WindowPassed is { } w ? (w ? ", deadline passed" : ", deadline open") : string.Empty);
        var unread = new List<Diagnostic>();
        if (Case(e.Case, string.Empty, string.Empty, unread) is not { } record)
        {
            // The same reading as the scenario's cases; the fields are named, their values are not.
            var fields = string.Join(", ", unread.Select(d => d.Location.Pointer.TrimStart('/')));
            return new ScenarioCheck(scenario, what, false, expected, $"the case has a value that does not read ({fields})", string.Empty);
        }

        Instant? asOf = e.AsOf is null ? record.ReportedAt ?? end : CaseTimes.Parse(e.AsOf);
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
}
