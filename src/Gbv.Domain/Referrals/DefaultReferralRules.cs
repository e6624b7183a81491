using System.Collections.Immutable;
using NodaTime;

namespace Gbv.Domain.Referrals;

/// <summary>
/// The referral rules the package ships, from Vietnamese law and WHO guidance, with the services they refer to.
/// A plan's own rules extend them; a plan replaces a default rule only by saying so (<see cref="ReferralRule.ReplacesDefault"/>),
/// and the validator names the default and its legal basis when it does. Each rule's <see cref="ReferralRule.Source"/>
/// cites the article that makes it and <see cref="ReferralRule.Quote"/> gives its words; docs/referral-rules.md lists
/// them with where each was read.
/// </summary>
public static class DefaultReferralRules
{
    private const string ChildReport = "Decree 56/2017/NĐ-CP, Art. 25(1): whoever learns of the abuse of a child, or of a risk of it, reports it at once to the national child-protection hotline, the labour-social affairs office, the police or the commune People's Committee; Law on Children 102/2016/QH13, Art. 1: a child is a person under 16";
    private const string ChildReportQuote = "nếu phát hiện hoặc có thông tin về hành vi xâm hại trẻ em hoặc trẻ em có nguy cơ bị xâm hại có trách nhiệm thông báo ngay cho Tổng đài điện thoại quốc gia bảo vệ trẻ em hoặc cơ quan lao động - thương binh và xã hội các cấp hoặc cơ quan công an các cấp hoặc Ủy ban nhân dân cấp xã nơi xảy ra vụ việc";
    private const string SeriousHarmQuote = "Trường hợp trẻ em được xác định có nguy cơ hoặc đang bị tổn hại nghiêm trọng về tính mạng, sức khỏe, nhân phẩm thì trong vòng 12 giờ từ khi nhận thông tin, Chủ tịch Ủy ban nhân dân cấp xã, cơ quan, tổ chức, cá nhân có thẩm quyền phải áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em";
    private const string ReportAddressesQuote = "Địa chỉ tiếp nhận tin báo, tố giác về hành vi bạo lực gia đình bao gồm: a) Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực gia đình; b) Cơ quan Công an, Đồn Biên phòng gần nơi xảy ra hành vi bạo lực gia đình";
    private const string PoliceQuote = "Cơ quan Công an, Đồn Biên phòng gần nơi xảy ra hành vi bạo lực gia đình khi nhận tin báo, tố giác thì trong phạm vi quyền hạn của mình phải kịp thời ngăn chặn, xử lý hành vi bạo lực gia đình";
    private const string RightsQuote = "được bố trí nơi tạm lánh, giữ bí mật về nơi tạm lánh ...; được cung cấp dịch vụ y tế, tư vấn tâm lý, kỹ năng để ứng phó với bạo lực gia đình, trợ giúp pháp lý và trợ giúp xã hội theo quy định của pháp luật";

    private static readonly LocalizedText InitialAssessment = new(
        Localization.Words.Get("Assessment.child-initial", vi: true), Localization.Words.Get("Assessment.child-initial", vi: false));

    /// <summary>The services the default rules refer to.</summary>
    public static ImmutableArray<Service> Services { get; } =
    [
        new("child-protection", ServiceKind.ChildProtection, Named("child-protection"), null, null, ChildReport),
        new("hotline-111", ServiceKind.ChildProtectionHotline, Named("hotline-111"), "111", null, ChildReport),
        new("health-facility", ServiceKind.HealthFacility, Named("health-facility"), null, null, "Law 13/2022/QH15, Art. 9 (health services); WHO/UNHCR, Clinical management of survivors of rape"),
        new("forensic-examination", ServiceKind.HealthFacility, Named("forensic-examination"), null, null, "WHO, Guidelines for medico-legal care for victims of sexual violence, ch. 5"),
        new("police", ServiceKind.Police, Named("police"), "113", null, "Law 13/2022/QH15 on Prevention and Control of Domestic Violence, Art. 19(1)(b), Art. 20(1)"),
        new("commune-or-police", ServiceKind.ReportingAuthority, Named("commune-or-police"), null, null, "Law 13/2022/QH15, Art. 19(1)(a)-(b)"),
        new("safe-place", ServiceKind.Shelter, Named("safe-place"), null, null, "Law 13/2022/QH15, Art. 2(3), Art. 9"),
        new("no-contact-order", ServiceKind.ProtectionOrder, Named("no-contact-order"), null, null, "Law 13/2022/QH15, Art. 2(2), Art. 25"),
        new("social-services", ServiceKind.SocialWorkCentre, Named("social-services"), null, null, "Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, Art. 1"),
        new("counselling", ServiceKind.Counselling, Named("counselling"), null, null, "Law 13/2022/QH15, Art. 9"),
        new("legal-aid", ServiceKind.LegalAid, Named("legal-aid"), null, null, "Law 13/2022/QH15, Art. 9"),
    ];

    /// <summary>The default rules, highest priority first.</summary>
    public static ImmutableArray<ReferralRule> Rules { get; } =
    [
        // A sexually abused child faces serious harm: the 12 hours apply whether or not a risk level is recorded.
        Rule("child-sexual-abuse", "age < 16 and violence has sexual", "child-protection", Urgency.Emergency, Duration.FromHours(12), WindowStart.Report,
            ConsentRequirement.NotRequired, [], 100,
            "Decree 56/2017/NĐ-CP, Art. 26(3): where a child faces or suffers serious harm to life, health or dignity, emergency intervention within 12 hours of receiving the information; sexual abuse of a child is such harm, so no recorded risk level is needed",
            SeriousHarmQuote) with { Assessment = InitialAssessment },
        Rule("child-serious-harm", "age < 16 and risk in [high, life-threatening]", "child-protection", Urgency.Emergency, Duration.FromHours(12), WindowStart.Report,
            ConsentRequirement.NotRequired, [], 100,
            "Decree 56/2017/NĐ-CP, Art. 26(2)-(3): the initial assessment decides whether emergency intervention applies; where a child faces serious harm, within 12 hours of receiving the information",
            SeriousHarmQuote) with { Assessment = InitialAssessment },
        Rule("police-threat-to-life", "risk = life-threatening", "police", Urgency.Emergency, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 98,
            "Law 13/2022/QH15, Art. 19(1)(b) and Art. 20(1): the nearest police receive reports of domestic violence and must promptly stop and handle it; a life-saving service, so no consent is needed",
            PoliceQuote),
        Rule("post-exposure-prophylaxis", "violence has sexual and hoursSinceIncident <= 72", "health-facility", Urgency.Emergency, Duration.FromHours(72), WindowStart.Incident,
            ConsentRequirement.Required, [ConsentOverrideReason.ChildAtRisk], 95,
            "WHO/UNHCR, Clinical management of survivors of rape (2001), Annex 6: refer the survivor for HIV post-exposure prophylaxis as soon as possible, within 72 hours",
            "If it is possible in your setting to provide PEP, refer the survivor as soon as possible (within 72 hours) to the relevant centre."),
        Rule("emergency-contraception", "violence has sexual and hoursSinceIncident <= 120 and not (sex = male)", "health-facility", Urgency.Emergency, Duration.FromHours(120), WindowStart.Incident,
            ConsentRequirement.Required, [ConsentOverrideReason.ChildAtRisk], 94,
            "Emergency contraception prevents pregnancy when taken within 5 days (120 hours) of the assault (MSF, care after rape; WHO/UNHCR 2001, Annex 7)",
            "If a rape survivor seeks medical care within 5 days of the assault, it is possible to prevent an unwanted pregnancy with emergency contraception."),
        Rule("forensic-examination", "violence has sexual and hoursSinceIncident <= 72", "forensic-examination", Urgency.Urgent, Duration.FromHours(72), WindowStart.Incident,
            ConsentRequirement.Required, [], 93,
            "WHO, Guidelines for medico-legal care for victims of sexual violence, ch. 5: collect specimens as early as possible, their value falls sharply after 72 hours; the survivor may choose not to have evidence collected (WHO/UNHCR 2001, step 4), so no override",
            "collect specimens as early as possible; 72 hours after the assault the value of evidentiary material decreases dramatically"),
        Rule("health-care", "violence has physical or violence has sexual", "health-facility", Urgency.Urgent, null, WindowStart.Report,
            ConsentRequirement.Required, [ConsentOverrideReason.ThreatToLife, ConsentOverrideReason.ChildAtRisk], 92,
            "Law 13/2022/QH15, Art. 9: victims are entitled to health services; WHO, Sexually transmitted and other reproductive tract infections (2005), ch. 10: medical care for injuries, and documentation of them, for survivors of sexual assault",
            RightsQuote),
        Rule("child-protection", "age < 16", "child-protection", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 90, ChildReport, ChildReportQuote),
        Rule("child-hotline-111", "age < 16", "hotline-111", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 85, ChildReport, ChildReportQuote),
        Rule("report-domestic-violence", "domestic", "commune-or-police", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ThreatToLife, ConsentOverrideReason.ChildAtRisk], 82,
            "Law 13/2022/QH15, Art. 19(1)(a)-(b): domestic violence is reported to the commune People's Committee or the nearest police; Art. 20(1): the police must promptly stop and handle it",
            ReportAddressesQuote),
        Rule("safe-place", "risk in [high, life-threatening]", "safe-place", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ThreatToLife, ConsentOverrideReason.ChildAtRisk], 80,
            "Law 13/2022/QH15, Art. 2(3): a safe place (nơi tạm lánh) keeps the victim safe; Art. 9: victims are entitled to one, its location kept confidential",
            "Nơi tạm lánh là địa điểm để bảo đảm an toàn cho người bị bạo lực gia đình."),
        Rule("no-contact-order", "domestic and risk in [high, life-threatening]", "no-contact-order", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ThreatToLife], 75,
            "Law 13/2022/QH15, Art. 2(2): a no-contact order keeps the person who committed domestic violence away from the victim; Art. 25: the commune chairman decides within 12 hours of a request, for at most 3 days, and a request by anyone but the victim needs the victim's consent except where life is threatened",
            "Cấm tiếp xúc là biện pháp cấm người có hành vi bạo lực gia đình đến gần người bị bạo lực gia đình hoặc sử dụng phương tiện, công cụ để thực hiện hành vi bạo lực gia đình."),
        Rule("trafficking-support", "trafficking", "social-services", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required,
            [ConsentOverrideReason.ChildAtRisk], 60,
            "Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, Art. 1: the law governs the reception, verification, identification, support and protection of victims",
            "tiếp nhận, xác minh, xác định, hỗ trợ, bảo vệ nạn nhân, người đang trong quá trình xác định là nạn nhân"),
        Rule("counselling", "true", "counselling", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 10,
            "Law 13/2022/QH15, Art. 9: victims are entitled to psychological counselling", RightsQuote),
        Rule("legal-aid", "true", "legal-aid", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 10,
            "Law 13/2022/QH15, Art. 9: victims are entitled to legal aid", RightsQuote),
    ];

    // A default service's name in both languages, from Words.resx.
    private static LocalizedText Named(string service) =>
        new(Localization.Words.Get("Service." + service, vi: true), Localization.Words.Get("Service." + service, vi: false));

    private static ReferralRule Rule(string id, string condition, string service, Urgency urgency, Duration? window, WindowStart start,
        ConsentRequirement consent, ImmutableArray<ConsentOverrideReason> overrides, int priority, string source, string quote) =>
        new(id, condition, service, urgency, window, start, consent, overrides, priority, source) { Quote = quote };
}
