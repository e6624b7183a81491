namespace Gbv.Domain.Definitions.Format;

/// <summary>A rule between reported figures, as a DHIS2 validation rule.</summary>
public sealed class ConsistencyRuleDefinition
{
    /// <summary>Rule key.</summary>
    public required string Key { get; init; }

    /// <summary>What the rule says.</summary>
    public required LocalizedTextDefinition Title { get; init; }

    /// <summary>Left side: data element keys and whole numbers joined by <c>+</c>.</summary>
    public required string Left { get; init; }

    /// <summary><c>equal</c>, <c>not-equal</c>, <c>less-than</c>, <c>at-most</c>, <c>more-than</c> or <c>at-least</c>.</summary>
    public required string Operator { get; init; }

    /// <summary>Right side: data element keys and whole numbers joined by <c>+</c>.</summary>
    public required string Right { get; init; }

    /// <summary><c>low</c>, <c>medium</c> (default) or <c>high</c>.</summary>
    public string? Importance { get; init; }

    /// <summary><c>skip-if-any-missing</c>, <c>skip-if-all-missing</c> (default) or <c>never-skip</c>.</summary>
    public string? Missing { get; init; }
}
