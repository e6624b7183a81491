namespace Gbv.Domain.Definitions.Format;

/// <summary>Units covered.</summary>
public sealed class CoverageDefinition
{
    /// <summary>Level of the units.</summary>
    public required string Level { get; init; }

    /// <summary>Number of units.</summary>
    public required int Total { get; init; }

    /// <summary>Units covered.</summary>
    public int? Covered { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }
}
