using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using NodaTime;

namespace Gbv.Domain.PublicApiTests;

/// <summary>What an embedding system does, written with the public API alone.</summary>
public sealed class EmbeddingTests
{
    [Fact]
    public void A_plan_file_loads_and_a_target_is_judged_on_reported_figures()
    {
        var loaded = ComplianceEngine.LoadFile(Path.Combine(AppContext.BaseDirectory, "plans", "ubnd-dak-to-2017-2020.plan.json"));
        var plan = Assert.IsType<CompiledPlan<CaseRecord>>(loaded.CompiledPlan);

        // "Trên 90%" of 37 victims detected needs 34 supported; 33 is one short.
        var report = plan.Evaluate(
            new ComplianceData<CaseRecord>
            {
                ReportedValues =
                [
                    new ReportedValue("xa-a", 2020, "victims_detected", 20), new ReportedValue("xa-a", 2020, "victims_supported", 18),
                    new ReportedValue("xa-b", 2020, "victims_detected", 17), new ReportedValue("xa-b", 2020, "victims_supported", 15),
                ],
            },
            plan.EndOfDay(new LocalDate(2020, 12, 31)));

        var supported = report.Indicators.Single(r => r.Explain("en").StartsWith("victims-supported (more than 90% by 2020)", StringComparison.Ordinal));
        Assert.Equal(IndicatorStatus.NotMet, supported.Status);
        Assert.Contains("33 of 37", supported.Explain("en"), StringComparison.Ordinal);
        Assert.Contains("needs 34, 1 more needed", supported.Explain("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_rules_report_a_child_survivor_of_sexual_violence_at_once_and_ask_her_guardian_before_health_care()
    {
        var engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map).Engine!;
        var reported = Instant.FromUtc(2026, 3, 2, 1, 0);
        var survivor = new CaseRecord
        {
            CaseId = "synthetic-1", Age = 13, Sex = Sex.Female, Violence = ViolenceKinds.Sexual,
            IncidentAt = reported - Duration.FromHours(20), ReportedAt = reported,
        };

        var decisions = engine.Decide(survivor, reported, consentOverride: null);

        // A child under 16 (Law on Children, Art. 1): the commune's child protection is told at once whatever consent says;
        // health care waits for the consent of a parent or guardian, which the record does not have yet.
        var protection = decisions.Single(d => d.Service.Kind == ServiceKind.ChildProtection);
        Assert.Equal((ReferralStatus.Refer, Urgency.Emergency), (protection.Status, protection.Urgency));
        var health = decisions.First(d => d.Service.Id == "health-facility");
        Assert.Equal((ReferralStatus.ConsentRequired, ConsentGiver.ParentOrGuardian), (health.Status, health.ConsentOf));
        Assert.All(decisions, d => Assert.NotEmpty(d.Reasons));
    }

    [Fact]
    public void A_plan_extends_the_default_rules_with_its_own_through_the_public_extension()
    {
        var loaded = ComplianceEngine.LoadFile(Path.Combine(AppContext.BaseDirectory, "plans", "ubnd-dak-to-2017-2020.plan.json"));
        var plan = loaded.CompiledPlan!.Plan;

        var rules = ReferralRuleSet.Defaults.With(plan);

        Assert.True(rules.Rules.Length >= ReferralRuleSet.Defaults.Rules.Length);
        Assert.All(plan.ReferralRules, rule => Assert.Contains(rule, rules.Rules));
    }
}
