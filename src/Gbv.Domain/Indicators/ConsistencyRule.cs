using Gbv.Domain.Evaluation.Indicators;

namespace Gbv.Domain.Indicators;

/// <summary>
/// A rule between reported figures that holds for every unit and year, as a DHIS2 validation rule: "victims
/// supported ≤ victims detected". A plan states its own in <c>consistencyRules</c>; the checker adds the ones its
/// indicators imply (<see cref="ConsistencyChecker.ImpliedRules"/>).
/// </summary>
/// <param name="Key">The rule's key, unique in the plan.</param>
/// <param name="Title">What the rule says, for people.</param>
/// <param name="Left">The left side.</param>
/// <param name="Operator">How the sides compare.</param>
/// <param name="Right">The right side.</param>
/// <param name="Importance">How much a violation matters.</param>
/// <param name="Missing">What to do when a figure is missing (default: skip only when all are).</param>
/// <param name="Origin">Where the rule comes from: the plan's own rules say "consistencyRules", implied ones the indicator.</param>
public sealed record ConsistencyRule(
    string Key,
    LocalizedText Title,
    RuleSide Left,
    RuleOperator Operator,
    RuleSide Right,
    Importance Importance,
    MissingValueStrategy Missing,
    string Origin)
{
    /// <summary>The rule's key, unique in the plan.</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>What the rule says, for people.</summary>
    public LocalizedText Title { get; init; } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The left side.</summary>
    public RuleSide Left { get; init; } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The right side.</summary>
    public RuleSide Right { get; init; } = Right ?? throw new ArgumentNullException(nameof(Right));

    /// <summary>Where the rule comes from: the plan's own rules say "consistencyRules", implied ones the indicator.</summary>
    public string Origin { get; init; } = Origin ?? throw new ArgumentNullException(nameof(Origin));

    /// <summary>Whether the rule holds for two values.</summary>
    public bool Holds(decimal left, decimal right) => Operator switch
    {
        RuleOperator.Equal => left == right,
        RuleOperator.NotEqual => left != right,
        RuleOperator.LessThan => left < right,
        RuleOperator.AtMost => left <= right,
        RuleOperator.MoreThan => left > right,
        _ => left >= right,
    };

    /// <summary>The operator as a symbol: "≤", "&lt;", "=", …</summary>
    public string Symbol => Operator switch
    {
        RuleOperator.Equal => "=",
        RuleOperator.NotEqual => "≠",
        RuleOperator.LessThan => "<",
        RuleOperator.AtMost => "≤",
        RuleOperator.MoreThan => ">",
        _ => "≥",
    };

    /// <summary>"victims_supported ≤ victims_detected".</summary>
    public override string ToString() => $"{Left} {Symbol} {Right}";
}
