namespace Gbv.Domain.Referrals;

/// <summary>
/// What a Vietnamese reader calls a referral rule: the name its plan gives it, else a default rule's name from the
/// package's words (also for a plan's rule that replaces that default), else nothing, and each reader says it its way
/// (the decision "the plan's rule", the report the service it refers to).
/// </summary>
internal static class ReferralRuleNames
{
    /// <summary>The rule's Vietnamese name, or null when neither the plan nor the package names it.</summary>
    public static string? Vietnamese(ReferralRule rule) => rule.Name?.Vi ?? Localization.Words.Find("Rule." + rule.Id, vi: true);
}
