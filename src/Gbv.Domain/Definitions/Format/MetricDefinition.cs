namespace Gbv.Domain.Definitions.Format;

/// <summary>Exactly one of the metric kinds.</summary>
public sealed class MetricDefinition
{
    /// <summary>Ratio of reported data elements.</summary>
    public RatioMetricDefinition? Reported { get; init; }

    /// <summary>Ratio over case records (conditions).</summary>
    public RatioMetricDefinition? Cases { get; init; }

    /// <summary>Units with something in place.</summary>
    public CoverageMetricDefinition? Coverage { get; init; }

    /// <summary>Occurrences of a task.</summary>
    public EventMetricDefinition? Events { get; init; }
}
