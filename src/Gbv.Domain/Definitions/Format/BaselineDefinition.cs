namespace Gbv.Domain.Definitions.Format;

/// <summary>The value an indicator started from.</summary>
public sealed class BaselineDefinition
{
    /// <summary>The value, in the unit of the indicator's thresholds.</summary>
    public required decimal Value { get; init; }

    /// <summary>The year it was measured.</summary>
    public required int Year { get; init; }

    /// <summary>Verbatim source text stating it.</summary>
    public string? Source { get; init; }
}
