using Gbv.Domain.Evaluation.Referrals;

namespace Gbv.Domain.Referrals;

/// <summary>
/// Which rules of a compiled rule set hold for a case, as bit masks over <see cref="ReferralEngine{T}.Rules"/>
/// (bit <c>i</c> is rule <c>i</c>). A value type: matching allocates nothing.
/// </summary>
/// <param name="Fired">Rules whose condition holds.</param>
/// <param name="Undetermined">Rules whose condition does not hold but could, once missing values are recorded.</param>
public readonly record struct ReferralMatch(ulong Fired, ulong Undetermined)
{
    /// <summary>Whether rule <paramref name="index"/> holds.</summary>
    public bool Holds(int index) => (Fired & (1UL << index)) != 0;
}
