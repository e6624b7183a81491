using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Referrals;
using Gbv.Domain.Scenarios.Format;
using NodaTime;
using NodaTime.Text;
using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a referral expectation: where the engine sends one case, how urgently and by when.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Referral(string scenario, ReferralExpectationDefinition e, CompiledPlan<CaseRecord> plan, Instant end)
    {
        var zone = plan.Schedule.Zone;
        var service = plan.Referrals.Services.FirstOrDefault(s => s.Id == e.Service)?.Name.Vi;
        Func<bool, string> what = vi => e.Rule is { } r ? W.Format("What.ReferralRule", vi, Named(e.Service, service, vi), r) : W.Format("What.Referral", vi, Named(e.Service, service, vi));
        string Answer(string status, string? urgency, string? deadline, bool? windowPassed, bool vi)
        {
            var text = W.Keyword("Referral.Status.", status, vi) + (urgency is null ? string.Empty : $" ({Urgency(urgency, vi)})");
            text = deadline is null ? text : W.Format("Referral.By", vi, text, Moment(deadline, zone, vi));
            return windowPassed is { } w ? W.Format(w ? "Referral.Passed" : "Referral.Open", vi, text) : text;
        }

        string Expected(bool vi) => Answer(e.Status, e.Urgency, e.Deadline, e.WindowPassed, vi);
        var unread = new List<Diagnostic>();
        if (Case(e.Case, string.Empty, string.Empty, unread) is not { } record)
        {
            // The same reading as the scenario's cases; the fields are named, their values are not.
            var fields = string.Join(", ", unread.Select(d => d.Location.Pointer.TrimStart('/')));
            return Check(scenario, false, what, Expected, Word("Referral.Unread", fields), string.Empty, null);
        }

        Instant? asOf = e.AsOf is null ? record.ReportedAt ?? end : CaseTimes.Parse(e.AsOf);
        if (asOf is not { } moment)
        {
            return Check(scenario, false, what, Expected, Word("Referral.BadAsOf", e.AsOf), string.Empty, null);
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
        string Actual(bool vi) => Answer(status, e.Urgency is null ? null : urgency, deadline, e.WindowPassed is null ? null : passed, vi);
        return Check(scenario, ok, what, Expected, Actual,
            decision?.Explain() ?? W.Get("Referral.NoRule", vi: false), decision?.Explain("vi", zone) ?? W.Get("Referral.NoRule", vi: true));
    }

    // An urgency keyword in the core's words (Words.resx, as a referral decision says it); English keeps the keyword.
    private static string Urgency(string urgency, bool vi) =>
        vi ? Gbv.Domain.Localization.Words.Find("Referral.Urgency." + urgency.ToLowerInvariant(), vi) ?? urgency : urgency;

    // A moment as written (ISO, with Z); in Vietnamese the hour and the day in the plan's zone.
    private static string Moment(string iso, DateTimeZone zone, bool vi) =>
        vi && InstantPattern.General.Parse(iso) is { Success: true } parsed ? Gbv.Domain.Localization.Dates.VietnameseMoment.Format(parsed.Value.InZone(zone).ToOffsetDateTime()) : iso;
}
