using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Referrals;
using Gbv.Domain.Testing;
using NodaTime;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// A survivor's data stays where it was put: a referral's explanation can be redacted, its decision kept (what the tool
/// prints is tested in tests/Gbv.Domain.Cli.Tests, Hardening/DataProtectionTests).
/// </summary>
public sealed class DataProtectionTests
{
    private static readonly ReferralEngine<CaseRecord> Engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map).Engine!;
    private static readonly Instant Incident = Instant.FromUtc(2024, 6, 1, 1, 0);

    [Fact]
    public void A_redacted_referral_keeps_the_decision_and_drops_the_case_values()
    {
        var child = new CaseRecord
        {
            CaseId = "synthetic-redact", Age = 14, Sex = Sex.Female, Violence = ViolenceKinds.Sexual, Risk = RiskLevel.High,
            Consent = false, IncidentAt = Incident, ReportedAt = Incident + Duration.FromHours(3), Unit = "xa-a",
        };
        var decisions = Engine.Decide(child, Incident + Duration.FromHours(4), null);
        Assert.NotEmpty(decisions);
        Assert.Contains(decisions, d => d.Explain().Contains("age = 14", StringComparison.Ordinal));

        foreach (var decision in decisions)
        {
            var redacted = decision.Redacted();
            Assert.Equal(decision, redacted);
            Assert.Equal(decision.Deadline, redacted.Deadline);
            var text = redacted.Explain();
            Assert.DoesNotContain("age = 14", text, StringComparison.Ordinal);
            Assert.DoesNotContain("risk = high", text, StringComparison.Ordinal);
            var clauses = decision.Reasons.Sum(r => r.Explanation.Clauses.Length);
            Assert.Equal(clauses, text.Split(ClauseExplanation.HiddenValue).Length - 1);
            // The rules and their sources stay: the reason is still explained, only the values are gone.
            Assert.All(decision.Reasons, r => Assert.Contains("rule " + r.Rule.Id, text, StringComparison.Ordinal));
        }

        // The decision as made is not changed by redacting it.
        Assert.Contains(decisions, d => d.Explain().Contains("age = 14", StringComparison.Ordinal));
    }

    /// <summary>For any case, every value in a redacted explanation is hidden and the clauses and results are kept.</summary>
    [Property(MaxTest = 200)]
    public Property Redaction_hides_every_value_and_keeps_every_clause() =>
        Prop.ForAll(GbvGenerators.Cases(), record =>
        {
            foreach (var decision in Engine.Decide(record, Incident, null))
            {
                var redacted = decision.Redacted();
                var pairs = decision.Reasons.Zip(redacted.Reasons);
                if (!pairs.All(p => p.First.Rule == p.Second.Rule && p.First.Explanation.Result == p.Second.Explanation.Result
                    && p.First.Explanation.Clauses.Select(c => (c.Clause, c.Field, c.Held)).SequenceEqual(p.Second.Explanation.Clauses.Select(c => (c.Clause, c.Field, c.Held)))
                    && p.Second.Explanation.Clauses.All(c => c.Value == ClauseExplanation.HiddenValue)))
                {
                    return false;
                }
            }

            return true;
        });
}
