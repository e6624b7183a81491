using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Testing;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Testing;

/// <summary>The Gbv.Domain.Testing package: its assertions pass on the seed plans' facts and fail with a useful message.</summary>
public sealed class PlanAssertTests
{
    private static readonly Plan DakTo = PlanAssert.Valid(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"));

    private static readonly CaseRecord Child = new() { CaseId = "c", Age = 14, Risk = RiskLevel.High, ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) };

    [Fact]
    public void The_seed_plan_s_facts_hold()
    {
        PlanAssert.MinimumCount(DakTo, "victims-supported", 2020, denominator: 37, expected: 34);
        var decision = PlanAssert.Refers(DakTo, Child, "child-protection", ReferralStatus.Refer);
        Assert.Equal(Urgency.Emergency, decision.Urgency);
        Assert.Equal(0, PlanAssert.ScenariosPass(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json")).Failed);
    }

    [Fact]
    public void A_wrong_expectation_fails_with_expected_actual_and_why()
    {
        var count = Assert.Throws<PlanAssertException>(() => PlanAssert.MinimumCount(DakTo, "victims-supported", 2020, 37, 33));
        Assert.Equal("\"victims-supported\" (more than 90% by 2020) of 37: expected a least count of 33, but it is 34", count.Message);

        var referral = Assert.Throws<PlanAssertException>(() => PlanAssert.Refers(DakTo, Child, "safe-place", ReferralStatus.Refer));
        Assert.StartsWith("expected Refer for \"safe-place\", but it is ConsentRequired:", referral.Message, StringComparison.Ordinal);

        var invalid = Assert.Throws<PlanAssertException>(() => PlanAssert.Valid(Path.Combine(TestFiles.Malformed, "unknown-issuer.json")));
        Assert.Contains("error GBV2002", invalid.Message, StringComparison.Ordinal);

        Assert.Throws<PlanAssertException>(() => PlanAssert.Conforms(DakTo, DakTo));
    }

    /// <summary>Generated plans are valid and read back as written; generated submissions are on time exactly when before the deadline.</summary>
    [Property(MaxTest = 50)]
    public Property Generated_plans_and_submissions_behave() =>
        Prop.ForAll(GbvGenerators.Plans(), GbvGenerators.Submissions(DakTo, ["xa-a", "xa-b"]).ToArbitrary(), (plan, submission) =>
        {
            Assert.Equal(plan, PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan);
            var schedule = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam);
            var report = schedule.Find(submission.Obligation, submission.Period)!;
            var expected = TimelinessChecker.Expected(report, submission.Unit, submission.SubmittedAt, Instant.MaxValue, schedule.Zone);
            Assert.Equal(submission.SubmittedAt < report.Deadline ? Timeliness.OnTime : Timeliness.Late, expected.Status);
        });
}
