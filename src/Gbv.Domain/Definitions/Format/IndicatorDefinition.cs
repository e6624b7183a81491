namespace Gbv.Domain.Definitions.Format;

/// <summary>An objective with targets.</summary>
public sealed class IndicatorDefinition
{
    /// <summary>Indicator key.</summary>
    public required string Key { get; init; }

    /// <summary>Short title.</summary>
    public required LocalizedTextDefinition Title { get; init; }

    /// <summary>Section number in the source.</summary>
    public string? Section { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary>What is measured.</summary>
    public required MetricDefinition Metric { get; init; }

    /// <summary>Key of the indicator this one is part of ("trong đó").</summary>
    public string? OfWhich { get; init; }

    /// <summary>Targets per horizon.</summary>
    public required IReadOnlyList<TargetDefinition> Targets { get; init; }

    /// <summary>The parent plan's indicator this one carries out: <c>plan-id#indicator-key</c>.</summary>
    public string? Implements { get; init; }

    /// <summary>How the source was read.</summary>
    public string? Note { get; init; }
}
