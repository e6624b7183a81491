using System.Collections.Immutable;

namespace Gbv.Domain.Indicators;

/// <summary>What checking reported figures against consistency rules gave.</summary>
/// <param name="Checked">How many (rule, unit, year) checks were made.</param>
/// <param name="Violations">The checks that failed, in rule, unit and year order.</param>
/// <param name="Skipped">The checks skipped for missing figures, as the rule's missing-value strategy says.</param>
public sealed record ConsistencyReport(int Checked, ImmutableArray<ConsistencyFinding> Violations, ImmutableArray<ConsistencyFinding> Skipped)
{
    /// <summary>Equal when the counts are and the findings are, element by element.</summary>
    public bool Equals(ConsistencyReport? other) =>
        other is not null && Checked == other.Checked && Sequences.Equal(Violations, other.Violations) && Sequences.Equal(Skipped, other.Skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Checked, Sequences.Hash(Violations), Sequences.Hash(Skipped));
}
