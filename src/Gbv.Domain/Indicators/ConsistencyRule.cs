using Gbv.Domain.Plans;

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
    /// <summary>Whether the rule holds for two values.</summary>
    public bool Holds(long left, long right) => Operator switch
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
