using Gbv.Domain.Plans;

namespace Gbv.Domain.Indicators;

/// <summary>
/// A figure that units report as an aggregate rather than as cases ("số nạn nhân được phát hiện"), like a data
/// element in DHIS2. Indicators name data elements; integrators supply their values per unit and period.
/// </summary>
/// <param name="Key">The key used in metrics and in reported data, such as <c>victims_detected</c>.</param>
/// <param name="Name">What is counted.</param>
public sealed record DataElement(string Key, LocalizedText Name);
