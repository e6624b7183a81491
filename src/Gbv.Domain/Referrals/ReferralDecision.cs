using System.Collections.Immutable;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Referrals;

/// <summary>
/// What to do about one service for one case, with every rule that led to it. When several rules reach the same
/// service there is one decision, the most urgent, and each rule stays in <see cref="Reasons"/> as its own
/// intervention with its own window and deadline; the decision's <see cref="Deadline"/> is the next one still open.
/// </summary>
/// <remarks>Equality compares every member; collections compare element by element.</remarks>
public sealed record ReferralDecision
{
    internal ReferralDecision(
        Service service, ReferralStatus status, Urgency urgency, Instant? deadline, bool windowPassed,
        ConsentOverrideReason? overrideReason, ImmutableArray<string> missingInformation, ImmutableArray<ReferralReason> reasons)
    {
        Service = service;
        Status = status;
        Urgency = urgency;
        Deadline = deadline;
        WindowPassed = windowPassed;
        Override = overrideReason;
        MissingInformation = missingInformation;
        Reasons = reasons;
    }

    /// <summary>The service.</summary>
    public Service Service { get; }

    /// <summary>What to do.</summary>
    public ReferralStatus Status { get; }

    /// <summary>How urgent: the most urgent of the rules.</summary>
    public Urgency Urgency { get; }

    /// <summary>The next deadline still open among the interventions (the earliest passed one when none is open), or null.</summary>
    public Instant? Deadline { get; }

    /// <summary>True when every intervention's deadline had already passed at the time of the decision: say so, and act at once.</summary>
    public bool WindowPassed { get; }

    /// <summary>The reason consent was overridden, for <see cref="ReferralStatus.ReferWithoutConsent"/>.</summary>
    public ConsentOverrideReason? Override { get; }

    /// <summary>The fields to record, for <see cref="ReferralStatus.NeedsInformation"/>.</summary>
    public ImmutableArray<string> MissingInformation { get; }

    /// <summary>The rules behind the decision, highest priority first: one per intervention, each with its status and deadline.</summary>
    public ImmutableArray<ReferralReason> Reasons { get; }

    /// <summary>
    /// The same decision with the case's values taken out of every reason's explanation ("age = [hidden]"): what to
    /// do, by when and by which rules stays. For logs, exports and anyone who needs the decision but not the survivor's
    /// data; the case worker's own view keeps <see cref="Explain()"/> on the decision as made.
    /// </summary>
    /// <remarks>The deadline stays: it is the decision's, though it is reckoned from the case's incident or report time.</remarks>
    [System.Diagnostics.Contracts.Pure]
    public ReferralDecision Redacted() =>
        new(Service, Status, Urgency, Deadline, WindowPassed, Override, MissingInformation, Reasons.Select(r => r.Redacted()).ToImmutableArray())
        {
            ConsentOf = ConsentOf,
            Assessments = Assessments,
        };

    /// <summary>Whose consent the decision asks for, where a rule needs consent: the survivor's, or for a child a parent's or guardian's.</summary>
    public ConsentGiver ConsentOf { get; init; }

    /// <summary>
    /// Assessments the law asks for (the initial assessment of a child's risk and harm, Decree 56/2017/NĐ-CP Art. 26),
    /// from rules that hold or could hold; the decision keeps their urgency while they are done.
    /// </summary>
    public ImmutableArray<LocalizedText> Assessments { get; init; } = [];

    /// <summary>A case worker's reading of the decision in English, deadlines in UTC with their offset (<c>2024-06-02 11:00 +00:00</c>).</summary>
    public string Explain() => Explain("en", DateTimeZone.Utc);

    /// <summary>
    /// A case worker's reading of the decision: what to do, by when, and why, in a language ("vi" or "en", or a
    /// culture name of either), each deadline in local time with its offset (<c>2024-06-02 18:00 +07:00</c>).
    /// </summary>
    /// <param name="language">"vi" for Vietnamese; anything else gives English.</param>
    /// <param name="zone">The time zone deadlines are shown in: the plan's.</param>
    public string Explain(string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(zone);
        var vi = Localization.Languages.IsVietnamese(language);
        string W(string key, params object?[] args) => Localization.Words.Format("Referral." + key, vi, args);
        string At(Instant instant) => (vi ? Localization.Dates.VietnameseMoment : LocalTime).Format(instant.InZone(zone).ToOffsetDateTime());
        var name = vi ? Service.Name.Vi : Service.Name.En ?? Service.Name.Vi;
        var builder = new StringBuilder(Status switch
        {
            ReferralStatus.Refer => W("Refer", name),
            ReferralStatus.ReferWithoutConsent => W("ReferWithoutConsent", name, vi ? OverrideVi(Override) : Keyword(Override)),
            ReferralStatus.ConsentRequired => W(ConsentOf == ConsentGiver.ParentOrGuardian ? "AskGuardian" : "AskSurvivor", name),
            _ => W("Record", string.Join(", ", vi ? MissingInformation.Select(f => Conditions.ConditionWords.Field(f, vi: true)) : MissingInformation), name),
        });
        builder.Append(" (").Append(W("Urgency." + Keywords<Urgency>.Name(Urgency))).Append(')');
        if (Deadline is { } deadline)
        {
            builder.Append(W(WindowPassed ? "DeadlinePassed" : "By", At(deadline)));
        }

        foreach (var assessment in Assessments)
        {
            builder.AppendLine().Append("  ").Append(W("Assess", vi ? assessment.Vi : assessment.En ?? assessment.Vi));
        }

        foreach (var reason in Reasons)
        {
            // In Vietnamese the condition and each test in words (Conditions/ConditionWords); the JSON keeps the condition's text.
            var clauses = reason.Explanation.Clauses.Select(c => W("Clause", vi ? Conditions.ConditionWords.Say(c.Clause, vi) : c.Clause,
                vi ? Conditions.ConditionWords.Field(c.Field, vi) : c.Field, vi ? Conditions.ConditionWords.RecordValue(c.Value, vi) : c.Value,
                W(c.Held ? "Held" : "NotHeld")));
            builder.AppendLine().Append("  ").Append(W("Rule", RuleName(reason.Rule, vi), vi ? Conditions.ConditionWords.Say(reason.Explanation.Condition, vi) : reason.Explanation.Condition));
            if (!reason.Explanation.Clauses.IsEmpty)
            {
                builder.Append(" [").AppendJoin("; ", clauses).Append(']');
            }

            if (reason.Status != Status)
            {
                builder.Append(" (").Append(W("Status." + reason.Status)).Append(')');
            }

            if (reason.Deadline is { } own)
            {
                builder.Append(W(reason.WindowPassed ? "DeadlinePassed" : "By", At(own)));
            }
            else if (reason.Rule.Window is { } window)
            {
                var hours = window.TotalHours.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                builder.Append(W("NoDeadline", W(reason.Rule.WindowStart == WindowStart.Incident ? "FromIncident" : "FromReport"), hours));
            }

            builder.AppendLine().Append("    ").Append(W("Source", SourceText(reason.Rule, vi)));
            if (vi && QuoteVi(reason.Rule) is { } quote)
            {
                builder.Append(quote);
            }
        }

        return builder.ToString();
    }

    private static readonly OffsetDateTimePattern LocalTime = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm o<+HH:mm>");

    private static string Keyword(ConsentOverrideReason? reason) => reason is { } r ? Keywords<ConsentOverrideReason>.Name(r) : string.Empty;

    // The reason in Vietnamese words ("đe dọa tính mạng"), from Words.vi.resx.
    private static string OverrideVi(ConsentOverrideReason? reason) => reason is null ? string.Empty : Localization.Words.Find("Override." + Keyword(reason), vi: true) ?? Keyword(reason);

    // In Vietnamese a rule by its name: the plan's, else a default rule's from Words.vi.resx, else "the plan's rule"
    // (its source follows); English keeps the id a developer looks up.
    private static string RuleName(ReferralRule rule, bool vi) =>
        !vi ? rule.Id
        : ReferralRuleNames.Vietnamese(rule) ?? Localization.Words.Get("Referral.PlanRule", vi: true);

    // A default rule's basis in Vietnamese (Words.vi.resx); a plan's own rule in the plan's words.
    private static string SourceText(ReferralRule rule, bool vi) =>
        vi && IsDefault(rule) && Localization.Words.Find("Source." + rule.Id, vi: true) is { } basis ? basis : rule.Source;

    // The source's words: Vietnamese law as written; a default rule's English source (WHO) in the package's translation,
    // said to be one; a plan's own quote as the plan gives it.
    private static string? QuoteVi(ReferralRule rule) =>
        rule.Quote is not { } quote ? null
        : IsDefault(rule) && Localization.Words.Find("Quote." + rule.Id, vi: true) is { } translated ? Localization.Words.Format("Referral.QuoteTranslated", vi: true, translated)
        : Localization.Words.Format("Referral.Quote", vi: true, quote);

    private static bool IsDefault(ReferralRule rule) => DefaultReferralRules.Rules.Any(r => r.Id == rule.Id && r.Source == rule.Source);

    /// <inheritdoc />
    public bool Equals(ReferralDecision? other) =>
        other is not null && Service == other.Service && Status == other.Status && Urgency == other.Urgency && Deadline == other.Deadline
        && WindowPassed == other.WindowPassed && Override == other.Override && Sequences.Equal(MissingInformation, other.MissingInformation)
        && ConsentOf == other.ConsentOf && Sequences.Equal(Assessments, other.Assessments)
        && Reasons.Select(r => (r.Rule.Id, r.Status, r.Deadline, r.WindowPassed)).SequenceEqual(other.Reasons.Select(r => (r.Rule.Id, r.Status, r.Deadline, r.WindowPassed)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Service.Id, Status, Urgency, Deadline);
}
