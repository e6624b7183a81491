using System.Collections.Immutable;

namespace Gbv.Domain.Indicators;

/// <summary>An indicator's figures for a year: what was reported (null when not), their names, and why there are none.</summary>
/// <remarks>
/// Only what a kind of indicator has is given: a ratio its denominator, a count the words after its number ("time(s) …
/// was done"), an indicator that cannot be evaluated the reason.
/// </remarks>
internal readonly record struct Figures(
    decimal? Numerator,
    string NumeratorName,
    decimal? Denominator = null,
    string? DenominatorName = null,
    bool HasDenominator = false,
    string Period = "",
    string PeriodVi = "",
    (string En, string Vi)? Unstated = null)
{
    /// <summary>How the ratio was pooled over units: null for counts, which are summed as reported.</summary>
    public Pool? Pool { get; init; }
}

/// <summary>A ratio pooled unit by unit: how many units, which were left out and why, which had a figure counted as 0.</summary>
internal sealed record Pool(int Reported, int Expected, ImmutableArray<UnitGap> Missing, ImmutableArray<UnitGap> Impossible, ImmutableArray<UnitGap> ZeroFilled);
