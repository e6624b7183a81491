using System.Collections.Immutable;

namespace Gbv.Domain.Conditions;

/// <summary>Why a condition held or did not hold for one record: every test, with the record's values.</summary>
/// <param name="Condition">The condition in canonical form.</param>
/// <param name="Result">Whether the condition held.</param>
/// <param name="Clauses">Each test, in the order written.</param>
public sealed record ConditionExplanation(string Condition, bool Result, ImmutableArray<ClauseExplanation> Clauses)
{
    /// <summary>The condition in canonical form.</summary>
    public string Condition { get; init; } = Condition ?? throw new ArgumentNullException(nameof(Condition));

    /// <summary>The same explanation without the record's values (see <see cref="ClauseExplanation.Redacted"/>).</summary>
    [System.Diagnostics.Contracts.Pure]
    public ConditionExplanation Redacted() => this with { Clauses = Clauses.Select(c => c.Redacted()).ToImmutableArray() };

    /// <summary>The condition, its result, and one line per test.</summary>
    public override string ToString() =>
        $"{Condition}: {(Result ? "true" : "false")}" + string.Concat(Clauses.Select(c => Environment.NewLine + "  " + c));

    /// <summary>Equal when the condition, its result and every test are.</summary>
    public bool Equals(ConditionExplanation? other) =>
        other is not null && string.Equals(Condition, other.Condition, StringComparison.Ordinal) && Result == other.Result && Sequences.Equal(Clauses, other.Clauses);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Condition, Result, Sequences.Hash(Clauses));
}
