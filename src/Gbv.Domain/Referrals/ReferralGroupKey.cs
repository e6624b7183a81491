namespace Gbv.Domain.Referrals;

/// <summary>
/// What a case's referral summary depends on, as a database groups it: its unit, the conditions that hold, those that
/// could (bits per distinct rule condition, mapped back to rules by the engine), its consent.
/// </summary>
internal sealed class ReferralGroupKey
{
    public string? Unit { get; set; }

    public long Fired { get; set; }

    public long Possible { get; set; }

    public bool Consent { get; set; }
}
