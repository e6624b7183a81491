namespace Gbv.Domain.Referrals;

/// <summary>How many cases share one <see cref="ReferralGroupKey"/>, as the aggregate query returns them.</summary>
internal sealed class ReferralGroupCount
{
    public string? Unit { get; set; }

    public long Fired { get; set; }

    public long Possible { get; set; }

    public bool Consent { get; set; }

    public long Count { get; set; }
}
