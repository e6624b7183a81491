using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Finds chains of <c>and</c> whose numeric tests on one field cannot all hold (<c>age &lt; 16 and age &gt; 20</c>):
/// such a condition never holds, and a rule built on it never fires.
/// </summary>
internal static class ContradictionCheck
{
    public static void Report(BoundCondition condition, ConditionSource source) => Visit(condition, source, insideAnd: false);

    private static void Visit(BoundCondition node, ConditionSource source, bool insideAnd)
    {
        switch (node)
        {
            case BoundAnd and:
                if (!insideAnd)
                {
                    Check(and, source);
                }

                Visit(and.Left, source, insideAnd: true);
                Visit(and.Right, source, insideAnd: true);
                break;
            case BoundOr or:
                Visit(or.Left, source, false);
                Visit(or.Right, source, false);
                break;
            case BoundNot not:
                Visit(not.Operand, source, false);
                break;
        }
    }

    private static void Check(BoundAnd chain, ConditionSource source)
    {
        var tests = new List<BoundTest>();
        Flatten(chain, tests);
        foreach (var group in tests.Where(IsNumericRange).GroupBy(t => t.Field.Name, StringComparer.Ordinal))
        {
            // The values that satisfy every test: [low, high] with strict ends where a test is strict.
            decimal low = decimal.MinValue, high = decimal.MaxValue;
            bool lowOpen = false, highOpen = false;
            foreach (var test in group)
            {
                foreach (var (bound, isLow, strict) in Bounds(test))
                {
                    if (isLow && (bound > low || (bound == low && strict)))
                    {
                        (low, lowOpen) = (bound, strict);
                    }
                    else if (!isLow && (bound < high || (bound == high && strict)))
                    {
                        (high, highOpen) = (bound, strict);
                    }
                }
            }

            var empty = low > high || (low == high && (lowOpen || highOpen))
                || (group.First().Field.Type == ConditionType.WholeNumber && NoWholeNumberBetween(low, lowOpen, high, highOpen));
            if (empty)
            {
                var first = group.First().Syntax;
                var last = group.Last().Syntax;
                var written = string.Join(", ", group.Select(t => t.Syntax.ToString()));
                source.Report(ConditionDiagnostics.AlwaysFalse, TextSpan.Cover(first.Span, last.Span), Checks.Set.Argument("Condition.Contradiction", group.Key, written));
            }
        }
    }

    private static bool NoWholeNumberBetween(decimal low, bool lowOpen, decimal high, bool highOpen)
    {
        if (low == decimal.MinValue || high == decimal.MaxValue)
        {
            return false;
        }

        var first = lowOpen ? decimal.Floor(low) + 1 : decimal.Ceiling(low);
        var last = highOpen ? decimal.Ceiling(high) - 1 : decimal.Floor(high);
        return first > last;
    }

    private static void Flatten(BoundCondition node, List<BoundTest> tests)
    {
        if (node is BoundAnd and)
        {
            Flatten(and.Left, tests);
            Flatten(and.Right, tests);
        }
        else if (node is BoundTest test)
        {
            tests.Add(test);
        }
    }

    private static bool IsNumericRange(BoundTest test) =>
        test.Field.Type is ConditionType.WholeNumber or ConditionType.Decimal
        && (test.Kind == TestKind.Between || (test.Kind == TestKind.Compare && test.Operator != ComparisonOperator.NotEqual));

    private static IEnumerable<(decimal Bound, bool IsLow, bool Strict)> Bounds(BoundTest test)
    {
        var a = Convert.ToDecimal(test.Values[0], CultureInfo.InvariantCulture);
        if (test.Kind == TestKind.Between)
        {
            yield return (a, true, false);
            yield return (Convert.ToDecimal(test.Values[1], CultureInfo.InvariantCulture), false, false);
            yield break;
        }

        switch (test.Operator)
        {
            case ComparisonOperator.Equal:
                yield return (a, true, false);
                yield return (a, false, false);
                break;
            case ComparisonOperator.Less:
                yield return (a, false, true);
                break;
            case ComparisonOperator.LessOrEqual:
                yield return (a, false, false);
                break;
            case ComparisonOperator.Greater:
                yield return (a, true, true);
                break;
            default:
                yield return (a, true, false);
                break;
        }
    }
}
