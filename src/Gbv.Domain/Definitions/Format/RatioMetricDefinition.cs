namespace Gbv.Domain.Definitions.Format;

/// <summary>A numerator within a denominator.</summary>
public sealed class RatioMetricDefinition
{
    /// <summary>Numerator: a data element key, or a condition for <c>cases</c>.</summary>
    public required string Numerator { get; init; }

    /// <summary>Denominator; absent for "of which" indicators (or all cases).</summary>
    public string? Denominator { get; init; }
}
