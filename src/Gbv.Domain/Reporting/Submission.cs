using Gbv.Domain.Diagnostics;
using NodaTime;

namespace Gbv.Domain.Reporting;

/// <summary>A report received: which obligation, from which unit, for which period, and when.</summary>
/// <param name="Obligation">The obligation's key in the plan.</param>
/// <param name="Unit">The reporting unit (a commune, an office).</param>
/// <param name="Period">The period the report covers.</param>
/// <param name="SubmittedAt">When it was received.</param>
public readonly record struct Submission(string Obligation, string Unit, ReportingPeriod Period, Instant SubmittedAt)
{
    /// <summary>The obligation's key in the plan.</summary>
    public string Obligation { get; init; } = Obligation ?? throw new ArgumentNullException(nameof(Obligation));

    /// <summary>The reporting unit (a commune, an office).</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>
    /// Where the record came from (a file's line and column), for diagnostics; null when it has no place to point to.
    /// Not part of the record's meaning: two records that differ only here are the same record sent twice.
    /// </summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>Equal when every field but <see cref="Origin"/> is equal.</summary>
    public bool Equals(Submission other) => string.Equals(Obligation, other.Obligation, StringComparison.Ordinal) && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && Period == other.Period && SubmittedAt == other.SubmittedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Obligation, Unit, Period, SubmittedAt);
}
