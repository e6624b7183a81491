using System.Collections.Immutable;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Referrals;

/// <summary>
/// What to do about one service for one case, with every rule that led to it. When several rules reach the same
/// service there is one decision: the most urgent, the earliest deadline, and all the reasons.
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

    /// <summary>The earliest deadline of the rules, or null.</summary>
    public Instant? Deadline { get; }

    /// <summary>True when the deadline had already passed at the time of the decision: say so, and act at once.</summary>
    public bool WindowPassed { get; }

    /// <summary>The reason consent was overridden, for <see cref="ReferralStatus.ReferWithoutConsent"/>.</summary>
    public ConsentOverrideReason? Override { get; }

    /// <summary>The fields to record, for <see cref="ReferralStatus.NeedsInformation"/>.</summary>
    public ImmutableArray<string> MissingInformation { get; }

    /// <summary>The rules behind the decision, highest priority first.</summary>
    public ImmutableArray<ReferralReason> Reasons { get; }

    /// <summary>
    /// The same decision with the case's values taken out of every reason's explanation ("age = [hidden]"): what to
    /// do, by when and by which rules stays. For logs, exports and anyone who needs the decision but not the survivor's
    /// data; the case worker's own view keeps <see cref="Explain"/> on the decision as made.
    /// </summary>
    /// <remarks>The deadline stays: it is the decision's, though it is reckoned from the case's incident or report time.</remarks>
    [System.Diagnostics.Contracts.Pure]
    public ReferralDecision Redacted() =>
        new(Service, Status, Urgency, Deadline, WindowPassed, Override, MissingInformation, Reasons.Select(r => r.Redacted()).ToImmutableArray());

    /// <summary>A case worker's reading of the decision: what to do, by when, and why.</summary>
    public string Explain()
    {
        var name = Service.Name.En ?? Service.Name.Vi;
        var builder = new StringBuilder(Status switch
        {
            ReferralStatus.Refer => $"Refer to {name}",
            ReferralStatus.ReferWithoutConsent => $"Refer to {name} without consent ({Override}: allowed by the rule)",
            ReferralStatus.ConsentRequired => $"Ask the survivor's consent to refer to {name}",
            _ => $"Record {string.Join(", ", MissingInformation)} to decide on referral to {name}",
        });
        builder.Append(" (").Append(Urgency.ToString().ToLowerInvariant()).Append(')');
        if (Deadline is { } deadline)
        {
            builder.Append(WindowPassed ? ", deadline passed at " : ", by ").Append(InstantPattern.General.Format(deadline));
        }

        foreach (var reason in Reasons)
        {
            builder.AppendLine().Append("  rule ").Append(reason.Rule.Id).Append(": ").Append(reason.Explanation.Condition)
                .Append(" [").Append(string.Join("; ", reason.Explanation.Clauses.Select(c => $"{c.Field} = {c.Value}: {(c.Held ? "held" : "did not hold")}"))).Append(']');
            if (reason.Note is not null)
            {
                builder.Append(" (").Append(reason.Note).Append(')');
            }

            builder.AppendLine().Append("    source: ").Append(reason.Rule.Source);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(ReferralDecision? other) =>
        other is not null && Service == other.Service && Status == other.Status && Urgency == other.Urgency && Deadline == other.Deadline
        && WindowPassed == other.WindowPassed && Override == other.Override && Sequences.Equal(MissingInformation, other.MissingInformation)
        && Reasons.Select(r => r.Rule.Id).SequenceEqual(other.Reasons.Select(r => r.Rule.Id), StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Service.Id, Status, Urgency, Deadline);
}
