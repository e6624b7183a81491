namespace Gbv.Domain.Indicators;

/// <summary>
/// A figure that units report as an aggregate rather than as cases ("số nạn nhân được phát hiện"), like a data
/// element in DHIS2. Indicators name data elements; integrators supply their values per unit and period.
/// </summary>
/// <remarks>
/// A figure is a whole count, 0 or more, unless the element says its values are decimals (<see cref="Values"/>): an
/// average or a rate from a survey ("women's average hours of unpaid care a day"). Averages are never summed over
/// units: a decimal element says how units combine, and an average is one figure for the plan area
/// (<see cref="ElementCombine.PlanArea"/>), so a ratio of two averages is the ratio of the two figures, never a ratio
/// of sums of averages.
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

    /// <summary>Whether the figures are whole counts (the default) or decimals (averages, rates, hours).</summary>
    public ElementValues Values { get; init; }
}
