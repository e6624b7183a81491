namespace Gbv.Domain.Indicators;

/// <summary>
/// A figure that units report as an aggregate rather than as cases ("số nạn nhân được phát hiện"), like a data
/// element in DHIS2. Indicators name data elements; integrators supply their values per unit and period.
/// </summary>
/// <remarks>
/// Every reported value is a whole count, 0 or more (<see cref="ReportedValue.Value"/> is a whole number): an average or a
/// rate is never reported as a figure, because averages cannot be summed or pooled. A plan states it as a
/// <c>reported</c> ratio of its two counts (hours in total and cases; events and people), which the engine divides
/// exactly after summing each count.
/// </remarks>
/// <param name="Key">The key used in metrics and in reported data, such as <c>victims_detected</c>.</param>
/// <param name="Name">What is counted.</param>
public sealed record DataElement(string Key, LocalizedText Name)
{
    /// <summary>The key used in metrics and in reported data, such as <c>victims_detected</c>.</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>What is counted.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>
    /// Whether the element counts people (survivors, people counselled): small counts of people are suppressed in
    /// rendered reports. False for counts of facilities, events, clubs or villages, which name nobody. Default true: when
    /// a plan does not say, a count is protected as if it could name somebody.
    /// </summary>
    public bool CountsPeople { get; init; } = true;

    /// <summary>How the figures of several units make the plan's figure: summed (the default) or one plan-area figure.</summary>
    public ElementCombine Combine { get; init; }
}
