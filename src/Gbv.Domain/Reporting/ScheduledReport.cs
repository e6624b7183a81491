using NodaTime;

namespace Gbv.Domain.Reporting;

/// <summary>
/// One report an obligation calls for: the period it covers, its data window, the day stated in the plan, the last
/// day on which it is on time, and the deadline as an instant in the plan's time zone.
/// </summary>
/// <param name="Obligation">The obligation.</param>
/// <param name="Period">The period the report covers.</param>
/// <param name="DataStart">The first day of data (the period's, or its cut-off window's).</param>
/// <param name="DataEnd">The last day of data.</param>
/// <param name="StatedDay">The day the plan states ("trước ngày 10/6": 10 June).</param>
/// <param name="LastOnTimeDay">The last day on which the report is on time (9 June for "before 10 June"), after any roll the plan states.</param>
/// <param name="Deadline">The start of the day after <paramref name="LastOnTimeDay"/> in the plan's time zone: a submission before it is on time.</param>
public sealed record ScheduledReport(
    ReportingObligation Obligation,
    ReportingPeriod Period,
    LocalDate DataStart,
    LocalDate DataEnd,
    LocalDate StatedDay,
    LocalDate LastOnTimeDay,
    Instant Deadline)
{
    /// <summary>The obligation.</summary>
    public ReportingObligation Obligation { get; init; } = Obligation ?? throw new ArgumentNullException(nameof(Obligation));
}
