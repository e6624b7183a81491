namespace Gbv.Domain.Plans;

/// <summary>
/// The years a plan covers: a single year (2023), several (2017-2020, with a vision to 2030), open-ended ("from 2020",
/// with reviews in 2022 and 2025), or known only by its end ("đến năm 2025", the first year not stated).
/// </summary>
/// <remarks>Years are whole calendar years; <see cref="To"/> is inclusive.</remarks>
public sealed record PlanPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="from">The first year, or null when the source does not state it (then <paramref name="to"/> is required).</param>
    /// <param name="to">The last year (inclusive), or null for an open-ended plan.</param>
    /// <param name="vision">A vision year beyond the period ("tầm nhìn đến năm 2030"), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1-9999, the end precedes the start, the vision does not follow the period, or neither end is known.</exception>
    public PlanPeriod(int? from, int? to = null, int? vision = null)
    {
        if (from is int f)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(f, 1, nameof(from));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(f, 9999, nameof(from));
        }
        else if (to is null)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "A period whose first year is unknown needs its last year.");
        }

        if (to is int t && (t < (from ?? 1) || t > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last year must not precede the first.");
        }

        if (vision is int v && (v < (to ?? from!.Value) || v > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(vision), vision, "The vision year must not precede the period's end.");
        }

        From = from;
        To = to;
        Vision = vision;
    }

    /// <summary>The first year, or null when the source does not state it ("đến năm 2025" alone).</summary>
    public int? From { get; }

    /// <summary>Whether the first year is stated.</summary>
    public bool FromKnown => From is not null;

    /// <summary>The last year (inclusive), or null when open-ended.</summary>
    public int? To { get; }

    /// <summary>The vision year, or null.</summary>
    public int? Vision { get; }

    /// <summary>
    /// Whether a year lies within the period (not counting the vision). With the first year unknown, any year up to
    /// the last may: this answers true for them, and <see cref="FromKnown"/> says it is not known where the period starts.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public bool Contains(int year) => (From is not int from || year >= from) && (To is not int to || year <= to);

    /// <summary>Whether a year lies within the period or is its vision year.</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool ContainsOrVision(int year) => Contains(year) || year == Vision;

    /// <summary>The first year when stated, otherwise <paramref name="fallback"/> (the first year a caller asks about).</summary>
    [System.Diagnostics.Contracts.Pure]
    public int FirstYearOr(int fallback) => From ?? fallback;

    /// <summary>"2017-2020 (vision 2030)", "2023", "2020-", or "?-2025" when the first year is not stated.</summary>
    public override string ToString() =>
        (From is null ? $"?-{To}" : To == From ? $"{From}" : $"{From}-{To}") + (Vision is int v ? $" (vision {v})" : string.Empty);
}
