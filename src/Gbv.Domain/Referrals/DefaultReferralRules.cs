using System.Collections.Immutable;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Referrals;

/// <summary>
/// The referral rules the package ships, from Vietnamese law and WHO guidance, with the services they refer to.
/// A plan's own rules extend them, and replace a default rule that has the same id (<see cref="ReferralRuleSet"/>).
/// Each rule's <see cref="ReferralRule.Source"/> cites its basis; docs/referral-rules.md explains them.
/// </summary>
public static class DefaultReferralRules
{
    private const string ChildLaw = "Law on Children 102/2016/QH13, Art. 1 (a child is a person under 16); Decree 56/2017/NĐ-CP, Art. 25 (abuse or risk of abuse of a child is reported at once: hotline 111, the labour-social affairs office, police, commune People's Committee)";

    /// <summary>The services the default rules refer to.</summary>
    public static ImmutableArray<Service> Services { get; } =
    [
        new("child-protection", ServiceKind.ChildProtection, new LocalizedText("Cán bộ bảo vệ trẻ em cấp xã", "Commune child-protection officer"), null, null, ChildLaw),
        new("hotline-111", ServiceKind.ChildProtectionHotline, new LocalizedText("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "National child-protection hotline 111"), "111", null, ChildLaw),
        new("health-facility", ServiceKind.HealthFacility, new LocalizedText("Cơ sở y tế", "Health facility"), null, null, "WHO/UNFPA/UNHCR, Clinical management of rape and intimate partner violence survivors"),
        new("police", ServiceKind.Police, new LocalizedText("Công an", "Police"), "113", null, "Law 13/2022/QH15 on Prevention and Control of Domestic Violence, Art. 25-26"),
        new("safe-place", ServiceKind.Shelter, new LocalizedText("Nơi tạm lánh, địa chỉ tin cậy", "Safe shelter or trusted address"), null, null, "Law 13/2022/QH15, Art. 9 (the right to a safe place to stay)"),
        new("no-contact-order", ServiceKind.ProtectionOrder, new LocalizedText("Yêu cầu cấm tiếp xúc (Chủ tịch UBND cấp xã)", "No-contact order request (commune chairman)"), null, null, "Law 13/2022/QH15, Art. 25"),
        new("social-services", ServiceKind.SocialWorkCentre, new LocalizedText("Dịch vụ xã hội: hỗ trợ, tái hòa nhập", "Social services: support and reintegration"), null, null, "Plan 13/KH-BTV (Long Biên), IV.2: returned trafficking victims are connected to health, psychological and employment support"),
        new("counselling", ServiceKind.Counselling, new LocalizedText("Tư vấn tâm lý", "Psychological counselling"), null, null, "Law 13/2022/QH15, Art. 9"),
        new("legal-aid", ServiceKind.LegalAid, new LocalizedText("Trợ giúp pháp lý", "Legal aid"), null, null, "Law 13/2022/QH15, Art. 9"),
    ];

    /// <summary>The default rules, highest priority first.</summary>
    public static ImmutableArray<ReferralRule> Rules { get; } =
    [
        Rule("child-serious-harm", "age < 16 and risk in [high, life-threatening]", "child-protection", Urgency.Emergency, Duration.FromHours(12), WindowStart.Report,
            ConsentRequirement.NotRequired, [], 100,
            "Decree 56/2017/NĐ-CP, Art. 26: where a child faces serious harm, the commune chairman must intervene within 12 hours of receiving the information"),
        Rule("police-threat-to-life", "risk = life-threatening", "police", Urgency.Emergency, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 98,
            "Law 13/2022/QH15, Art. 25-26; a life-saving service, so no consent is needed"),
        Rule("post-exposure-prophylaxis", "violence has sexual and hoursSinceIncident <= 72", "health-facility", Urgency.Emergency, Duration.FromHours(72), WindowStart.Incident,
            ConsentRequirement.Required, [], 95,
            "WHO/UNFPA/UNHCR, Clinical management of rape survivors: HIV post-exposure prophylaxis must start within 72 hours"),
        Rule("emergency-contraception", "violence has sexual and hoursSinceIncident <= 120 and not (sex = male)", "health-facility", Urgency.Emergency, Duration.FromHours(120), WindowStart.Incident,
            ConsentRequirement.Required, [], 94,
            "WHO emergency contraception fact sheet: within 120 hours of unprotected intercourse"),
        Rule("child-protection", "age < 16", "child-protection", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 90, ChildLaw),
        Rule("child-hotline-111", "age < 16", "hotline-111", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 85, ChildLaw),
        Rule("safe-place", "risk in [high, life-threatening]", "safe-place", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ThreatToLife], 80, "Law 13/2022/QH15, Art. 9: victims have the right to a safe place to stay, with their location kept confidential"),
        Rule("no-contact-order", "domestic and risk in [high, life-threatening]", "no-contact-order", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ThreatToLife], 75,
            "Law 13/2022/QH15, Art. 25: the commune chairman decides within 12 hours of a request, for at most 3 days; a request by anyone but the victim needs the victim's consent, except where life is threatened"),
        Rule("trafficking-reintegration", "trafficking", "social-services", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 60,
            "Plan 13/KH-BTV (Long Biên), IV.2: connect returned victims of trafficking to health, psychological and employment support"),
        Rule("counselling", "true", "counselling", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 10,
            "Law 13/2022/QH15, Art. 9: victims have the right to psychological counselling"),
        Rule("legal-aid", "true", "legal-aid", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 10,
            "Law 13/2022/QH15, Art. 9: victims have the right to legal aid"),
    ];

    private static ReferralRule Rule(string id, string condition, string service, Urgency urgency, Duration? window, WindowStart start,
        ConsentRequirement consent, ImmutableArray<ConsentOverrideReason> overrides, int priority, string source) =>
        new(id, condition, service, urgency, window, start, consent, overrides, priority, source);
}
