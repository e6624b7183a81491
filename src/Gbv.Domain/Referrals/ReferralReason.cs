using NodaTime;

namespace Gbv.Domain.Referrals;

/// <summary>
/// One rule behind a decision, that is one intervention at the decision's service: the rule, how its condition went
/// on this case, what to do about it, and its own deadline. Post-exposure prophylaxis (72 hours) and emergency
/// contraception (120 hours) at one health facility are two reasons, each with its window: when the first has passed
/// the second still shows its own deadline.
/// </summary>
/// <param name="Rule">The rule, with its source.</param>
/// <param name="Explanation">Each test of the rule's condition with the case's values.</param>
/// <param name="Status">What to do about this intervention: the rule holds (refer, without consent, ask consent) or needs information.</param>
/// <param name="Deadline">The rule's deadline for this case, or null.</param>
/// <param name="WindowPassed">True when <paramref name="Deadline"/> was already past at the time of the decision.</param>
/// <param name="Note">Why there is no deadline although the rule has a window (a missing time), or null.</param>
public sealed record ReferralReason(
    ReferralRule Rule, Conditions.ConditionExplanation Explanation, ReferralStatus Status, Instant? Deadline, bool WindowPassed, string? Note)
{
    /// <summary>The rule, with its source.</summary>
    public ReferralRule Rule { get; init; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <summary>Each test of the rule's condition with the case's values.</summary>
    public Conditions.ConditionExplanation Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));

    /// <summary>The same reason without the case's values in its explanation.</summary>
    [System.Diagnostics.Contracts.Pure]
    public ReferralReason Redacted() => this with { Explanation = Explanation.Redacted() };
}
