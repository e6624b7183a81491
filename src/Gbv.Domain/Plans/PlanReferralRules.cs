using Gbv.Domain.Referrals;

namespace Gbv.Domain.Plans;

/// <summary>A plan's referral rules layered on a rule set: <c>ReferralRuleSet.Defaults.With(plan)</c>.</summary>
public static class PlanReferralRules
{
    /// <summary>The set with the plan's rules and services layered on top: a rule or service of the plan replaces one of the same id.</summary>
    /// <param name="set">The rules the plan builds on, such as <see cref="ReferralRuleSet.Defaults"/> or a parent plan's.</param>
    /// <param name="plan">The plan whose rules and services are added.</param>
    public static ReferralRuleSet With(this ReferralRuleSet set, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(plan);
        return set.Layer(plan.ReferralRules, plan.Services);
    }
}
