namespace Gbv.Domain.Definitions.Format;

/// <summary>At least <c>count</c> times per <c>per</c>.</summary>
public sealed class MinimumFrequencyDefinition
{
    /// <summary>Least number of times.</summary>
    public required int Count { get; init; }

    /// <summary><c>year</c>, <c>quarter</c> or <c>month</c>.</summary>
    public required string Per { get; init; }
}
