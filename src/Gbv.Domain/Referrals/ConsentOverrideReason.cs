namespace Gbv.Domain.Referrals;

/// <summary>
/// The reasons, from a fixed list, for which a referral may go ahead without the survivor's recorded consent, where
/// the rule allows it. The reason is recorded in the decision and shown in its explanation.
/// </summary>
public enum ConsentOverrideReason
{
    /// <summary>The survivor's life is threatened (Law 13/2022/QH15 Art. 25: a no-contact order without consent).</summary>
    ThreatToLife = 0,

    /// <summary>
    /// A child faces serious harm (Decree 56/2017/NĐ-CP Art. 26), for instance where the parent who would consent is
    /// the one who harms. Only for a child: on the case of a person 16 or older (or of unknown age) it is not a reason.
    /// </summary>
    ChildAtRisk,
}
