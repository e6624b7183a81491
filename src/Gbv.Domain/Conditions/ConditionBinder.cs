using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using NodaTime.Text;
using NodaTime;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Type-checks a syntax tree against a field map: unknown fields, values of the wrong type, unknown enumeration
/// values, operators that do not apply, and tests that can never hold. Reports everything it finds.
/// </summary>
internal sealed class ConditionBinder<T>(FieldMap<T> fields, ConditionSource source)
{
    public BoundCondition? Bind(ConditionSyntax syntax)
    {
        switch (syntax)
        {
            case AndSyntax and:
            {
                var left = Bind(and.Left);
                var right = Bind(and.Right);
                return left is null || right is null ? null : new BoundAnd(left, right);
            }

            case OrSyntax or:
            {
                var left = Bind(or.Left);
                var right = Bind(or.Right);
                return left is null || right is null ? null : new BoundOr(left, right);
            }

            case NotSyntax not:
                return Bind(not.Operand) is { } operand ? new BoundNot(operand) : null;
            case ConstantSyntax constant:
                return new BoundConstant(constant.Value);
            default:
                return BindPredicate((PredicateSyntax)syntax);
        }
    }

    private BoundCondition? BindPredicate(PredicateSyntax syntax)
    {
        var field = fields.Find(syntax.Field.Name);
        if (field is null)
        {
            source.Report(ConditionDiagnostics.UnknownField, syntax.Field.Span, syntax.Field.Name,
                Suggestions.DidYouMean(syntax.Field.Name, fields.Fields.Select(f => f.Name)));
            return null;
        }

        return syntax switch
        {
            ComparisonSyntax c => Comparison(field, c),
            InSyntax i => In(field, i),
            HasSyntax h => Has(field, h),
            BetweenSyntax b => Between(field, b),
            PresenceSyntax p => Presence(field, p),
            _ => FieldAlone(field, (FieldTestSyntax)syntax),
        };
    }

    private static bool IsOrdered(ConditionType type) =>
        type is ConditionType.WholeNumber or ConditionType.Decimal or ConditionType.Date or ConditionType.Duration;

    private BoundCondition? Comparison(ConditionField field, ComparisonSyntax syntax)
    {
        var equality = syntax.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual;
        if (field.Type is ConditionType.Set or ConditionType.Instant || (!equality && !IsOrdered(field.Type)))
        {
            NotAllowed(Operators.Text(syntax.Operator), field, syntax);
            return null;
        }

        if (FieldComparison.Named(field, syntax, fields) is { } other)
        {
            return FieldComparison.Bind(field, other, syntax, source, Example(field));
        }

        if (Value(field, syntax.Value) is not { } value)
        {
            return null;
        }

        if (NumericRange(field) is var (min, max) && value is int or decimal)
        {
            var v = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            var never = syntax.Operator switch
            {
                ComparisonOperator.Less => v <= min,
                ComparisonOperator.LessOrEqual => v < min,
                ComparisonOperator.Greater => v >= max,
                ComparisonOperator.GreaterOrEqual => v > max,
                ComparisonOperator.Equal => v < min || v > max,
                _ => false,
            };
            if (never)
            {
                source.Report(ConditionDiagnostics.AlwaysFalse, syntax.Span, Checks.Set.Argument("Condition.NeverCompares",
                    field.Name, Operators.Text(syntax.Operator), syntax.Value, Show(min), Show(max)));
            }
        }

        return new BoundTest(field, TestKind.Compare, syntax.Operator, [value], syntax);
    }

    private BoundTest? In(ConditionField field, InSyntax syntax)
    {
        if (field.Type is not (ConditionType.WholeNumber or ConditionType.Decimal or ConditionType.Text or ConditionType.Enumeration or ConditionType.Boolean))
        {
            NotAllowed(syntax.Negated ? "not in" : "in", field, syntax);
            return null;
        }

        var values = Values(field, syntax.Values);
        return values.IsDefault ? null : new BoundTest(field, syntax.Negated ? TestKind.NotIn : TestKind.In, ComparisonOperator.Equal, values, syntax);
    }

    private BoundTest? Has(ConditionField field, HasSyntax syntax)
    {
        if (field.Type != ConditionType.Set)
        {
            NotAllowed("has", field, syntax);
            return null;
        }

        var values = Values(field, syntax.Values);
        if (values.IsDefault)
        {
            return null;
        }

        var mask = values.Aggregate(0L, (m, v) => m | (long)v);
        var kind = syntax.Quantifier == SetQuantifier.All ? TestKind.HasAll : TestKind.HasAny;
        return new BoundTest(field, kind, ComparisonOperator.Equal, [mask], syntax);
    }

    private BoundTest? Between(ConditionField field, BetweenSyntax syntax)
    {
        if (!IsOrdered(field.Type))
        {
            NotAllowed(syntax.Negated ? "not between" : "between", field, syntax);
            return null;
        }

        var low = Value(field, syntax.Low);
        var high = Value(field, syntax.High);
        if (low is null || high is null)
        {
            return null;
        }

        if (!syntax.Negated && ((IComparable)low).CompareTo(high) > 0)
        {
            source.Report(ConditionDiagnostics.AlwaysFalse, syntax.Span, Checks.Set.Argument("Condition.LowAboveHigh", syntax.Low, syntax.High));
        }
        else if (!syntax.Negated && NumericRange(field) is var (min, max) && low is int or decimal
            && (Convert.ToDecimal(low, CultureInfo.InvariantCulture) > max || Convert.ToDecimal(high, CultureInfo.InvariantCulture) < min))
        {
            source.Report(ConditionDiagnostics.AlwaysFalse, syntax.Span, Checks.Set.Argument("Condition.Ranges", field.Name, Show(min), Show(max)));
        }

        return new BoundTest(field, syntax.Negated ? TestKind.NotBetween : TestKind.Between, ComparisonOperator.Equal, [low, high], syntax);
    }

    private BoundTest Presence(ConditionField field, PresenceSyntax syntax)
    {
        if (syntax.Missing && !field.CanBeMissing)
        {
            source.Report(ConditionDiagnostics.AlwaysFalse, syntax.Span, Checks.Set.Argument("Condition.NeverMissing", field.Name));
        }

        return new BoundTest(field, syntax.Missing ? TestKind.Missing : TestKind.Present, ComparisonOperator.Equal, [], syntax);
    }

    private BoundTest? FieldAlone(ConditionField field, FieldTestSyntax syntax)
    {
        if (field.Type != ConditionType.Boolean)
        {
            var type = field.Describe();
            var example = Example(field);
            source.Report(ConditionDiagnostics.OperatorNotAllowed, syntax.Span, Checks.Set.Argument("Condition.FieldAlone"), field.Name,
                Checks.Set.Argument("Condition.CompareIt", type, example));
            return null;
        }

        return new BoundTest(field, TestKind.IsTrue, ComparisonOperator.Equal, [], syntax);
    }

    private ImmutableArray<object> Values(ConditionField field, ImmutableArray<LiteralSyntax> literals)
    {
        var builder = ImmutableArray.CreateBuilder<object>(literals.Length);
        var ok = true;
        foreach (var literal in literals)
        {
            if (Value(field, literal) is { } value)
            {
                builder.Add(value);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? builder.MoveToImmutable() : default;
    }

    /// <summary>The literal as a value of the field's type, or null after a diagnostic.</summary>
    private object? Value(ConditionField field, LiteralSyntax literal)
    {
        object? value = (field.Type, literal.Kind) switch
        {
            (ConditionType.WholeNumber, LiteralKind.Number) when int.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
            (ConditionType.Decimal, LiteralKind.Number) => decimal.Parse(literal.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            (ConditionType.Boolean, LiteralKind.Boolean) => string.Equals(literal.Text, "true", StringComparison.OrdinalIgnoreCase),
            (ConditionType.Text, LiteralKind.String) => literal.Text,
            (ConditionType.Date, LiteralKind.Date) => LocalDatePattern.Iso.Parse(literal.Text).Value,
            (ConditionType.Duration, LiteralKind.Duration) => Duration(literal.Text),
            (ConditionType.Enumeration or ConditionType.Set, LiteralKind.Name) => EnumValue(field, literal),
            _ => null,
        };
        if (value is null && !(field.Type is ConditionType.Enumeration or ConditionType.Set && literal.Kind == LiteralKind.Name))
        {
            // A text literal is quoted by the message itself.
            source.Report(ConditionDiagnostics.TypeMismatch, literal.Span, literal.Kind == LiteralKind.String ? literal.Text : literal.ToString(), DescribeLiteral(literal), field.Name, field.Describe());
        }

        return value;
    }

    private object? EnumValue(ConditionField field, LiteralSyntax literal)
    {
        if (field.TryValue(literal.Text, out var value))
        {
            return value;
        }

        source.Report(ConditionDiagnostics.UnknownValue, literal.Span, literal.Text, field.Name, string.Join(", ", field.ValueNames),
            Suggestions.DidYouMean(literal.Text, field.ValueNames));
        return null;
    }

    private static Duration Duration(string text)
    {
        var amount = long.Parse(text.AsSpan(0, text.Length - 1), CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            'h' => NodaTime.Duration.FromHours(amount),
            'd' => NodaTime.Duration.FromDays(amount),
            _ => NodaTime.Duration.FromMinutes(amount),
        };
    }

    private static (decimal Min, decimal Max)? NumericRange(ConditionField field) =>
        field.Minimum is null && field.Maximum is null ? null : (field.Minimum ?? decimal.MinValue, field.Maximum ?? decimal.MaxValue);

    private static DiagnosticArgument Show(decimal bound) =>
        bound == decimal.MinValue ? Checks.Set.Argument("Condition.AnyBound") : bound == decimal.MaxValue ? Checks.Set.Argument("Condition.NoLimit") : bound.ToString(CultureInfo.InvariantCulture);

    private void NotAllowed(string op, ConditionField field, PredicateSyntax syntax)
    {
        var type = field.Describe();
        var example = Example(field);
        source.Report(ConditionDiagnostics.OperatorNotAllowed, syntax.Span, op, field.Name,
            Checks.Set.Argument("Condition.UseIt", type, example));
    }

    // The examples are the condition language itself; only the words between them are translated.
    private static DiagnosticArgument Example(ConditionField field)
    {
        var name = field.Name;
        return field.Type switch
        {
            ConditionType.Set => $"\"{name} has {field.ValueNames.FirstOrDefault()}\"",
            ConditionType.Instant => $"\"{name} is present\"",
            ConditionType.Boolean => Checks.Set.Argument("Condition.AloneOrFalse", name),
            ConditionType.Text => Either($"\"{name} = \\\"...\\\"\"", $"\"{name} in [...]\""),
            ConditionType.Enumeration => Either($"\"{name} = {field.ValueNames.FirstOrDefault()}\"", $"\"{name} in [...]\""),
            _ => Either($"\"{name} < ...\"", $"\"{name} between ... and ...\""),
        };
    }

    private static DiagnosticArgument Either(string first, string second) => Checks.Set.Argument("Condition.Either", first, second);

    private static DiagnosticArgument DescribeLiteral(LiteralSyntax literal) => literal.Kind switch
    {
        LiteralKind.Number => Nouns.Set.Argument("Kind.Number"),
        LiteralKind.String => Nouns.Set.Argument("Kind.Text"),
        LiteralKind.Boolean => Nouns.Set.Argument("Kind.Boolean"),
        LiteralKind.Name => Nouns.Set.Argument("Kind.Name"),
        LiteralKind.Duration => Nouns.Set.Argument("Kind.Duration"),
        _ => Nouns.Set.Argument("Kind.Date"),
    };
}
