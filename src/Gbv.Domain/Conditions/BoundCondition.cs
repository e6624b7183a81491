using System.Collections.Immutable;

namespace Gbv.Domain.Conditions;

/// <summary>A type-checked condition: the syntax bound to fields, with literal values converted to the fields' types.</summary>
internal abstract record BoundCondition;

internal sealed record BoundAnd(BoundCondition Left, BoundCondition Right) : BoundCondition;

internal sealed record BoundOr(BoundCondition Left, BoundCondition Right) : BoundCondition;

internal sealed record BoundNot(BoundCondition Operand) : BoundCondition;

internal sealed record BoundConstant(bool Value) : BoundCondition;

/// <summary>What a test does with its field.</summary>
internal enum TestKind
{
    Compare,
    In,
    NotIn,
    Between,
    NotBetween,
    HasAny,
    HasAll,
    Missing,
    Present,
    IsTrue,
}

/// <summary>
/// One test on one field. <see cref="Values"/> hold the constants in the field's value type: <see cref="int"/>,
/// <see cref="decimal"/>, <see cref="bool"/>, <see cref="string"/>, <see cref="long"/> for enumerations and set masks,
/// NodaTime <c>LocalDate</c> and <c>Duration</c>.
/// </summary>
internal sealed record BoundTest(ConditionField Field, TestKind Kind, ComparisonOperator Operator, ImmutableArray<object> Values, PredicateSyntax Syntax) : BoundCondition;
