using System.Collections.Immutable;

namespace Gbv.Domain.Indicators;

/// <summary>What an indicator measures. One of the sealed kinds below.</summary>
public abstract record Metric
{
    private protected Metric()
    {
    }
}

/// <summary>
/// A ratio of reported aggregate values: <see cref="Numerator"/> out of <see cref="Denominator"/>. An "of which"
/// (trong đó) indicator has no denominator of its own: its denominator is its parent's numerator.
/// </summary>
/// <param name="Numerator">The data element counted in the numerator.</param>
/// <param name="Denominator">The data element of the denominator, or null for an "of which" indicator.</param>
/// <remarks>Equality compares every member; <see cref="And"/> compares element by element.</remarks>
public sealed record ReportedRatioMetric(string Numerator, string? Denominator) : Metric
{
    /// <summary>The data element counted in the numerator.</summary>
    public string Numerator { get; init; } = Numerator ?? throw new ArgumentNullException(nameof(Numerator));

    /// <summary>
    /// For a joint target, the further data elements each of which must meet the target over the same denominator
    /// ("được phát hiện, hỗ trợ và can thiệp kịp thời": detected, and supported, and intervened). Empty otherwise.
    /// </summary>
    public ImmutableArray<string> And { get => _and.IsDefault ? [] : _and; init => _and = value; }

    private readonly ImmutableArray<string> _and;

    /// <summary>Every numerator of the target: <see cref="Numerator"/>, then <see cref="And"/>.</summary>
    public ImmutableArray<string> Numerators => [Numerator, .. And];

    /// <inheritdoc />
    public bool Equals(ReportedRatioMetric? other) =>
        other is not null && Numerator == other.Numerator && Denominator == other.Denominator && Sequences.Equal(And, other.And);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator, Sequences.Hash(And));
}

/// <summary>A ratio over case records: those that meet <see cref="Numerator"/> among those that meet <see cref="Denominator"/>.</summary>
/// <param name="Numerator">A condition in the condition language.</param>
/// <param name="Denominator">A condition in the condition language, or null for all cases (or the parent's numerator, for "of which").</param>
public sealed record CaseRatioMetric(string Numerator, string? Denominator) : Metric
{
    /// <summary>A condition in the condition language.</summary>
    public string Numerator { get; init; } = Numerator ?? throw new ArgumentNullException(nameof(Numerator));
}

/// <summary>Units of a level that have something in place: "14/14 phường" with the model running.</summary>
/// <param name="Level">The level of the units counted.</param>
/// <param name="Covered">The data element that counts covered units.</param>
/// <param name="Total">The number of units, or null when it comes from data.</param>
public sealed record UnitCoverageMetric(AdministrativeLevel Level, string Covered, int? Total) : Metric
{
    /// <summary>The data element that counts covered units.</summary>
    public string Covered { get; init; } = Covered ?? throw new ArgumentNullException(nameof(Covered));
}

/// <summary>Occurrences of a task ("at least one training a year"), counted from task completion records.</summary>
/// <param name="Task">The id of the task whose occurrences count.</param>
/// <param name="Per">The span counted over.</param>
public sealed record EventCountMetric(string Task, Gbv.Domain.Tasks.FrequencyUnit Per) : Metric
{
    /// <summary>The id of the task whose occurrences count.</summary>
    public string Task { get; init; } = Task ?? throw new ArgumentNullException(nameof(Task));
}
