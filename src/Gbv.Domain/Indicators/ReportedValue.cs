using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Indicators;

/// <summary>
/// One figure a unit reports for a year, like a DHIS2 data value: "ward-3 detected 12 victims in 2020". Integrators
/// supply these from their own store; plans name the data elements in <c>dataElements</c>.
/// </summary>
/// <param name="Unit">The administrative unit that reported.</param>
/// <param name="Year">The year the figure is for.</param>
/// <param name="Element">The data element's key, such as <c>victims_detected</c>.</param>
/// <param name="Value">
/// The figure, never negative: a whole count, or a decimal where the data element's figures are decimals
/// (<see cref="ElementValues.Decimal"/>: an average, a rate).
/// </param>
public readonly record struct ReportedValue(string Unit, int Year, string Element, decimal Value)
{
    /// <summary>The administrative unit that reported.</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>The data element's key, such as <c>victims_detected</c>.</summary>
    public string Element { get; init; } = Element ?? throw new ArgumentNullException(nameof(Element));

    /// <summary>
    /// Where the record came from (a file's line and column), for diagnostics; null when it has no place to point to.
    /// Not part of the record's meaning: two records that differ only here are the same record sent twice.
    /// </summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>Equal when every field but <see cref="Origin"/> is equal.</summary>
    public bool Equals(ReportedValue other) => string.Equals(Unit, other.Unit, StringComparison.Ordinal) && Year == other.Year && string.Equals(Element, other.Element, StringComparison.Ordinal) && Value == other.Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Year, Element, Value);
}
