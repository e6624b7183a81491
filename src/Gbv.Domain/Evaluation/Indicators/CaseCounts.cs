namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// What counting cases gave: the counts per unit, year and element (to evaluate like reported figures), how many
/// cases were read, and how many had no year and so count in no year. Merging is commutative and associative: the
/// counts of a province are the merge of its districts' counts, however the cases were split.
/// </summary>
/// <param name="Totals">The counts per unit, year and element.</param>
/// <param name="Read">How many cases were read.</param>
/// <param name="Undated">Cases with no year, counted in no year's figures.</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative, or more cases have no year than were read.</exception>
public sealed record CaseCounts(ReportedTotals Totals, long Read, long Undated)
{
    /// <summary>The counts per unit, year and element.</summary>
    public ReportedTotals Totals { get; init; } = Totals ?? throw new ArgumentNullException(nameof(Totals));

    /// <summary>How many cases were read: 0 or more.</summary>
    public long Read { get; init; } = Read >= 0 ? Read : throw new ArgumentOutOfRangeException(nameof(Read), Read, "A number of cases read is 0 or more.");

    /// <summary>Cases with no year, counted in no year's figures: from 0 to <see cref="Read"/>.</summary>
    public long Undated { get; init; } = Undated >= 0 && Undated <= Read
        ? Undated
        : throw new ArgumentOutOfRangeException(nameof(Undated), Undated, $"Of {Read} case(s) read, from 0 to {Read} can have no year.");

    /// <summary>No cases.</summary>
    public static CaseCounts Empty { get; } = new(ReportedTotals.Empty, 0, 0);

    /// <summary>The counts of two sets of cases together.</summary>
    public CaseCounts Merge(CaseCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CaseCounts(Totals.Merge(other.Totals), Read + other.Read, Undated + other.Undated);
    }
}
