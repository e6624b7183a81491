using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Counting cases in a database: the one aggregate query grouped by unit and year, built as an expression the provider translates.</summary>
public sealed partial class CaseTally<T>
{
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
}
