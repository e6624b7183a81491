using System.Collections.Immutable;
using NodaTime;

namespace Gbv.Domain.Referrals;

/// <summary>
/// A rule for referring a case to a service: when <see cref="Condition"/> holds for a case, refer it to
/// <see cref="Service"/> with <see cref="Urgency"/>, within <see cref="Window"/> of the incident or the report where
/// one is given, with the survivor's consent unless <see cref="Consent"/> says it is not needed.
/// </summary>
/// <remarks>Equality compares every member; <see cref="OverrideReasons"/> compares element by element.</remarks>
public sealed record ReferralRule
{
    /// <summary>Creates a rule.</summary>
    public ReferralRule(
        string id,
        string condition,
        string service,
        Urgency urgency,
        Duration? window,
        WindowStart windowStart,
        ConsentRequirement consent,
        ImmutableArray<ConsentOverrideReason> overrideReasons,
        int priority,
        string source)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Condition = condition;
        Service = service;
        Urgency = urgency;
        Window = window;
        WindowStart = windowStart;
        Consent = consent;
        OverrideReasons = overrideReasons.IsDefault ? [] : overrideReasons;
        Priority = priority;
        Source = source;
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>The condition, in the condition language (for example <c>age &lt; 16</c>).</summary>
    public string Condition { get; }

    /// <summary>The id of the service referred to.</summary>
    public string Service { get; }

    /// <summary>How urgent the referral is.</summary>
    public Urgency Urgency { get; }

    /// <summary>The time within which the referral must happen, or null.</summary>
    public Duration? Window { get; }

    /// <summary>What the window is counted from.</summary>
    public WindowStart WindowStart { get; }

    /// <summary>Whether the survivor's recorded consent is needed.</summary>
    public ConsentRequirement Consent { get; }

    /// <summary>The reasons for which the referral may go ahead without consent (none: never).</summary>
    public ImmutableArray<ConsentOverrideReason> OverrideReasons { get; }

    /// <summary>Higher comes first when decisions are ordered; equal priorities are ordered by id.</summary>
    public int Priority { get; }

    /// <summary>The source text or legal basis the rule is drawn from.</summary>
    public string Source { get; }

    /// <summary>
    /// The words of the source, in Vietnamese where the source is Vietnamese law (<c>"trong vòng 12 giờ từ khi nhận
    /// thông tin"</c>), or null. Shown with the rule in Vietnamese explanations and quoted in docs/referral-rules.md.
    /// </summary>
    public string? Quote { get; init; }

    /// <summary>
    /// An assessment the law asks for before or alongside the referral (the initial assessment of Decree
    /// 56/2017/NĐ-CP Art. 26), or null. A decision whose rule holds, or could hold, asks for it and keeps the rule's
    /// urgency and deadline while it is done.
    /// </summary>
    public LocalizedText? Assessment { get; init; }

    /// <summary>
    /// The rule's name as a case worker reads it (<c>"Tổng đài hỗ trợ của tỉnh"</c>), or null: Vietnamese explanations
    /// name a rule by it instead of its id. A default rule without one is named from the package's words; a plan's rule
    /// without one is called the plan's rule, its source beneath it.
    /// </summary>
    public LocalizedText? Name { get; init; }

    /// <summary>
    /// True when a plan's rule states that it replaces the package's default rule of the same id. Without it a plan
    /// cannot replace a default (error GBV2240); with it the validator still warns, naming the default and its basis
    /// (GBV2241).
    /// </summary>
    public bool ReplacesDefault { get; init; }

    /// <inheritdoc />
    public bool Equals(ReferralRule? other) =>
        other is not null && Id == other.Id && Condition == other.Condition && Service == other.Service && Urgency == other.Urgency
        && Window == other.Window && WindowStart == other.WindowStart && Consent == other.Consent
        && Sequences.Equal(OverrideReasons, other.OverrideReasons) && Priority == other.Priority && Source == other.Source
        && Name == other.Name && Quote == other.Quote && Assessment == other.Assessment && ReplacesDefault == other.ReplacesDefault;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Condition, Service, Urgency, Window, Consent, Priority);
}
