namespace Gbv.Domain.Referrals;

/// <summary>How many cases got each kind of decision for one service.</summary>
/// <param name="Refer">Cases to refer (consent recorded or not needed).</param>
/// <param name="ConsentRequired">Cases waiting for the survivor's consent.</param>
/// <param name="NeedsInformation">Cases missing information the rules need.</param>
public readonly record struct ServiceCounts(long Refer, long ConsentRequired, long NeedsInformation);
