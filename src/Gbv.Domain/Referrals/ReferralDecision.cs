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
        string T(string en, string vn) => vi ? vn : en;
        string At(Instant instant) => (vi ? VietnameseTime : LocalTime).Format(instant.InZone(zone).ToOffsetDateTime());
        var name = vi ? Service.Name.Vi : Service.Name.En ?? Service.Name.Vi;
        var builder = new StringBuilder(Status switch
        {
            ReferralStatus.Refer => T($"Refer to {name}", $"Chuyển gửi đến {name}"),
            ReferralStatus.ReferWithoutConsent => T($"Refer to {name} without consent ({Keyword(Override)}: allowed by the rule)",
                $"Chuyển gửi đến {name} khi chưa có sự đồng ý ({OverrideVi(Override)}: quy tắc cho phép)"),
            ReferralStatus.ConsentRequired => ConsentOf == ConsentGiver.ParentOrGuardian
                ? T($"Ask the consent of the child's parent or guardian, hearing the child's views, to refer to {name}",
                    $"Hỏi ý kiến đồng ý của cha, mẹ hoặc người giám hộ, lắng nghe ý kiến của trẻ em, để chuyển gửi đến {name}")
                : T($"Ask the survivor's consent to refer to {name}", $"Hỏi ý kiến đồng ý của nạn nhân để chuyển gửi đến {name}"),
            _ => T($"Record {string.Join(", ", MissingInformation)} to decide on referral to {name}",
                $"Ghi nhận {string.Join(", ", MissingInformation.Select(f => Conditions.ConditionWords.Field(f, vi: true)))} để quyết định chuyển gửi đến {name}"),
        });
        builder.Append(" (").Append(UrgencyText(Urgency, vi)).Append(')');
        if (Deadline is { } deadline)
        {
            builder.Append(WindowPassed ? T(", deadline passed at ", ", đã quá hạn lúc ") : T(", by ", ", hạn ")).Append(At(deadline));
        }

        foreach (var assessment in Assessments)
        {
            builder.AppendLine().Append(T("  assess: ", "  đánh giá: ")).Append(vi ? assessment.Vi : assessment.En ?? assessment.Vi);
        }

        foreach (var reason in Reasons)
        {
            // In Vietnamese a default rule by its name, its id beside it for whoever looks it up.
            var ruleName = vi && Localization.Words.Find("Rule." + reason.Rule.Id, true) is { } named ? $"{named} ({reason.Rule.Id})" : reason.Rule.Id;
            // In Vietnamese the condition and each test in words (Conditions/ConditionWords); the JSON keeps the condition's text.
            builder.AppendLine().Append(T("  rule ", "  quy tắc ")).Append(ruleName).Append(": ").Append(vi ? Conditions.ConditionWords.Say(reason.Explanation.Condition, vi) : reason.Explanation.Condition)
                .Append(" [").Append(string.Join("; ", reason.Explanation.Clauses.Select(c => vi
                    ? $"{Conditions.ConditionWords.Say(c.Clause, vi)} ({Conditions.ConditionWords.Field(c.Field, vi)}: {Conditions.ConditionWords.RecordValue(c.Value, vi)}): {(c.Held ? "đúng" : "không đúng")}"
                    : $"{c.Clause} ({c.Field} = {c.Value}): {(c.Held ? "held" : "did not hold")}"))).Append(']');
            if (reason.Status != Status)
            {
                builder.Append(" (").Append(StatusText(reason.Status, vi)).Append(')');
            }

            if (reason.Deadline is { } own)
            {
                builder.Append(reason.WindowPassed ? T(", deadline passed at ", ", đã quá hạn lúc ") : T(", by ", ", hạn ")).Append(At(own));
            }
            else if (reason.Rule.Window is { } window)
            {
                var hours = window.TotalHours.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                var from = reason.Rule.WindowStart == WindowStart.Incident;
                builder.Append(T(
                    $" (the {(from ? "incident" : "report")} time is not recorded, so the {hours}-hour deadline cannot be set)",
                    $" (chưa ghi nhận thời điểm {(from ? "xảy ra vụ việc" : "tiếp nhận tin báo")} nên chưa tính được hạn {hours} giờ)"));
            }

            // In Vietnamese a default rule's basis in Vietnamese (Words.vi.resx); a plan's own rule in the plan's words.
            var source = vi && Localization.Words.Find("Source." + reason.Rule.Id, true) is { } basis && Localization.Words.Find("Source." + reason.Rule.Id, false) is not null
                && DefaultReferralRules.Rules.Any(r => r.Id == reason.Rule.Id && r.Source == reason.Rule.Source) ? basis : reason.Rule.Source;
            builder.AppendLine().Append(T("    source: ", "    căn cứ: ")).Append(source);
            if (vi && reason.Rule.Quote is { } quote)
            {
                builder.Append(": “").Append(quote).Append('”');
            }
        }

        return builder.ToString();
    }

    private static readonly OffsetDateTimePattern LocalTime = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm o<+HH:mm>");

    // "08:00 02/05/2024 (+07:00)": the hour, then the day as Vietnamese write it.
    private static readonly OffsetDateTimePattern VietnameseTime = OffsetDateTimePattern.CreateWithInvariantCulture("HH':'mm dd'/'MM'/'uuuu '('o<+HH:mm>')'");

    private static string Keyword(ConsentOverrideReason? reason) => reason is { } r ? Keywords<ConsentOverrideReason>.Name(r) : string.Empty;

    // The reason in Vietnamese words ("đe dọa tính mạng"), from Words.vi.resx.
    private static string OverrideVi(ConsentOverrideReason? reason) => reason is null ? string.Empty : Localization.Words.Find("Override." + Keyword(reason), vi: true) ?? Keyword(reason);

    private static string UrgencyText(Urgency urgency, bool vi) => urgency switch
    {
        Urgency.Emergency => vi ? "khẩn cấp" : "emergency",
        Urgency.Urgent => vi ? "gấp" : "urgent",
        _ => vi ? "thông thường" : "routine",
    };

    private static string StatusText(ReferralStatus status, bool vi) => status switch
    {
        ReferralStatus.Refer => vi ? "chuyển gửi" : "refer",
        ReferralStatus.ReferWithoutConsent => vi ? "chuyển gửi khi chưa có sự đồng ý" : "refer without consent",
        ReferralStatus.ConsentRequired => vi ? "cần sự đồng ý" : "consent needed",
        _ => vi ? "cần thêm thông tin" : "needs information",
    };

    /// <inheritdoc />
    public bool Equals(ReferralDecision? other) =>
        other is not null && Service == other.Service && Status == other.Status && Urgency == other.Urgency && Deadline == other.Deadline
        && WindowPassed == other.WindowPassed && Override == other.Override && Sequences.Equal(MissingInformation, other.MissingInformation)
        && ConsentOf == other.ConsentOf && Sequences.Equal(Assessments, other.Assessments)
        && Reasons.Select(r => (r.Rule.Id, r.Status, r.Deadline, r.WindowPassed)).SequenceEqual(other.Reasons.Select(r => (r.Rule.Id, r.Status, r.Deadline, r.WindowPassed)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Service.Id, Status, Urgency, Deadline);
}
