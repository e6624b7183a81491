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
/// <exception cref="ArgumentOutOfRangeException">A count is negative, more were received than due, or more on time than received.</exception>
public sealed record ReportingRate(string Obligation, string? Unit, int Due, int Received, int OnTime)
{
    /// <summary>The obligation's key.</summary>
    public string Obligation { get; init; } = Obligation ?? throw new ArgumentNullException(nameof(Obligation));

    /// <summary>Reports whose deadline has passed: 0 or more.</summary>
    public int Due { get; init; } = Due >= 0 ? Due : throw new ArgumentOutOfRangeException(nameof(Due), Due, "A number of reports due is 0 or more.");

    /// <summary>Of those, received (on time or late): from 0 to <see cref="Due"/>.</summary>
    public int Received { get; init; } = Received >= 0 && Received <= Due
        ? Received
        : throw new ArgumentOutOfRangeException(nameof(Received), Received, $"Of {Due} report(s) due, from 0 to {Due} can be received.");

    /// <summary>Of those, received on time: from 0 to <see cref="Received"/>.</summary>
    public int OnTime { get; init; } = OnTime >= 0 && OnTime <= Received
        ? OnTime
        : throw new ArgumentOutOfRangeException(nameof(OnTime), OnTime, $"Of {Received} report(s) received, from 0 to {Received} can be on time.");

    /// <summary>Received as a percentage of due, or null when none was due.</summary>
    public decimal? Rate => Due == 0 ? null : 100m * Received / Due;

    /// <summary>Received on time as a percentage of due, or null when none was due.</summary>
    public decimal? OnTimeRate => Due == 0 ? null : 100m * OnTime / Due;
}
