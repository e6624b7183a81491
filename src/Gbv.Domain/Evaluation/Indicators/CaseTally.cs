using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The counts a plan's indicators need from case records, compiled once: every condition of the plan's case-ratio
/// indicators (and of the data elements an integrator counts from cases) becomes one delegate that returns, for a
/// case, the bit mask of the conditions that hold. Counting is then one pass over the cases, with no allocation per
/// case and memory that grows with units × years × counts, never with the number of cases. Immutable and safe to
/// share between threads.
/// </summary>
/// <typeparam name="T">The case type, bound with a field map that uses the standard names (<see cref="Cases.CaseFields"/>).</typeparam>
/// <remarks>
/// <para>A case counts in the year that <c>year</c> gives (for <see cref="Cases.CaseRecord"/>,
/// <see cref="Cases.CaseFields.ReportedYear"/>) and in the unit of its <c>unit</c> field. A case with no year is
/// not counted in any year but is counted in <see cref="CaseCounts.Undated"/>, so that nothing is dropped silently; a
/// case with no unit counts under the empty unit id.</para>
/// <para>A ratio's numerator counts only cases that also meet its denominator ("numerator within denominator"), and
/// an "of which" (trong đó) indicator's numerator counts only cases that meet its parent's numerator.</para>
/// </remarks>
public sealed partial class CaseTally<T>
{
    /// <summary>The most distinct conditions a tally holds: one bit each in a 64-bit mask.</summary>
    public const int MaxConditions = 64;

    private readonly ImmutableArray<Counter> _counters;
    private readonly ImmutableArray<Expression<Func<T, bool>>> _queryConditions;
    private readonly Expression<Func<T, int?>> _year;
    private readonly Expression<Func<T, string?>> _unit;
    private readonly Func<T, (string? Unit, int? Year, ulong Mask)> _read;

    private CaseTally(
        ImmutableArray<Counter> counters, ImmutableArray<CompiledCondition<T>> conditions, Expression<Func<T, int?>> year,
        Expression<Func<T, string?>> unit)
    {
        _counters = counters;
        _queryConditions = [.. conditions.Select(c => c.Expression)];
        _year = year;
        _unit = unit;
        var record = Expression.Parameter(typeof(T), "record");

        // One expression for every condition: (c0 ? 1 : 0) | (c1 ? 2 : 0) | ...
        Expression body = Expression.Constant(0UL);
        for (var bit = 0; bit < conditions.Length; bit++)
        {
            body = Expression.Or(body, Expression.Condition(ConditionCompiler.Body(conditions[bit].Bound, record), Expression.Constant(1UL << bit), Expression.Constant(0UL)));
        }

        // Unit, year and mask from one delegate call per case: the key and the bits together.
        var read = Expression.New(
            typeof(ValueTuple<string?, int?, ulong>).GetConstructor([typeof(string), typeof(int?), typeof(ulong)])!,
            Replace(unit, record), Replace(year, record), body);
        _read = Expression.Lambda<Func<T, (string?, int?, ulong)>>(read, record).Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeSupported);
        Elements = [.. counters.Select(c => c.Element)];
    }

    /// <summary>
    /// The elements counted, in order: each case-ratio indicator's numerator and denominator, then the data elements
    /// counted from cases.
    /// </summary>
    public ImmutableArray<string> Elements { get; }

    /// <summary>
    /// Compiles the counts for a plan's case-ratio indicators, and for data elements counted from cases.
    /// Conditions are checked against the field map; problems come back as diagnostics naming the indicator or element,
    /// and no tally is made when any is an error.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="fields">How conditions read the case type.</param>
    /// <param name="year">The year a case counts in, or null when it has none; an expression so that databases can group by it.</param>
    /// <param name="elementConditions">
    /// For data elements the integrator counts from cases rather than receives as reported figures: the element's key
    /// and the condition a case must meet to count (for example <c>victims_detected</c> → <c>domestic</c>). May be empty.
    /// </param>
    public static CaseTallyResult<T> Compile(
        Plan plan, FieldMap<T> fields, Expression<Func<T, int?>> year, IReadOnlyDictionary<string, string> elementConditions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(elementConditions);
        var bag = new DiagnosticBag();
        var builder = new Builder(fields, bag);
        foreach (var indicator in plan.Indicators)
        {
            builder.Indicator(plan, indicator);
        }

        var known = plan.DataElements.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (element, text) in elementConditions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var where = new SourceLocation($"data element '{element}' counted from cases", string.Empty, 0, 0);
            if (!known.Contains(element))
            {
                bag.Add(ValidationDiagnostics.UnknownDataElement, where, element, Suggestions.DidYouMean(element, known));
                continue;
            }

            if (builder.Bit(text, where) is { } bit)
            {
                builder.Counters.Add(new Counter(element, 1UL << bit));
            }
        }

        builder.Groups();
        if (builder.Conditions.Count > MaxConditions)
        {
            bag.Add(DataDiagnostics.TooManyConditions, new SourceLocation("case tally", string.Empty, 0, 0),
                builder.Conditions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxConditions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (bag.HasErrors)
        {
            return new CaseTallyResult<T>(null, bag.ToImmutable());
        }

        var unit = UnitReader(fields);
        return new CaseTallyResult<T>(new CaseTally<T>([.. builder.Counters], [.. builder.Conditions], year, unit), bag.ToImmutable());
    }

    private static Expression Replace(LambdaExpression lambda, ParameterExpression record) =>
        new ConditionCompiler.ParameterReplacer(lambda.Parameters[0], record).Visit(lambda.Body);

    private static Expression<Func<T, string?>> UnitReader(FieldMap<T> fields)
    {
        if (fields.Find("unit") is { Type: ConditionType.Text } field)
        {
            var record = Expression.Parameter(typeof(T), "record");
            return Expression.Lambda<Func<T, string?>>(Expression.Convert(Replace(field.Accessor, record), typeof(string)), record);
        }

        return _ => null;
    }

    /// <summary>An element counted, and the condition bits a case must meet for it.</summary>
    private readonly record struct Counter(string Element, ulong Need);
}
