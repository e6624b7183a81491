namespace Gbv.Domain.Definitions.Format;

/// <summary>A reported figure.</summary>
public sealed class DataElementDefinition
{
    /// <summary>Key such as <c>victims_detected</c>.</summary>
    public required string Key { get; init; }

    /// <summary>What is counted.</summary>
    public required LocalizedTextDefinition Name { get; init; }

    /// <summary>Whether it counts people (small counts are then suppressed in reports); absent means true.</summary>
    public bool? CountsPeople { get; init; }

    /// <summary>How units' figures combine: <c>sum</c> (the default) or <c>plan-area</c> (one figure for the whole plan area).</summary>
    public string? Combine { get; init; }

    /// <summary>What kind of number the figures are: <c>whole</c> (the default) or <c>decimal</c> (averages, rates, hours).</summary>
    public string? Values { get; init; }
}
