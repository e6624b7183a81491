using Gbv.Domain.Plans;

namespace Gbv.Domain.Indicators;

/// <summary>
/// A figure that units report as an aggregate rather than as cases ("số nạn nhân được phát hiện"), like a data
/// element in DHIS2. Indicators name data elements; integrators supply their values per unit and period.
/// </summary>
/// <param name="Key">The key used in metrics and in reported data, such as <c>victims_detected</c>.</param>
/// <param name="Name">What is counted.</param>
public sealed record DataElement(string Key, LocalizedText Name)
{
    /// <summary>The key used in metrics and in reported data, such as <c>victims_detected</c>.</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>What is counted.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}
