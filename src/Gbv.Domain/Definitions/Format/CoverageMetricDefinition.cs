namespace Gbv.Domain.Definitions.Format;

/// <summary>Units covered.</summary>
public sealed class CoverageMetricDefinition
{
    /// <summary>Level of the units.</summary>
    public required string Level { get; init; }

    /// <summary>Data element counting covered units.</summary>
    public required string Covered { get; init; }

    /// <summary>Number of units.</summary>
    public int? Total { get; init; }
}
