using System.Collections.Immutable;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Tests.Conditions;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Referrals;

/// <summary>
/// One service reached by several rules of different urgency and consent: the decision takes the best status, the most
/// urgent of the rules at that status and only their missing information; the summary counts the same; equality and
/// the explanation cover every member.
/// </summary>
public sealed class ReferralDecisionTests
{
    private static readonly Instant Incident = Instant.FromUtc(2024, 6, 1, 1, 0);

    // Lower urgency at higher priority, so that "the most urgent" is not "the first".
    private static readonly ReferralRuleSet Dense = ReferralRuleSet.Create(
    [
        new ReferralRule("minor", "age < 18", "health-facility", Urgency.Routine, null, WindowStart.Report, ConsentRequirement.Required, [], 50, "test: minor"),
        new ReferralRule("high-risk", "risk = high", "health-facility", Urgency.Emergency, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 40, "test: high risk"),
        new ReferralRule("sexual", "violence has sexual", "health-facility", Urgency.Urgent, Duration.FromHours(72), WindowStart.Incident, ConsentRequirement.Required, [], 30, "test: 72 hours"),
        new ReferralRule("child-or-life", "age < 16 or risk = life-threatening", "counselling", Urgency.Urgent, null, WindowStart.Report, ConsentRequirement.NotRequired, [], 20, "test: child or life"),
        new ReferralRule("women", "sex = female", "counselling", Urgency.Routine, Duration.FromHours(24), WindowStart.Report, ConsentRequirement.Required, [ConsentOverrideReason.ChildAtRisk], 10, "test: women"),
    ], DefaultReferralRules.Services);

    // Per test, not per process: see ReferralEngineTests.
    private readonly ReferralEngine<CaseRecord> Engine = ReferralEngine<CaseRecord>.Compile(Dense, CaseFields.Map).Engine!;

    private ReferralDecision For(CaseRecord c, string service, ConsentOverrideReason? reason = null) =>
        Engine.Decide(c, Incident + Duration.FromHours(1), reason).Single(d => d.Service.Id == service);

    [Fact]
    public void The_decision_takes_the_most_urgent_rule_at_the_best_status_and_only_its_missing_information()
    {
        // Minor (routine, consent) and high risk (emergency, no consent): refer, as an emergency, on the high-risk rule.
        var c = new CaseRecord { CaseId = "synthetic-1", Age = 15, Risk = RiskLevel.High, Consent = false, Violence = ViolenceKinds.Physical };
        var health = For(c, "health-facility");
        Assert.Equal((ReferralStatus.Refer, Urgency.Emergency), (health.Status, health.Urgency));
        Assert.Equal(["minor", "high-risk"], health.Reasons.Select(r => r.Rule.Id));
        Assert.Empty(health.MissingInformation);

        // With consent, both rules refer: the most urgent of them is the decision's urgency though it comes second.
        Assert.Equal(Urgency.Emergency, For(c with { Consent = true }, "health-facility").Urgency);

        // The age is unknown but "risk = life-threatening" holds: refer; the missing age is not asked for.
        var counselling = For(new CaseRecord { CaseId = "synthetic-2", Risk = RiskLevel.LifeThreatening, Sex = Sex.Female }, "counselling");
        Assert.Equal(ReferralStatus.Refer, counselling.Status);
        Assert.Empty(counselling.MissingInformation);

        // Nothing holds and the age is unknown: the decision asks for it.
        var unknown = For(new CaseRecord { CaseId = "synthetic-3", Risk = RiskLevel.Low, Sex = Sex.Male }, "counselling");
        Assert.Equal((ReferralStatus.NeedsInformation, "age"), (unknown.Status, unknown.MissingInformation.Single()));
    }

    [Fact]
    public void An_override_reason_is_kept_only_on_a_referral_made_without_consent()
    {
        // "Child at risk" is a reason only on a child's case: a woman of 30, or a girl of unknown age, still needs consent.
        var woman = new CaseRecord { CaseId = "synthetic-4", Age = 30, Sex = Sex.Female, Consent = false, Risk = RiskLevel.Low };
        Assert.Equal(ReferralStatus.ConsentRequired, For(woman, "counselling", ConsentOverrideReason.ChildAtRisk).Status);
        Assert.Equal(ReferralStatus.ConsentRequired, For(woman with { Age = null }, "counselling", ConsentOverrideReason.ChildAtRisk).Status);
        var overridden = For(woman, "counselling", ConsentOverrideReason.ThreatToLife);
        Assert.Equal((ReferralStatus.ConsentRequired, (ConsentOverrideReason?)null), (overridden.Status, overridden.Override));
        // The health rule (minor) does not hold and the high-risk rule does not need consent: no override there.
        var child = new CaseRecord { CaseId = "synthetic-5", Age = 10, Sex = Sex.Female, Consent = false, Risk = RiskLevel.High };
        var health = For(child, "health-facility", ConsentOverrideReason.ChildAtRisk);
        Assert.Equal((ReferralStatus.Refer, (ConsentOverrideReason?)null), (health.Status, health.Override));
        // A rule that allows no override still needs consent.
        Assert.Equal(ReferralStatus.ConsentRequired, For(child with { Risk = RiskLevel.Low }, "health-facility", ConsentOverrideReason.ChildAtRisk).Status);
    }

    [Fact]
    public void The_explanation_gives_every_test_and_why_a_deadline_is_missing()
    {
        // Sexual violence with no incident time: the 72-hour deadline cannot be set, and the explanation says so.
        var c = new CaseRecord { CaseId = "synthetic-6", Age = 20, Violence = ViolenceKinds.Sexual, Risk = RiskLevel.Medium, Consent = true };
        var text = For(c, "health-facility").Explain();
        Assert.Equal(
            "Refer to Health facility (urgent)" + Environment.NewLine
            + "  rule sexual: violence has sexual [violence has sexual (violence = sexual): held] (the incident time is not recorded, so the 72-hour deadline cannot be set)" + Environment.NewLine
            + "    source: test: 72 hours",
            text);

        var missing = For(new CaseRecord { CaseId = "synthetic-7", Risk = RiskLevel.Low, Sex = Sex.Male }, "counselling").Explain();
        Assert.StartsWith("Record age to decide on referral to ", missing, StringComparison.Ordinal);
        Assert.Contains("age < 16 or risk = life-threatening [age < 16 (age = missing): did not hold; risk = life-threatening (risk = low): did not hold]", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_differ_when_any_member_differs()
    {
        var c = new CaseRecord { CaseId = "synthetic-8", Age = 15, Risk = RiskLevel.High, Consent = false, Violence = ViolenceKinds.Sexual, IncidentAt = Incident };
        var d = For(c, "health-facility");
        Assert.Equal(d, For(c, "health-facility"));
        ReferralDecision With(Service? service = null, ReferralStatus? status = null, Urgency? urgency = null, Instant? deadline = null, bool? passed = null,
            ConsentOverrideReason? reason = null, ImmutableArray<string>? missing = null, ImmutableArray<ReferralReason>? reasons = null) =>
            new(service ?? d.Service, status ?? d.Status, urgency ?? d.Urgency, deadline ?? d.Deadline, passed ?? d.WindowPassed, reason ?? d.Override,
                missing ?? d.MissingInformation, reasons ?? d.Reasons);

        Assert.NotEqual(d, With(service: DefaultReferralRules.Services.First(s => s.Id != d.Service.Id)));
        Assert.NotEqual(d, With(status: ReferralStatus.ConsentRequired));
        Assert.NotEqual(d, With(urgency: Urgency.Routine));
        Assert.NotEqual(d, With(deadline: Incident));
        Assert.NotEqual(d, With(passed: !d.WindowPassed));
        Assert.NotEqual(d, With(reason: ConsentOverrideReason.ThreatToLife));
        Assert.NotEqual(d, With(missing: ["age"]));
        Assert.NotEqual(d, With(reasons: d.Reasons.RemoveAt(0)));
        Assert.False(d.Equals(null));
    }

    [Fact]
    public void Rules_and_rule_sets_differ_when_any_member_differs()
    {
        var r = Dense.Rules.Single(x => x.Id == "women");
        Assert.Equal(r, new ReferralRule(r.Id, r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source));
        ReferralRule[] changed =
        [
            new(r.Id + "x", r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, "sex = male", r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, "police", r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, Urgency.Emergency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, Duration.FromHours(12), r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, r.Window, WindowStart.Incident, r.Consent, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, ConsentRequirement.NotRequired, r.OverrideReasons, r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, [], r.Priority, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority + 1, r.Source),
            new(r.Id, r.Condition, r.Service, r.Urgency, r.Window, r.WindowStart, r.Consent, r.OverrideReasons, r.Priority, r.Source + "x"),
        ];
        Assert.All(changed, other => Assert.NotEqual(r, other));
        Assert.False(r.Equals(null));

        Assert.Equal(Dense, ReferralRuleSet.Create(Dense.Rules.Reverse(), Dense.Services));
        Assert.NotEqual(Dense, ReferralRuleSet.Create(Dense.Rules.Skip(1), Dense.Services));
        Assert.NotEqual(Dense, ReferralRuleSet.Create(Dense.Rules, Dense.Services.Skip(1)));
        Assert.False(Dense.Equals(null));
    }

    /// <summary>The one-pass summary agrees with the decisions, status and urgency, on rules that compete for a service.</summary>
    [Property(MaxTest = 50)]
    public void Summaries_agree_with_decisions_when_rules_compete_for_a_service(int seed)
    {
        var cases = new RandomConditions(seed);
        for (var i = 0; i < 30; i++)
        {
            var c = cases.Case(i);
            var decisions = Engine.Decide(c, Incident, null);
            var summary = Engine.Summarize([c]);
            Assert.Equal(decisions.Length, summary.PerService.Count);
            foreach (var decision in decisions)
            {
                var counts = summary.PerService[decision.Service.Id];
                Assert.Equal(new ServiceCounts(
                    decision.Status == ReferralStatus.Refer ? 1 : 0,
                    decision.Status == ReferralStatus.ConsentRequired ? 1 : 0,
                    decision.Status == ReferralStatus.NeedsInformation ? 1 : 0), counts);
            }

            var urgencies = decisions.Where(d => d.Status != ReferralStatus.NeedsInformation).GroupBy(d => d.Urgency).ToDictionary(g => g.Key, g => (long)g.Count());
            Assert.Equal(urgencies.OrderBy(p => p.Key), summary.PerUrgency.Where(p => p.Value > 0).OrderBy(p => p.Key));
        }
    }

    [Fact]
    public async Task An_empty_stream_summarizes_to_nothing_and_missing_arguments_are_refused()
    {
        var empty = Engine.Summarize([]);
        Assert.Equal((0L, 0, 0, 0), (empty.Cases, empty.PerService.Count, empty.PerUnit.Count, empty.PerUrgency.Count));
        Assert.Equal(empty, await Engine.SummarizeAsync(AsyncEnumerable.Empty<CaseRecord>(), TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => Engine.Summarize(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Engine.SummarizeAsync(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => Dense.With(null!));
    }

    [Fact]
    public void The_summary_counts_units_as_the_cases_give_them()
    {
        var summary = Engine.Summarize(
        [
            new CaseRecord { CaseId = "synthetic-9", Age = 12, Unit = "xa-a" },
            new CaseRecord { CaseId = "synthetic-10", Age = 40, Risk = RiskLevel.High, Unit = "xa-b" },
            new CaseRecord { CaseId = "synthetic-11", Age = 40, Risk = RiskLevel.Low, Sex = Sex.Male, Unit = "xa-b" },
        ]);
        // The third case is referred nowhere: every rule is decided and none holds. Units count cases with a referral.
        Assert.Equal(new Dictionary<string, long> { ["xa-a"] = 1, ["xa-b"] = 1 }, summary.PerUnit);
        Assert.Equal(3, summary.Cases);
    }

    [Fact]
    public void A_deadline_has_passed_only_after_its_instant()
    {
        // Sexual violence: 72 hours from the incident. At the deadline itself there is still time; a tick later there is not.
        var c = new CaseRecord { CaseId = "synthetic-12", Age = 30, Violence = ViolenceKinds.Sexual, Risk = RiskLevel.Low, Consent = true, IncidentAt = Incident };
        var deadline = Incident + Duration.FromHours(72);
        var at = Engine.Decide(c, deadline, null).Single(d => d.Service.Id == "health-facility");
        Assert.Equal((deadline, false), (at.Deadline!.Value, at.WindowPassed));
        Assert.True(Engine.Decide(c, deadline + Duration.Epsilon, null).Single(d => d.Service.Id == "health-facility").WindowPassed);
        Assert.Contains("deadline passed at 2024-06-04 01:00 +00:00", Engine.Decide(c, deadline + Duration.FromHours(1), null).Single(d => d.Service.Id == "health-facility").Explain(), StringComparison.Ordinal);
    }
}
