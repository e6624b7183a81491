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

    /// <summary><c>skip-if-any-missing</c> (default), <c>skip-if-all-missing</c> or <c>never-skip</c>.</summary>
    public string? Missing { get; init; }

    /// <summary><c>increase</c> or <c>decrease</c>; by default taken from the targets.</summary>
    public string? Direction { get; init; }

    /// <summary><c>all</c> or <c>detected</c>: whom a percentage of people counts among.</summary>
    public string? Base { get; init; }

    /// <summary>The value the indicator started from.</summary>
    public BaselineDefinition? Baseline { get; init; }

    /// <summary>How the source was read.</summary>
    public string? Note { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
