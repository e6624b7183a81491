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
}
