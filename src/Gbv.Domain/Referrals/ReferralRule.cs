using NodaTime;

namespace Gbv.Domain.Referrals;

/// <summary>
/// A rule for referring a case to a service, stored as data: when <see cref="Condition"/> holds for a case, refer
/// it to <see cref="Service"/>, within <see cref="Window"/> of the incident where one is given.
/// </summary>
/// <param name="Id">The rule's id within the plan.</param>
/// <param name="Condition">The condition, in the condition language (for example <c>age &lt; 16</c>).</param>
/// <param name="Service">The id of the service referred to.</param>
/// <param name="Window">The time from the incident within which the referral must happen, or null.</param>
/// <param name="Consent">Whose consent is needed.</param>
/// <param name="Priority">Higher fires first when two rules reach the same service.</param>
/// <param name="Source">The verbatim source text the rule is drawn from.</param>
public sealed record ReferralRule(
    string Id,
    string Condition,
    string Service,
    Duration? Window,
    ConsentRequirement Consent,
    int Priority,
    string Source);
