namespace Gbv.Domain.Definitions.Format;

/// <summary>Occurrences of a task per span.</summary>
public sealed class EventMetricDefinition
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }

    /// <summary><c>year</c>, <c>quarter</c> or <c>month</c>.</summary>
    public required string Per { get; init; }
}
