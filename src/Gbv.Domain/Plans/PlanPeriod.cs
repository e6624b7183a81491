namespace Gbv.Domain.Plans;

/// <summary>
/// The years a plan covers: a single year (2023), several (2017-2020, with a vision to 2030), or open-ended
/// ("from 2020", with reviews in 2022 and 2025).
/// </summary>
/// <remarks>Years are whole calendar years; <see cref="To"/> is inclusive.</remarks>
public sealed record PlanPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="from">The first year.</param>
    /// <param name="to">The last year (inclusive), or null for an open-ended plan.</param>
    /// <param name="vision">A vision year beyond the period ("tầm nhìn đến năm 2030"), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1-9999, the end precedes the start, or the vision does not follow the period.</exception>
    public PlanPeriod(int from, int? to = null, int? vision = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, 9999);
        if (to is int t && (t < from || t > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last year must not precede the first.");
        }

        if (vision is int v && (v < (to ?? from) || v > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(vision), vision, "The vision year must not precede the period's end.");
        }

        From = from;
        To = to;
        Vision = vision;
    }

    /// <summary>The first year.</summary>
    public int From { get; }

    /// <summary>The last year (inclusive), or null when open-ended.</summary>
    public int? To { get; }

    /// <summary>The vision year, or null.</summary>
    public int? Vision { get; }

    /// <summary>Whether a year lies within the period (not counting the vision).</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool Contains(int year) => year >= From && (To is not int to || year <= to);

    /// <summary>Whether a year lies within the period or is its vision year.</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool ContainsOrVision(int year) => Contains(year) || year == Vision;

    /// <summary>"2017-2020 (vision 2030)", "2023" or "2020-".</summary>
    public override string ToString() =>
        (To == From ? $"{From}" : $"{From}-{To}") + (Vision is int v ? $" (vision {v})" : string.Empty);
}
