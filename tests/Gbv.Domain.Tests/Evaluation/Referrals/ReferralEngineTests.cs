using System.Collections.Immutable;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Tests.Conditions;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Referrals;

/// <summary>The default rules at their boundaries, consent, missing information, deadlines and summaries.</summary>
public sealed class ReferralEngineTests
{
    private static readonly Instant Incident = Instant.FromUtc(2024, 6, 1, 8, 0);
    // One engine per test (xunit makes an instance per test), not one per process: mutation testing reuses the process,
    // and an engine compiled once would hide every change to what compiling does.
    private readonly ReferralEngine<CaseRecord> Engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map).Engine!;

    private static CaseRecord Case(int? age = 30, ViolenceKinds violence = ViolenceKinds.Physical, int? hours = 2, RiskLevel? risk = RiskLevel.Low,
        bool consent = true, Sex? sex = Sex.Female, bool trafficking = false, bool domestic = false, bool reported = true) => new()
    {
        CaseId = "case-1",
        Age = age,
        Violence = violence,
        IncidentAt = hours is null ? null : Incident,
        ReportedAt = hours is int h && reported ? Incident + Duration.FromHours(h) : null,
        Risk = risk,
        Consent = consent,
        Sex = sex,
        Trafficking = trafficking,
        Domestic = domestic,
        Unit = "ward-1",
    };

    private ImmutableArray<ReferralDecision> Decide(CaseRecord c, ConsentOverrideReason? reason = null, Instant? asOf = null) =>
        Engine.Decide(c, asOf ?? Incident + Duration.FromHours(1), reason);

    private static ReferralDecision? For(ImmutableArray<ReferralDecision> decisions, string service) => decisions.SingleOrDefault(d => d.Service.Id == service);

    [Fact]
    public void The_default_rules_compile_without_diagnostics_highest_priority_first()
    {
        var result = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(15, Engine.Rules.Length);
        Assert.Equal("child-serious-harm", Engine.Rules[0].Id);
        Assert.All(Engine.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void A_child_under_16_goes_to_child_protection_and_111_without_consent(int age, bool child)
    {
        var decisions = Decide(Case(age, consent: false));
        Assert.Equal(child, For(decisions, "child-protection")?.Status == ReferralStatus.Refer);
        Assert.Equal(child, For(decisions, "hotline-111")?.Status == ReferralStatus.Refer);
    }

    [Fact]
    public void A_child_facing_serious_harm_is_an_emergency_with_12_hours_from_the_report()
    {
        var c = Case(12, risk: RiskLevel.High, hours: 5);
        var decision = For(Decide(c), "child-protection")!;
        Assert.Equal(Urgency.Emergency, decision.Urgency);
        Assert.Equal(c.ReportedAt!.Value + Duration.FromHours(12), decision.Deadline);
        Assert.Equal(["child-serious-harm", "child-protection"], decision.Reasons.Select(r => r.Rule.Id));
    }

    [Theory]
    [InlineData(72, "post-exposure-prophylaxis,emergency-contraception,health-care", 72)]
    [InlineData(73, "emergency-contraception,health-care", 120)]
    [InlineData(120, "emergency-contraception,health-care", 120)]
    [InlineData(121, "health-care", 0)]
    public void Sexual_violence_goes_to_health_within_72_hours_for_PEP_and_120_for_contraception(int hours, string rules, int deadlineHours)
    {
        // Health care for the injuries stays once both windows have closed; it has no window of its own.
        var decision = For(Decide(Case(violence: ViolenceKinds.Sexual, hours: hours)), "health-facility")!;
        Assert.Equal(rules.Split(','), decision.Reasons.Select(r => r.Rule.Id));
        Assert.Equal(deadlineHours == 0 ? null : Incident + Duration.FromHours(deadlineHours), decision.Deadline);
        Assert.Equal(deadlineHours == 0 ? Urgency.Urgent : Urgency.Emergency, decision.Urgency);
    }

    [Fact]
    public void Each_intervention_keeps_its_own_window_when_the_first_has_passed()
    {
        // Reported 4 hours after a rape, decided 72 hours and one minute after it: PEP is late, contraception is not.
        var c = Case(violence: ViolenceKinds.Sexual, hours: 4);
        var decision = For(Decide(c, asOf: Incident + Duration.FromHours(72) + Duration.FromMinutes(1)), "health-facility")!;
        var pep = decision.Reasons.Single(r => r.Rule.Id == "post-exposure-prophylaxis");
        var ec = decision.Reasons.Single(r => r.Rule.Id == "emergency-contraception");
        Assert.Equal((Incident + Duration.FromHours(72), true), (pep.Deadline!.Value, pep.WindowPassed));
        Assert.Equal((Incident + Duration.FromHours(120), false), (ec.Deadline!.Value, ec.WindowPassed));
        Assert.Equal((Incident + Duration.FromHours(120), false), (decision.Deadline!.Value, decision.WindowPassed));
        var text = decision.Explain();
        Assert.Contains("Refer to Health facility (emergency), by 2024-06-06 08:00 +00:00", text, StringComparison.Ordinal);
        Assert.Contains("hoursSinceIncident <= 72 (hoursSinceIncident = 4): held], deadline passed at 2024-06-04 08:00 +00:00", text, StringComparison.Ordinal);
        Assert.Contains("did not hold], by 2024-06-06 08:00 +00:00", text, StringComparison.Ordinal);

        // At exactly 72 hours the PEP deadline is now, not passed; once both have passed the decision says so.
        Assert.False(For(Decide(c, asOf: Incident + Duration.FromHours(72)), "health-facility")!.Reasons.Single(r => r.Rule.Id == "post-exposure-prophylaxis").WindowPassed);
        var late = For(Decide(c, asOf: Incident + Duration.FromHours(120) + Duration.FromMinutes(1)), "health-facility")!;
        Assert.Equal((Incident + Duration.FromHours(72), true), (late.Deadline!.Value, late.WindowPassed));
    }

    [Fact]
    public void A_negated_test_reads_as_the_test_with_its_value()
    {
        var text = For(Decide(Case(violence: ViolenceKinds.Sexual, hours: 4)), "health-facility")!.Explain();
        Assert.Contains("sex = male (sex = female): did not hold", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[sex = female: did not hold", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergency_contraception_is_not_offered_to_men_but_is_when_sex_is_not_recorded()
    {
        Assert.DoesNotContain(For(Decide(Case(violence: ViolenceKinds.Sexual, hours: 100, sex: Sex.Male)), "health-facility")?.Reasons ?? [], r => r.Rule.Id == "emergency-contraception");
        Assert.Contains(For(Decide(Case(violence: ViolenceKinds.Sexual, hours: 100, sex: null)), "health-facility")!.Reasons, r => r.Rule.Id == "emergency-contraception");
    }

    [Fact]
    public void The_consent_matrix()
    {
        // A rule that needs consent: refer with it, ask without it.
        Assert.Equal(ReferralStatus.Refer, For(Decide(Case(consent: true)), "counselling")!.Status);
        Assert.Equal(ReferralStatus.ConsentRequired, For(Decide(Case(consent: false)), "counselling")!.Status);

        // An override only where the rule allows that reason, and it is recorded.
        var threatened = Case(risk: RiskLevel.LifeThreatening, consent: false);
        var safePlace = For(Decide(threatened, ConsentOverrideReason.ThreatToLife), "safe-place")!;
        Assert.Equal((ReferralStatus.ReferWithoutConsent, ConsentOverrideReason.ThreatToLife), (safePlace.Status, safePlace.Override));
        Assert.Contains("without consent (threat-to-life", safePlace.Explain(), StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.ConsentRequired, For(Decide(threatened, ConsentOverrideReason.ThreatToLife), "counselling")!.Status);
        Assert.Equal(ReferralStatus.ConsentRequired, For(Decide(threatened, ConsentOverrideReason.ChildAtRisk), "safe-place")!.Status);
        Assert.Equal(ReferralStatus.ConsentRequired, For(Decide(threatened), "safe-place")!.Status);

        // Life-saving and child-protection services need no consent.
        Assert.Equal(ReferralStatus.Refer, For(Decide(threatened), "police")!.Status);
        Assert.Equal(ReferralStatus.Refer, For(Decide(Case(10, consent: false)), "child-protection")!.Status);

        // A child beaten at home, no consent recorded: "child at risk" lets health care go ahead; on an adult's case it does not.
        var child = For(Decide(Case(10, consent: false), ConsentOverrideReason.ChildAtRisk), "health-facility")!;
        Assert.Equal((ReferralStatus.ReferWithoutConsent, ConsentOverrideReason.ChildAtRisk, ConsentGiver.ParentOrGuardian), (child.Status, child.Override, child.ConsentOf));
        Assert.Equal(ReferralStatus.ConsentRequired, For(Decide(Case(30, consent: false), ConsentOverrideReason.ChildAtRisk), "health-facility")!.Status);

        // Asked without an override, a child's consent is a parent's or guardian's, the child's views heard.
        var asked = For(Decide(Case(10, consent: false)), "health-facility")!;
        Assert.Equal((ReferralStatus.ConsentRequired, ConsentGiver.ParentOrGuardian), (asked.Status, asked.ConsentOf));
        Assert.StartsWith("Ask the consent of the child's parent or guardian, hearing the child's views, to refer to Health facility", asked.Explain(), StringComparison.Ordinal);
        Assert.StartsWith("Hỏi ý kiến đồng ý của cha, mẹ hoặc người giám hộ, lắng nghe ý kiến của trẻ em", asked.Explain("vi", DateTimeZone.Utc), StringComparison.Ordinal);
        Assert.Equal(ConsentGiver.Survivor, For(Decide(Case(30, consent: false)), "health-facility")!.ConsentOf);
    }

    [Fact]
    public void A_sexually_abused_child_gets_the_12_hour_intervention_and_the_assessment_without_a_recorded_risk()
    {
        var c = Case(13, violence: ViolenceKinds.Sexual, hours: 2, risk: null, consent: false);
        var decision = For(Decide(c), "child-protection")!;
        Assert.Equal((ReferralStatus.Refer, Urgency.Emergency, c.ReportedAt!.Value + Duration.FromHours(12)), (decision.Status, decision.Urgency, decision.Deadline!.Value));
        Assert.Equal(["child-serious-harm", "child-sexual-abuse", "child-protection"], decision.Reasons.Select(r => r.Rule.Id));
        Assert.Equal(ReferralStatus.NeedsInformation, decision.Reasons[0].Status);
        Assert.Contains("Form 02", Assert.Single(decision.Assessments).En, StringComparison.Ordinal);
        var vi = decision.Explain("vi", DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        Assert.StartsWith("Chuyển gửi đến Người làm công tác bảo vệ trẻ em cấp xã (Chủ tịch UBND cấp xã) (khẩn cấp), hạn 05:00 02/06/2024 (+07:00)", vi, StringComparison.Ordinal);
        Assert.Contains("đánh giá: Đánh giá nguy cơ ban đầu", vi, StringComparison.Ordinal);
        Assert.Contains("trong vòng 12 giờ từ khi nhận thông tin", vi, StringComparison.Ordinal);

        // A child beaten, risk not recorded: child protection now, the assessment asked for, the emergency kept.
        var beaten = For(Decide(Case(13, risk: null, consent: false)), "child-protection")!;
        Assert.Equal((ReferralStatus.Refer, Urgency.Emergency), (beaten.Status, beaten.Urgency));
        Assert.Single(beaten.Assessments);
        // Risk recorded low: the serious-harm rule is decided and does not hold; urgent, no prompt.
        var low = For(Decide(Case(13, risk: RiskLevel.Low, consent: false)), "child-protection")!;
        Assert.Equal((Urgency.Urgent, 0), (low.Urgency, low.Assessments.Length));
    }

    [Fact]
    public void Missing_information_a_rule_needs_is_named_not_silently_ignored()
    {
        var unknownAge = For(Decide(Case(age: null)), "child-protection")!;
        Assert.Equal(ReferralStatus.NeedsInformation, unknownAge.Status);
        Assert.Equal(["age"], unknownAge.MissingInformation);
        Assert.StartsWith("Record age to decide on referral to", unknownAge.Explain(), StringComparison.Ordinal);

        // Rape with no incident time: health care holds; PEP and contraception wait for the time, and so does forensics.
        var unknownTime = For(Decide(Case(violence: ViolenceKinds.Sexual, hours: null)), "health-facility")!;
        Assert.Equal(ReferralStatus.Refer, unknownTime.Status);
        Assert.Equal(ReferralStatus.NeedsInformation, unknownTime.Reasons.Single(r => r.Rule.Id == "post-exposure-prophylaxis").Status);
        var forensic = For(Decide(Case(violence: ViolenceKinds.Sexual, hours: null)), "forensic-examination")!;
        Assert.Equal((ReferralStatus.NeedsInformation, "hoursSinceIncident"), (forensic.Status, forensic.MissingInformation.Single()));

        // A rule over two unknown fields names both.
        var both = ReferralRuleSet.Create([new ReferralRule("r", "age < 16 and risk = high", "s", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 0, "thử")],
            [new Service("s", ServiceKind.Hotline, new LocalizedText("Đường dây nóng", "Hotline"), null, null, "thử")]);
        var twoMissing = ReferralEngine<CaseRecord>.Compile(both, CaseFields.Map).Engine!.Decide(new CaseRecord { CaseId = "synthetic-20" }, Incident, null).Single();
        Assert.Equal(["age", "risk"], twoMissing.MissingInformation);
        Assert.StartsWith("Record age, risk to decide on referral to Hotline", twoMissing.Explain(), StringComparison.Ordinal);

        // A field map without "consent" never assumes it was given: a rule that needs it asks for it.
        var withoutConsent = FieldMap<CaseRecord>.Empty.AddNumber("age", c => c.Age, minimum: 0, maximum: 150).AddEnum("risk", c => c.Risk);
        var needsConsent = ReferralRuleSet.Create([new ReferralRule("r", "age < 16", "s", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.Required, [], 0, "thử")],
            [new Service("s", ServiceKind.Hotline, new LocalizedText("Đường dây nóng", "Hotline"), null, null, "thử")]);
        var asked = ReferralEngine<CaseRecord>.Compile(needsConsent, withoutConsent).Engine!.Decide(new CaseRecord { CaseId = "synthetic-21", Age = 12, Consent = true }, Incident, null).Single();
        Assert.Equal(ReferralStatus.ConsentRequired, asked.Status);

        // Without physical or sexual violence the incident time cannot matter: no health decision at all.
        Assert.Null(For(Decide(Case(violence: ViolenceKinds.Psychological, hours: null)), "health-facility"));
    }

    [Fact]
    public void A_deadline_already_passed_is_said_and_a_missing_start_time_is_explained()
    {
        var c = Case(violence: ViolenceKinds.Sexual, hours: 10);
        // At 80 hours PEP is late but emergency contraception is not: the decision is not late; at 121 hours both are.
        Assert.False(For(Decide(c, asOf: Incident + Duration.FromHours(80)), "health-facility")!.WindowPassed);
        var late = For(Decide(c, asOf: Incident + Duration.FromHours(121)), "health-facility")!;
        Assert.True(late.WindowPassed);
        Assert.StartsWith("Refer to Health facility (emergency), deadline passed at 2024-06-04 08:00 +00:00", late.Explain(), StringComparison.Ordinal);
        Assert.False(For(Decide(c, asOf: Incident + Duration.FromHours(71)), "health-facility")!.WindowPassed);

        var unreported = For(Decide(Case(8, risk: RiskLevel.High, hours: 3, reported: false)), "child-protection")!;
        Assert.Null(unreported.Deadline);
        Assert.Contains(unreported.Reasons, r => r.Note is not null && r.Note.Contains("report time is not recorded", StringComparison.Ordinal));
    }

    [Fact]
    public void Decisions_are_one_per_service_most_urgent_first_and_explained()
    {
        var decisions = Decide(Case(9, violence: ViolenceKinds.Sexual, hours: 4, risk: RiskLevel.LifeThreatening, domestic: true));
        Assert.Equal(decisions.Length, decisions.Select(d => d.Service.Id).Distinct().Count());
        Assert.Equal(
            ["child-protection", "health-facility", "police", "forensic-examination", "hotline-111", "commune-or-police", "safe-place", "no-contact-order", "counselling", "legal-aid"],
            decisions.Select(d => d.Service.Id));
        var text = decisions[1].Explain();
        Assert.Contains("rule post-exposure-prophylaxis: violence has sexual and hoursSinceIncident <= 72 [violence has sexual (violence = sexual): held; hoursSinceIncident <= 72 (hoursSinceIncident = 4): held]", text, StringComparison.Ordinal);
        Assert.Contains("source: WHO/UNHCR, Clinical management of survivors of rape (2001), Annex 6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_s_rules_extend_the_defaults_and_replace_one_with_the_same_id()
    {
        var plan = new Plan("p", new LocalizedText("Kế hoạch"), new PlanDocument(DocumentKind.Plan, null, null, null, "ubnd", null),
            AdministrativeLevel.Commune, new PlanPeriod(2024), Plan.DefaultTimeZone, SourceCompleteness.Complete)
        {
            Services = [new Service("tong-dai-18008065", ServiceKind.Hotline, new LocalizedText("Tổng đài 18008065"), "18008065", null, "80/KH-UBND")],
            ReferralRules =
            [
                new ReferralRule("city-hotline", "true", "tong-dai-18008065", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 20, "80/KH-UBND I.2.c"),
                new ReferralRule("counselling", "violence has psychological", "counselling", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 10, "plan"),
            ],
        };
        var set = ReferralRuleSet.Defaults.With(plan);
        Assert.Equal(16, set.Rules.Length);
        Assert.Equal("violence has psychological", set.Rules.Single(r => r.Id == "counselling").Condition);
        var engine = ReferralEngine<CaseRecord>.Compile(set, CaseFields.Map).Engine!;
        var decisions = engine.Decide(Case(violence: ViolenceKinds.Physical), Incident, null);
        Assert.NotNull(For(decisions, "tong-dai-18008065"));
        Assert.Null(For(decisions, "counselling"));
    }

    [Fact]
    public void Bad_rule_sets_give_diagnostics_naming_the_rule()
    {
        var unknown = ReferralRuleSet.Create([new ReferralRule("r", "agee < 16", "nowhere", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 0, "s")], []);
        var result = ReferralEngine<CaseRecord>.Compile(unknown, CaseFields.Map);
        Assert.Null(result.Engine);
        Assert.Equal(["GBV2006", "GBV3101"], result.Diagnostics.Select(d => d.Id).Order());
        Assert.All(result.Diagnostics, d => Assert.Equal("referral rule 'r'", d.Location.File));
        Assert.Equal("No service has the id \"nowhere\"", result.Diagnostics.Single(d => d.Id == "GBV2006").GetMessage("en"));

        var many = ReferralRuleSet.Create(Enumerable.Range(0, 65).Select(i => new ReferralRule($"r{i}", "true", "s", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 0, "s")),
            [new Service("s", ServiceKind.Hotline, new LocalizedText("s"), null, null, "s")]);
        var tooMany = Assert.Single(ReferralEngine<CaseRecord>.Compile(many, CaseFields.Map).Diagnostics);
        Assert.Equal(("GBV2402", "referral rules", "", "The rule set has 65 rules; an engine holds at most 64"), (tooMany.Id, tooMany.Location.File, tooMany.Location.Pointer, tooMany.GetMessage("en")));

        // 64 rules are the most one engine holds: they compile, and each is a bit of the mask.
        var most = ReferralRuleSet.Create(many.Rules.Take(64), many.Services);
        var compiled = ReferralEngine<CaseRecord>.Compile(most, CaseFields.Map);
        Assert.Empty(compiled.Diagnostics);
        Assert.Equal(64, compiled.Engine!.Rules.Length);
        Assert.Equal(64, compiled.Engine.Decide(Case(), Incident, null).Single().Reasons.Length);

        Assert.Throws<ArgumentNullException>(() => ReferralEngine<CaseRecord>.Compile(null!, CaseFields.Map));
        Assert.Throws<ArgumentNullException>(() => ReferralEngine<CaseRecord>.Compile(most, null!));
    }

    [Fact]
    public void A_summary_counts_decisions_per_service_unit_and_urgency()
    {
        CaseRecord[] cases =
        [
            Case(10, consent: false) with { Unit = "ward-1" },                                    // child beaten: protection + 111; health care, counselling, legal aid need consent
            Case(30, violence: ViolenceKinds.Sexual, hours: 10) with { Unit = "ward-2" },          // health (PEP, EC, care), forensic examination, counselling, legal aid
            Case(age: null, consent: true) with { Unit = null },                                   // age unknown: child rules need information; health care
        ];
        var summary = Engine.Summarize(cases);
        Assert.Equal(3, summary.Cases);
        Assert.Equal(new ServiceCounts(1, 0, 1), summary.PerService["child-protection"]);
        Assert.Equal(new ServiceCounts(1, 0, 1), summary.PerService["hotline-111"]);
        Assert.Equal(new ServiceCounts(2, 1, 0), summary.PerService["health-facility"]);
        Assert.Equal(new ServiceCounts(1, 0, 0), summary.PerService["forensic-examination"]);
        Assert.Equal(new ServiceCounts(2, 1, 0), summary.PerService["counselling"]);
        Assert.False(summary.PerService.ContainsKey("police"));

        // Interventions apart: one health facility, three interventions with their own counts.
        Assert.Equal(new ServiceCounts(1, 0, 0), summary.PerIntervention["post-exposure-prophylaxis"]);
        Assert.Equal(new ServiceCounts(1, 0, 0), summary.PerIntervention["emergency-contraception"]);
        Assert.Equal(new ServiceCounts(2, 1, 0), summary.PerIntervention["health-care"]);
        Assert.Equal(new ServiceCounts(1, 0, 1), summary.PerIntervention["child-protection"]);
        Assert.False(summary.PerIntervention.ContainsKey("child-sexual-abuse"));
        Assert.Equal(new Dictionary<string, long> { [""] = 1, ["ward-1"] = 1, ["ward-2"] = 1 }, summary.PerUnit);
        Assert.Equal(new Dictionary<Urgency, long> { [Urgency.Routine] = 6, [Urgency.Urgent] = 5, [Urgency.Emergency] = 1 }, summary.PerUrgency);
    }

    [Property(MaxTest = 50)]
    public void Summaries_do_not_depend_on_the_order_of_cases_and_merge_over_any_split(int seed, int split)
    {
        var random = new RandomConditions(seed);
        var cases = Enumerable.Range(0, 200).Select(random.Case).ToList();
        var whole = Engine.Summarize(cases);
        Assert.Equal(whole, Engine.Summarize(cases.OrderBy(c => c.GetHashCode() ^ seed)));
        var at = Math.Abs(split % 201);
        Assert.Equal(whole, Engine.Summarize(cases.Take(at)).Merge(Engine.Summarize(cases.Skip(at))));
        Assert.Equal(whole, Engine.SummarizeAsync(cases.ToAsyncEnumerable(), TestContext.Current.CancellationToken).GetAwaiter().GetResult());
    }

    [Property(MaxTest = 50)]
    public void Decisions_do_not_depend_on_the_order_rules_are_given_in(int seed)
    {
        var random = new Random(seed);
        var shuffled = ReferralRuleSet.Create(DefaultReferralRules.Rules.OrderBy(_ => random.Next()), DefaultReferralRules.Services.OrderBy(_ => random.Next()));
        var other = ReferralEngine<CaseRecord>.Compile(shuffled, CaseFields.Map).Engine!;
        var cases = new RandomConditions(seed);
        for (var i = 0; i < 30; i++)
        {
            var c = cases.Case(i);
            Assert.Equal(Engine.Decide(c, Incident, null), other.Decide(c, Incident, null));
        }
    }

    [Property(MaxTest = 50)]
    public void Summaries_agree_with_decisions_case_by_case(int seed)
    {
        var cases = new RandomConditions(seed);
        for (var i = 0; i < 20; i++)
        {
            var c = cases.Case(i);
            var decisions = Engine.Decide(c, Incident, null);
            var summary = Engine.Summarize([c]);
            foreach (var decision in decisions)
            {
                var counts = summary.PerService[decision.Service.Id];
                Assert.Equal(1, decision.Status switch
                {
                    ReferralStatus.Refer => counts.Refer,
                    ReferralStatus.ConsentRequired => counts.ConsentRequired,
                    _ => counts.NeedsInformation,
                });
            }

            Assert.Equal(decisions.Length, summary.PerService.Count);
        }
    }
}
