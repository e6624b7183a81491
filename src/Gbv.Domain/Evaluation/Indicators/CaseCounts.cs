using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// What counting cases gave: the counts per unit, year and element (to evaluate like reported figures), how many
/// cases were read, and how many had no year and so count in no year. Merging is commutative and associative: the
/// counts of a province are the merge of its districts' counts, however the cases were split.
/// </summary>
/// <param name="Totals">The counts per unit, year and element.</param>
/// <param name="Read">How many cases were read.</param>
/// <param name="Undated">Cases with no year, counted in no year's figures.</param>
public sealed record CaseCounts(ReportedTotals Totals, long Read, long Undated)
{
    /// <summary>The counts per unit, year and element.</summary>
    public ReportedTotals Totals { get; init; } = Totals ?? throw new ArgumentNullException(nameof(Totals));

    /// <summary>No cases.</summary>
    public static CaseCounts Empty { get; } = new(ReportedTotals.Empty, 0, 0);

    /// <summary>The counts of two sets of cases together.</summary>
    public CaseCounts Merge(CaseCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CaseCounts(Totals.Merge(other.Totals), Read + other.Read, Undated + other.Undated);
    }
}
