using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Evaluates a bound condition by walking it, without compiling: the explainer, and the fallback where dynamic
/// code is not available. Written independently of <see cref="ConditionCompiler"/> so that a property test can
/// check that the two agree on every record.
/// </summary>
internal static class ConditionInterpreter
{
    public static bool Evaluate<T>(BoundCondition condition, T record, ImmutableArray<ClauseExplanation>.Builder? clauses) => condition switch
    {
        // Both sides are evaluated so that an explanation lists every test; the tests are pure, so the result is
        // the same as with short-circuiting.
        BoundAnd and => Evaluate(and.Left, record, clauses) & Evaluate(and.Right, record, clauses),
        BoundOr or => Evaluate(or.Left, record, clauses) | Evaluate(or.Right, record, clauses),
        BoundNot not => !Evaluate(not.Operand, record, clauses),
        BoundConstant constant => constant.Value,
        _ => Test((BoundTest)condition, record, clauses),
    };

    private static bool Test<T>(BoundTest test, T record, ImmutableArray<ClauseExplanation>.Builder? clauses)
    {
        var value = ((Func<T, object?>)test.Field.Read)(record);
        var held = Holds(test, value);
        clauses?.Add(new ClauseExplanation(test.Syntax.ToString(), test.Field.Name, Show(test.Field, value), held));
        return held;
    }

    /// <summary>Whether a test holds for a field's value (null when missing): the one definition, also used to find conditions that are constant.</summary>
    internal static bool Holds(BoundTest test, object? value) =>
        value is null
            ? test.Kind == TestKind.Missing
            : test.Kind switch
            {
                TestKind.Missing => false,
                TestKind.Present => true,
                TestKind.IsTrue => (bool)value,
                TestKind.Compare => Compare(test.Operator, Order(test.Field, value, test.Values[0])),
                TestKind.In => test.Values.Any(v => Order(test.Field, value, v) == 0),
                TestKind.NotIn => !test.Values.Any(v => Order(test.Field, value, v) == 0),
                TestKind.Between => Order(test.Field, value, test.Values[0]) >= 0 && Order(test.Field, value, test.Values[1]) <= 0,
                TestKind.NotBetween => !(Order(test.Field, value, test.Values[0]) >= 0 && Order(test.Field, value, test.Values[1]) <= 0),
                TestKind.HasAny => (Bits(value) & (long)test.Values[0]) != 0,
                _ => (Bits(value) & (long)test.Values[0]) == (long)test.Values[0],
            };

    private static bool Compare(ComparisonOperator op, int order) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };

    private static int Order(ConditionField field, object value, object constant) => field.Type switch
    {
        ConditionType.WholeNumber => ((int)value).CompareTo((int)constant),
        ConditionType.Decimal => ((decimal)value).CompareTo((decimal)constant),
        ConditionType.Text => string.CompareOrdinal((string)value, (string)constant) == 0 ? 0 : 1,
        ConditionType.Boolean => (bool)value == (bool)constant ? 0 : 1,
        ConditionType.Enumeration => Bits(value) == (long)constant ? 0 : 1,
        ConditionType.Date => ((LocalDate)value).CompareTo((LocalDate)constant),
        ConditionType.Duration => ((Duration)value).CompareTo((Duration)constant),
        _ => throw new InvalidOperationException($"{field.Type} values are not compared."),
    };

    private static long Bits(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static string Show(ConditionField field, object? value) => value switch
    {
        null => "missing",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ when field.Type == ConditionType.Enumeration => field.NameOf(Bits(value)) ?? Bits(value).ToString(CultureInfo.InvariantCulture),
        _ when field.Type == ConditionType.Set => Bits(value) == 0 ? "none" : string.Join(", ", field.Values.Where(v => (Bits(value) & v.Value) == v.Value).Select(v => v.Name)),
        // As the condition language writes them, not NodaTime's culture-dependent defaults ("Tuesday, 01 June 2010").
        LocalDate d => LocalDatePattern.Iso.Format(d),
        Duration d => ShowDuration(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string ShowDuration(Duration duration)
    {
        var ticks = duration.BclCompatibleTicks;
        return ticks % NodaConstants.TicksPerDay == 0 ? Whole(ticks / NodaConstants.TicksPerDay, 'd')
            : ticks % NodaConstants.TicksPerHour == 0 ? Whole(ticks / NodaConstants.TicksPerHour, 'h')
            : ticks % NodaConstants.TicksPerMinute == 0 ? Whole(ticks / NodaConstants.TicksPerMinute, 'm')
            : duration.ToString("o", CultureInfo.InvariantCulture);

        static string Whole(long amount, char unit) => amount.ToString(CultureInfo.InvariantCulture) + unit;
    }
}
