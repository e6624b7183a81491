namespace Gbv.Domain.Referrals;

/// <summary>What to do about a service for a case.</summary>
public enum ReferralStatus
{
    /// <summary>Refer: the rule holds and consent is recorded or not needed.</summary>
    Refer = 0,

    /// <summary>Refer without consent, for a reason the rule allows (recorded in the decision).</summary>
    ReferWithoutConsent,

    /// <summary>The rule holds but the survivor's consent is not recorded: ask for it; do not refer yet.</summary>
    ConsentRequired,

    /// <summary>The rule could hold but the case lacks information it needs: record it, then decide again.</summary>
    NeedsInformation,
}
