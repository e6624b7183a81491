using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
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
public sealed class CaseTally<T>
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

    /// <summary>Counts a stream of cases in one pass.</summary>
    public CaseCounts Count(IEnumerable<T> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var accumulator = new Accumulator(this);
        foreach (var record in cases)
        {
            accumulator.Add(record);
        }

        return accumulator.Result();
    }

    /// <summary>As <see cref="Count(IEnumerable{T})"/>, over an asynchronous stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null (thrown at the call, not when awaited).</exception>
    public Task<CaseCounts> CountAsync(IAsyncEnumerable<T> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return CountStreamAsync(cases, cancellationToken);
    }

    private async Task<CaseCounts> CountStreamAsync(IAsyncEnumerable<T> cases, CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(this);
        await foreach (var record in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(record);
        }

        return accumulator.Result();
    }

    /// <summary>
    /// Counts cases in a database in one aggregate query: cases grouped by unit and year, with a conditional count per
    /// counted element (<c>COUNT(*) FILTER (WHERE ...)</c> or <c>SUM(CASE ...)</c>, as the provider translates
    /// <c>Count(predicate)</c> on a group), so that the provider (EF Core, for example) does the work and only the
    /// counts come back. Gives the same counts as <see cref="Count(IEnumerable{T})"/> over the same rows.
    /// </summary>
    /// <remarks>The field map's accessors, the conditions and <c>year</c> must be expressions the provider translates.</remarks>
    public CaseCounts Count(IQueryable<T> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Collect(Grouped(cases));
    }

    /// <summary>
    /// As <see cref="Count(IQueryable{T})"/>, asynchronously: the one query runs through the provider's asynchronous
    /// enumeration (EF Core's, for example) when it has one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null (thrown at the call, not when awaited).</exception>
    // A DbSet is both a query and an asynchronous stream: the query wins, so that the database does the counting.
    [OverloadResolutionPriority(1)]
    public Task<CaseCounts> CountAsync(IQueryable<T> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return CountQueryAsync(cases, cancellationToken);
    }

    /// <summary>The cases whose year is one of <paramref name="from"/> to <paramref name="to"/>, and those with no year.</summary>
    internal IQueryable<T> InYears(IQueryable<T> cases, int from, int to)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var year = Replace(_year, record);
        var body = Expression.OrElse(
            Expression.Equal(year, Expression.Constant(null, typeof(int?))),
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(year, Expression.Constant(from, typeof(int?))),
                Expression.LessThanOrEqual(year, Expression.Constant(to, typeof(int?)))));
        return cases.Where(Expression.Lambda<Func<T, bool>>(body, record));
    }

    private async Task<CaseCounts> CountQueryAsync(IQueryable<T> cases, CancellationToken cancellationToken)
    {
        var groups = new List<UnitYearCounts>();
        await foreach (var group in QueryRows.ReadAsync(Grouped(cases), cancellationToken).ConfigureAwait(false))
        {
            groups.Add(group);
        }

        return Collect(groups);
    }

    private CaseCounts Collect(IEnumerable<UnitYearCounts> groups)
    {
        var values = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
        long total = 0, undated = 0;
        foreach (var group in groups)
        {
            total += group.Count;
            if (group.Year is not { } year)
            {
                undated += group.Count;
                continue;
            }

            // Cases with no unit count under the empty unit id, as in memory; a provider may give them as one group or two.
            for (var i = 0; i < _counters.Length; i++)
            {
                var key = (group.Unit ?? string.Empty, year, _counters[i].Element);
                values[key] = values.GetValueOrDefault(key) + group.Counts[i];
            }
        }

        return new CaseCounts(ReportedTotals.FromCounts(values.ToImmutable()), total, undated);
    }

    private IQueryable<UnitYearCounts> Grouped(IQueryable<T> cases)
    {
        // Built as expressions with small classes (not anonymous types), which query providers translate like anonymous ones.
        var record = Expression.Parameter(typeof(T), "record");
        var keyType = typeof(UnitYear);
        var key = Expression.Lambda<Func<T, UnitYear>>(
            Expression.MemberInit(
                Expression.New(keyType),
                Expression.Bind(keyType.GetProperty(nameof(UnitYear.Unit))!, Replace(_unit, record)),
                Expression.Bind(keyType.GetProperty(nameof(UnitYear.Year))!, Replace(_year, record))),
            record);

        // g => new UnitYearCounts { Unit = g.Key.Unit, Year = g.Key.Year, Count = g.LongCount(), Counts = new[] { g.LongCount(c => need0), ... } }
        var group = Expression.Parameter(typeof(IGrouping<UnitYear, T>), "g");
        var groupKey = Replace(GroupKey, group);
        var counts = _counters.Select(counter =>
        {
            var item = Expression.Parameter(typeof(T), "c");
            Expression? need = null;
            for (var bit = 0; bit < _queryConditions.Length; bit++)
            {
                if ((counter.Need & (1UL << bit)) != 0)
                {
                    var condition = Replace(_queryConditions[bit], item);
                    need = need is null ? condition : Expression.AndAlso(need, condition);
                }
            }

            return need is null
                ? CountAll(group)
                : Expression.Call(CountWhere.Method, group, Expression.Lambda<Func<T, bool>>(need, item));
        });
        var rowType = typeof(UnitYearCounts);
        var row = Expression.Lambda<Func<IGrouping<UnitYear, T>, UnitYearCounts>>(
            Expression.MemberInit(
                Expression.New(rowType),
                Expression.Bind(rowType.GetProperty(nameof(UnitYearCounts.Unit))!, Expression.Property(groupKey, keyType.GetProperty(nameof(UnitYear.Unit))!)),
                Expression.Bind(rowType.GetProperty(nameof(UnitYearCounts.Year))!, Expression.Property(groupKey, keyType.GetProperty(nameof(UnitYear.Year))!)),
                Expression.Bind(rowType.GetProperty(nameof(UnitYearCounts.Count))!, CountAll(group)),
                Expression.Bind(rowType.GetProperty(nameof(UnitYearCounts.Counts))!, Counts(counts))),
            group);
        return cases.GroupBy(key).Select(row);
    }

    // Templates the compiler builds, so that the aggregate methods are found without reflection over generic methods.
    private static readonly Expression<Func<IGrouping<UnitYear, T>, UnitYear>> GroupKey = g => g.Key;
    private static readonly MethodCallExpression CountWhere = (MethodCallExpression)((Expression<Func<IGrouping<UnitYear, T>, long>>)(g => g.LongCount(c => true))).Body;

    private static Expression CountAll(ParameterExpression group) => Replace(CountAllTemplate, group);

    private static readonly Expression<Func<IGrouping<UnitYear, T>, long>> CountAllTemplate = g => g.LongCount();

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AotAnalysis", "IL3050", Justification = "An array of long, a primitive type every native image holds.")]
    private static NewArrayExpression Counts(IEnumerable<Expression> counts) => Expression.NewArrayInit(typeof(long), counts);

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

    /// <summary>Collects conditions (one bit per distinct text) and counters.</summary>
    private sealed class Builder(FieldMap<T> fields, DiagnosticBag bag)
    {
        private readonly Dictionary<string, int> _bitOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ulong?> _numeratorNeed = new(StringComparer.Ordinal);

        public List<CompiledCondition<T>> Conditions { get; } = [];

        public List<Counter> Counters { get; } = [];

        public int? Bit(string text, SourceLocation where)
        {
            if (_bitOf.TryGetValue(text, out var known))
            {
                return known;
            }

            var result = Condition.Compile(text, fields, where);
            bag.AddRange(result.Diagnostics);
            if (result.Condition is not { } condition)
            {
                return null;
            }

            Conditions.Add(condition);
            return _bitOf[text] = Conditions.Count - 1;
        }

        public void Indicator(Plan plan, Indicator indicator) => NumeratorNeed(plan, indicator, depth: 0);

        // The bits a case must meet to count in an indicator's numerator; adds the indicator's counters the first time.
        private ulong? NumeratorNeed(Plan plan, Indicator indicator, int depth)
        {
            if (indicator.Metric is not CaseRatioMetric metric || depth > plan.Indicators.Length)
            {
                return null;
            }

            if (_numeratorNeed.TryGetValue(indicator.Key, out var cached))
            {
                return cached;
            }

            _numeratorNeed[indicator.Key] = null;
            var where = new SourceLocation($"indicator '{indicator.Key}'", string.Empty, 0, 0);
            ulong? parent = indicator.OfWhich is { } key && plan.FindIndicator(key) is { } of ? NumeratorNeed(plan, of, depth + 1) : 0UL;
            var numerator = Bit(metric.Numerator, where);
            var denominator = metric.Denominator is { } d ? Bit(d, where) : -1;
            if (numerator is not { } n || denominator is not { } b || parent is not { } p)
            {
                return null;
            }

            var denominatorNeed = (b < 0 ? 0UL : 1UL << b) | p;
            var need = (1UL << n) | denominatorNeed;
            Counters.Add(new Counter(MetricElements.CaseNumerator(indicator.Key), need));
            if (indicator.OfWhich is null)
            {
                Counters.Add(new Counter(MetricElements.CaseDenominator(indicator.Key), denominatorNeed));
            }

            return _numeratorNeed[indicator.Key] = need;
        }
    }

    /// <summary>Accumulates counts; per case it allocates nothing once a unit and year have been seen.</summary>
    internal sealed class Accumulator(CaseTally<T> tally)
    {
        private readonly Dictionary<(string Unit, int Year), long[]> _counts = [];
        private readonly ulong[] _need = [.. tally._counters.Select(c => c.Need)];
        private readonly Dictionary<string, long> _byUnit = new(StringComparer.Ordinal);
        private long _cases;
        private long _undated;

        /// <summary>How many cases each unit had (the empty id for none): checked against the plan's units.</summary>
        public IReadOnlyDictionary<string, long> CasesByUnit => _byUnit;

        /// <summary>How many cases have been added so far: the number of the last one.</summary>
        public long Read => _cases;

        public void Add(T record)
        {
            _cases++;
            var (unit, maybeYear, mask) = tally._read(record);
            CollectionsMarshal.GetValueRefOrAddDefault(_byUnit, unit ?? string.Empty, out _)++;
            if (maybeYear is null)
            {
                _undated++;
                return;
            }

            var year = maybeYear.Value;

            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (unit ?? string.Empty, year), out _);
            counts ??= new long[_need.Length];
            var need = _need;
            for (var i = 0; i < need.Length; i++)
            {
                if ((mask & need[i]) == need[i])
                {
                    counts[i]++;
                }
            }
        }

        /// <summary>Adds the counts of another accumulator of the same tally (counts form a monoid: the order of parts does not matter).</summary>
        public void Merge(Accumulator other)
        {
            _cases += other._cases;
            _undated += other._undated;
            foreach (var (unit, count) in other._byUnit)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_byUnit, unit, out _) += count;
            }

            foreach (var (key, counts) in other._counts)
            {
                ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
                mine ??= new long[_need.Length];
                for (var i = 0; i < counts.Length; i++)
                {
                    mine[i] += counts[i];
                }
            }
        }

        public CaseCounts Result()
        {
            var values = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
            foreach (var ((unit, year), counts) in _counts)
            {
                for (var i = 0; i < counts.Length; i++)
                {
                    values[(unit, year, tally._counters[i].Element)] = counts[i];
                }
            }

            return new CaseCounts(ReportedTotals.FromCounts(values.ToImmutable()), _cases, _undated);
        }
    }
}
