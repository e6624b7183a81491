using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using NodaTime;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Finds conditions that never hold or always hold, whatever the case: <c>false</c>, <c>risk = low and risk = high</c>,
/// <c>trafficking and not trafficking</c>, <c>age &gt;= 18 or age &lt; 18 or age is missing</c>. A rule on such a
/// condition never fires or always does, which is never what a plan's text means; <c>true</c> alone is written on
/// purpose ("every case") and is not reported.
/// </summary>
/// <remarks>
/// Exact, not heuristic: each test compares a field with constants, so the values that can change an answer are the
/// constants, the values next to them and "missing". The condition is evaluated, by the interpreter's own definition of
/// a test, on every combination of those values over its fields; when there are more than
/// <see cref="MaxCombinations"/>, the check is skipped rather than guessed.
/// </remarks>
internal static class ConstantCheck
{
    /// <summary>Most combinations of field values tried.</summary>
    public const int MaxCombinations = 4096;

    public static void Report(BoundCondition condition, ConditionSource source, string text)
    {
        if (condition is BoundConstant { Value: true })
        {
            // "true" alone says what it means: every case (the default rules for counselling and legal aid).
            return;
        }

        var tests = new List<BoundTest>();
        Collect(condition, tests);
        if (tests.Count < 2 && condition is not BoundConstant)
        {
            // One test alone that cannot hold, or cannot fail, is the binder's to report, with its reason (GBV3104).
            return;
        }

        var fields = tests.GroupBy(t => t.Field.Name, StringComparer.Ordinal).ToList();
        var domains = new List<(string Name, List<object?> Values)>();
        long combinations = 1;
        foreach (var field in fields)
        {
            if (Domain(field.First().Field, field) is not { } values)
            {
                return;
            }

            combinations *= values.Count;
            if (combinations > MaxCombinations)
            {
                return;
            }

            domains.Add((field.Key, values));
        }

        bool sometimesTrue = false, sometimesFalse = false;
        var assignment = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (long n = 0; n < combinations && !(sometimesTrue && sometimesFalse); n++)
        {
            var rest = n;
            foreach (var (name, values) in domains)
            {
                assignment[name] = values[(int)(rest % values.Count)];
                rest /= values.Count;
            }

            if (Evaluate(condition, assignment))
            {
                sometimesTrue = true;
            }
            else
            {
                sometimesFalse = true;
            }
        }

        if (!sometimesTrue || !sometimesFalse)
        {
            source.Report(ConditionDiagnostics.ConstantCondition, new TextSpan(0, text.Length),
                text.Length > 80 ? text[..80] + "…" : text,
                sometimesTrue
                    ? Checks.Set.Argument("Condition.AlwaysHolds")
                    : Checks.Set.Argument("Condition.NeverHolds"));
        }
    }

    private static void Collect(BoundCondition node, List<BoundTest> tests)
    {
        switch (node)
        {
            case BoundAnd and:
                Collect(and.Left, tests);
                Collect(and.Right, tests);
                break;
            case BoundOr or:
                Collect(or.Left, tests);
                Collect(or.Right, tests);
                break;
            case BoundNot not:
                Collect(not.Operand, tests);
                break;
            case BoundTest test:
                tests.Add(test);
                break;
        }
    }

    private static bool Evaluate(BoundCondition node, Dictionary<string, object?> values) => node switch
    {
        BoundAnd and => Evaluate(and.Left, values) && Evaluate(and.Right, values),
        BoundOr or => Evaluate(or.Left, values) || Evaluate(or.Right, values),
        BoundNot not => !Evaluate(not.Operand, values),
        BoundConstant constant => constant.Value,
        _ => ConditionInterpreter.Holds((BoundTest)node, values[((BoundTest)node).Field.Name]),
    };

    // The values of a field that can change any test's answer, or null for a kind of field not enumerated.
    private static List<object?>? Domain(ConditionField field, IEnumerable<BoundTest> tests)
    {
        var constants = tests.SelectMany(t => t.Values).ToList();
        IEnumerable<object> values = field.Type switch
        {
            ConditionType.Boolean => [true, false],
            ConditionType.Enumeration => field.Values.Select(v => (object)v.Value),
            ConditionType.Set => Subsets(constants.Select(c => (long)c).Aggregate(0L, (all, c) => all | c)),
            ConditionType.WholeNumber => constants.Select(c => (int)c).SelectMany(c => new[] { c - 1L, c, c + 1L })
                .Where(v => v is >= int.MinValue and <= int.MaxValue).Select(v => (object)(int)v),
            ConditionType.Decimal => Around(constants.Select(c => (decimal)c)),
            ConditionType.Date => constants.Select(c => (LocalDate)c).SelectMany(c => new[] { c.PlusDays(-1), c, c.PlusDays(1) }).Select(v => (object)v),
            ConditionType.Duration => constants.Select(c => (Duration)c).SelectMany(c => new[] { c - Duration.FromSeconds(1), c, c + Duration.FromSeconds(1) }).Select(v => (object)v),
            ConditionType.Text => constants.Append("\u0000another text"),
            _ => [],
        };
        var domain = values.Distinct().Cast<object?>().ToList();
        if (domain.Count == 0 && field.Type is not (ConditionType.Boolean or ConditionType.Enumeration))
        {
            // A field tested only for presence: any value stands for all.
            domain.Add(field.Type switch
            {
                ConditionType.WholeNumber => 0,
                ConditionType.Decimal => 0m,
                ConditionType.Text => string.Empty,
                ConditionType.Set => 0L,
                ConditionType.Date => new LocalDate(2000, 1, 1),
                ConditionType.Duration => Duration.Zero,
                _ => null,
            });
            if (domain[0] is null)
            {
                return null;
            }
        }

        if (field.CanBeMissing)
        {
            domain.Add(null);
        }

        return domain.Count == 0 ? null : domain;
    }

    private static IEnumerable<object> Around(IEnumerable<decimal> constants)
    {
        var sorted = constants.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            yield return sorted[i];
            yield return i == 0 ? sorted[i] - 1 : (sorted[i - 1] + sorted[i]) / 2;
        }

        if (sorted.Count > 0)
        {
            yield return sorted[^1] + 1;
        }
    }

    private static IEnumerable<object> Subsets(long bits)
    {
        var flags = Enumerable.Range(0, 63).Select(i => 1L << i).Where(b => (bits & b) != 0).ToList();
        if (flags.Count > 10)
        {
            yield break;
        }

        for (var mask = 0; mask < 1 << flags.Count; mask++)
        {
            yield return flags.Where((_, i) => (mask & (1 << i)) != 0).Aggregate(0L, (all, b) => all | b);
        }
    }
}
