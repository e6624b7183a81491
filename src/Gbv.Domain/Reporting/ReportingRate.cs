namespace Gbv.Domain.Reporting;

/// <summary>
/// DHIS2's reporting rate and reporting rate on time, for an obligation (and a unit, or all units): of the reports
/// whose deadline has passed, how many were received, and how many on time. Exact; null when none was due.
/// </summary>
/// <param name="Obligation">The obligation's key.</param>
/// <param name="Unit">The unit, or null for all units.</param>
/// <param name="Due">Reports whose deadline has passed.</param>
/// <param name="Received">Of those, received (on time or late).</param>
/// <param name="OnTime">Of those, received on time.</param>
public sealed record ReportingRate(string Obligation, string? Unit, int Due, int Received, int OnTime)
{
    /// <summary>The obligation's key.</summary>
    public string Obligation { get; init; } = Obligation ?? throw new ArgumentNullException(nameof(Obligation));

    /// <summary>Received as a percentage of due, or null when none was due.</summary>
    public decimal? Rate => Due == 0 ? null : 100m * Received / Due;

    /// <summary>Received on time as a percentage of due, or null when none was due.</summary>
    public decimal? OnTimeRate => Due == 0 ? null : 100m * OnTime / Due;
}
