namespace Gbv.Domain.Referrals;

/// <summary>Whose consent a referral needs.</summary>
public enum ConsentRequirement
{
    /// <summary>The survivor's recorded consent is needed (the rule for every service but child protection and life-saving ones).</summary>
    Required = 0,

    /// <summary>No consent is needed: child protection, and services that save a life.</summary>
    NotRequired,
}
