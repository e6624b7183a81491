namespace Gbv.Domain.Definitions.Format;

/// <summary>A numerator within a denominator.</summary>
public sealed class RatioMetricDefinition
{
    /// <summary>Numerator: a data element key, or a condition for <c>cases</c>.</summary>
    public required string Numerator { get; init; }

    /// <summary>For a joint target of <c>reported</c>: further data elements, each of which must meet the target over the same denominator.</summary>
    public IReadOnlyList<string>? And { get; init; }

    /// <summary>Denominator; absent for "of which" indicators (or all cases).</summary>
    public string? Denominator { get; init; }
}
