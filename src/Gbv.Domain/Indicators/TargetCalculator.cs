namespace Gbv.Domain.Indicators;

/// <summary>
/// Exact target arithmetic on whole counts: whether a count meets a threshold out of a denominator, the least count
/// that does, and the shortfall. Integer and <see cref="decimal"/> arithmetic only, never binary floating point:
/// the least count that meets "more than 90% of 37" is 34 (33.3 → the next whole count above), "at least 70% of 37"
/// is 26 (25.9 → 26).
/// </summary>
/// <remarks>
/// For <see cref="ThresholdUnit.Percent"/> a count n out of d meets "more than p" when 100·n &gt; p·d. For
/// <see cref="ThresholdUnit.Times"/> the threshold is a ratio: n meets "at most 1.5 times" d when n ≤ 1.5·d. For
/// <see cref="ThresholdUnit.Count"/> the count is compared with the value itself, and <see cref="Comparison.All"/>
/// means every one of the d units. A denominator of zero has no answer: the indicator is not applicable.
/// </remarks>
public static class TargetCalculator
{
    /// <summary>Whether <paramref name="count"/> out of <paramref name="denominator"/> meets the threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is less than 1, or the count is negative.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static bool IsMet(Threshold threshold, long count, long denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        Check(count, denominator);
        return IsMet(threshold, (decimal)count, denominator);
    }

    /// <summary>
    /// Whether a figure out of a denominator meets the threshold, for figures that are decimals (averages, rates:
    /// <see cref="ElementValues.Decimal"/>) as well as counts: 4.2 hours against 2.5 hours meets "at most 1.7 times"
    /// when 4.2 ≤ 1.7 × 2.5. Exact: <see cref="decimal"/> arithmetic only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is 0 or less, or the figure is negative.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static bool IsMet(Threshold threshold, decimal value, decimal denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var count = value;
        if (threshold.Comparison == Comparison.All)
        {
            return count >= denominator;
        }

        // Both sides scaled so that the comparison is between exact decimals.
        var (left, right) = Sides(threshold, count, denominator);
        return threshold.Comparison switch
        {
            Comparison.MoreThan => left > right,
            Comparison.AtLeast => left >= right,
            Comparison.AtMost => left <= right,
            _ => left < right,
        };
    }

    /// <summary>
    /// The least count, from 0 to the denominator (or to any count, for <see cref="ThresholdUnit.Count"/>), that meets
    /// the threshold; null when no count can.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public static long? MinimumCount(Threshold threshold, long denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        Check(0, denominator);
        if (threshold.Comparison == Comparison.All)
        {
            return denominator;
        }

        if (threshold.Comparison is Comparison.AtMost or Comparison.LessThan)
        {
            return IsMet(threshold, 0, denominator) ? 0 : null;
        }

        var exact = Bound(threshold, denominator);
        var least = threshold.Comparison == Comparison.MoreThan ? decimal.Floor(exact) + 1 : decimal.Ceiling(exact);
        least = Math.Max(least, 0);
        // Only a percentage is bounded by its denominator: a count or a ratio ("1,5 lần") can exceed it.
        var most = threshold.Unit == ThresholdUnit.Percent ? denominator : decimal.MaxValue;
        return least <= most ? (long)least : null;
    }

    /// <summary>
    /// The greatest count that meets the threshold: for an upper bound ("at most", "less than") the bound; for a lower
    /// bound the denominator for a percentage (null for counts and ratios, which have no upper end). Null when no count meets it.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public static long? MaximumCount(Threshold threshold, long denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        Check(0, denominator);
        if (threshold.Comparison is not (Comparison.AtMost or Comparison.LessThan))
        {
            return MinimumCount(threshold, denominator) is null || threshold.Unit != ThresholdUnit.Percent ? null : denominator;
        }

        var exact = Bound(threshold, denominator);
        var greatest = threshold.Comparison == Comparison.AtMost ? decimal.Floor(exact) : decimal.Ceiling(exact) - 1;
        if (threshold.Unit == ThresholdUnit.Percent)
        {
            greatest = Math.Min(greatest, denominator);
        }

        return greatest >= 0 ? (long)greatest : null;
    }

    /// <summary>
    /// How many more are needed to meet a lower-bound threshold ("3 more victims need support to reach more than
    /// 90% of 37"), or how many fewer for an upper bound; 0 when the threshold is met. Null when no count can meet it.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public static long? Shortfall(Threshold threshold, long count, long denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        Check(count, denominator);
        if (threshold.Comparison is Comparison.AtMost or Comparison.LessThan)
        {
            return MaximumCount(threshold, denominator) is { } most ? Math.Max(0, count - most) : null;
        }

        return MinimumCount(threshold, denominator) is { } least ? Math.Max(0, least - count) : null;
    }

    /// <summary>
    /// The figure at which the threshold's comparison turns, exact: 33.3 for "more than 90%" of 37, 4.25 for "at most
    /// 1.7 times" of 2.5, the value itself for a count, the denominator for "all". A strict comparison ("more than",
    /// "less than") is not met at the bound itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is 0 or less.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static decimal Limit(Threshold threshold, decimal denominator)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return threshold.Comparison == Comparison.All ? denominator : Bound(threshold, denominator);
    }

    // The count at which the threshold's comparison changes: p·d/100 for percentages, f·d for ratios, v for counts.
    private static decimal Bound(Threshold threshold, decimal denominator) => threshold.Unit switch
    {
        ThresholdUnit.Percent => threshold.Value * denominator / 100m,
        ThresholdUnit.Times => threshold.Value * denominator,
        _ => threshold.Value,
    };

    private static (decimal Left, decimal Right) Sides(Threshold threshold, decimal count, decimal denominator) => threshold.Unit switch
    {
        ThresholdUnit.Percent => (100m * count, threshold.Value * denominator),
        ThresholdUnit.Times => (count, threshold.Value * denominator),
        _ => (count, threshold.Value),
    };

    /// <summary>Whether a figure is a whole number (12, 12.0), the test every reader of counts makes the same way.</summary>
    internal static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    private static void Check(long count, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
    }
}
