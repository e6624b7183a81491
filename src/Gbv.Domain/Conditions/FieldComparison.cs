using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>
/// A comparison whose value is the name of a field: <c>age &lt; age</c>, <c>age &lt; hoursSinceIncident</c>. The
/// language compares a field with a value, so the name used to be read as an enumeration value and refused as a type
/// mismatch ("age" is a name; age is a whole number), which told an author nothing.
/// </summary>
/// <remarks>
/// A field compared with itself is accepted with warning GBV3116, since its meaning is fixed whatever the case: with a
/// test on a missing value false, <c>&lt;</c>, <c>&gt;</c> and <c>!=</c> never hold, and <c>=</c>, <c>&lt;=</c>,
/// <c>&gt;=</c> hold exactly when the field is recorded (always, for a field that is never missing). It is bound to
/// that meaning. Two different fields are refused with error GBV3117, which says why.
/// </remarks>
internal static class FieldComparison
{
    /// <summary>The field the comparison's value names, when it names one and is not one of the field's own values.</summary>
    public static ConditionField? Named<T>(ConditionField field, ComparisonSyntax syntax, FieldMap<T> fields) =>
        syntax.Value.Kind == LiteralKind.Name
        && fields.Find(syntax.Value.Text) is { } other
        && !(field.Type is ConditionType.Enumeration or ConditionType.Set && field.TryValue(syntax.Value.Text, out _))
            ? other
            : null;

    /// <summary>The bound meaning of <paramref name="syntax"/> after its diagnostic, or null when it is refused.</summary>
    public static BoundCondition? Bind(ConditionField field, ConditionField other, ComparisonSyntax syntax, ConditionSource source, DiagnosticArgument example)
    {
        // As written: the canonical form prints a name in lower case, and field names are exact.
        var text = $"{field.Name} {Operators.Text(syntax.Operator)} {syntax.Value.Text}";
        var name = field.Name;
        if (!string.Equals(other.Name, name, StringComparison.Ordinal))
        {
            source.Report(ConditionDiagnostics.FieldsCompared, syntax.Value.Span, text, name, other.Name, example);
            return null;
        }

        if (syntax.Operator is ComparisonOperator.Less or ComparisonOperator.Greater or ComparisonOperator.NotEqual)
        {
            source.Report(ConditionDiagnostics.ComparedWithItself, syntax.Span, text, name, Checks.Set.Argument("Condition.SelfNever"));
            return new BoundConstant(false);
        }

        source.Report(ConditionDiagnostics.ComparedWithItself, syntax.Span, text, name, field.CanBeMissing
            ? Checks.Set.Argument("Condition.SelfPresent", name)
            : Checks.Set.Argument("Condition.SelfAlways"));
        return new BoundTest(field, TestKind.Present, ComparisonOperator.Equal, [], syntax);
    }
}
