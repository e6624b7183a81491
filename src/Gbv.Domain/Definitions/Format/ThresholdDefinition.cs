namespace Gbv.Domain.Definitions.Format;

/// <summary>A comparison and a value.</summary>
public sealed class ThresholdDefinition
{
    /// <summary><c>more-than</c>, <c>at-least</c>, <c>at-most</c>, <c>less-than</c>, <c>all</c>.</summary>
    public required string Comparison { get; init; }

    /// <summary>The value (not needed for <c>all</c>).</summary>
    public decimal? Value { get; init; }

    /// <summary><c>percent</c> (default), <c>count</c> or <c>times</c>.</summary>
    public string? Unit { get; init; }
}
