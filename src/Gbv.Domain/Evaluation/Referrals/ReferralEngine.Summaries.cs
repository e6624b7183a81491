using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gbv.Domain.Conditions;
using Gbv.Domain.Referrals;

namespace Gbv.Domain.Evaluation.Referrals;

// Summaries over many cases: in memory, as an asynchronous stream, or in a database.
public sealed partial class ReferralEngine<T>
{
    /// <summary>Counts the decisions over a stream of cases, one pass, with memory that grows with services and units, not cases.</summary>
    public ReferralSummary Summarize(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counter = new Counter(this);
        foreach (var record in records)
        {
            counter.Add(record);
        }

        return counter.Result();
    }

    /// <summary>As <see cref="Summarize(IEnumerable{T})"/>, over an asynchronous stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null (thrown at the call, not when awaited).</exception>
    public Task<ReferralSummary> SummarizeAsync(IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return SummarizeStreamAsync(records, cancellationToken);
    }

    /// <summary>
    /// Counts the decisions over the cases of a database in one aggregate query: cases grouped by unit, by which rules
    /// hold, by which could hold once missing values are recorded, and by consent, so that only one row per
    /// combination comes back. Gives the same summary as <see cref="Summarize(IEnumerable{T})"/> over the same rows.
    /// </summary>
    /// <remarks>The field map's accessors and the rules' conditions must be expressions the provider translates.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null (thrown at the call, not when awaited).</exception>
    // A DbSet is both a query and an asynchronous stream: the query wins, so that the database does the counting.
    [OverloadResolutionPriority(1)]
    public Task<ReferralSummary> SummarizeAsync(IQueryable<T> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return SummarizeQueryAsync(records, cancellationToken);
    }

    private async Task<ReferralSummary> SummarizeQueryAsync(IQueryable<T> records, CancellationToken cancellationToken)
    {
        var counter = new Counter(this);
        var rows = records.GroupBy(_groupKey).Select(g => new ReferralGroupCount { Unit = g.Key.Unit, Fired = g.Key.Fired, Possible = g.Key.Possible, Consent = g.Key.Consent, Count = g.LongCount() });
        await foreach (var row in QueryRows.ReadAsync(rows, cancellationToken).ConfigureAwait(false))
        {
            var masks = unchecked((ulong)row.Fired);
            var fired = RulesOf(masks & _queryHoldsBits);
            var possible = RulesOf(unchecked((ulong)row.Possible)) | RulesOf(masks & ~_queryHoldsBits);
            counter.Add(new ReferralMatch(fired, possible & ~fired), row.Consent, row.Unit ?? string.Empty, row.Count);
        }

        return counter.Result();
    }

    private ulong RulesOf(ulong queryBits)
    {
        ulong rules = 0;
        for (var bits = queryBits; bits != 0; bits &= bits - 1)
        {
            rules |= _rulesOfQueryBit[System.Numerics.BitOperations.TrailingZeroCount(bits)];
        }

        return rules;
    }

    private static (Expression<Func<T, ReferralGroupKey>> Key, ImmutableArray<ulong> RulesOfBit, ulong HoldsBits) GroupKey(
        ImmutableArray<ReferralRule> rules, ImmutableArray<CompiledCondition<T>> conditions, FieldMap<T> fields)
    {
        // The database evaluates every CASE of the key on every row, so the key has as few as give the same summary:
        // one bit per distinct condition text (rules that share a condition share its bit: post-exposure prophylaxis
        // and forensic examination, child protection and the 111 hotline), and in the "could hold" mask only the
        // conditions a missing value can leave undetermined; for the others "could hold" is "holds", which adds no
        // rule needing information.
        var bitOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var representative = new List<int>();
        var rulesOfBit = new List<ulong>();
        for (var i = 0; i < rules.Length; i++)
        {
            if (!bitOfText.TryGetValue(rules[i].Condition, out var bit))
            {
                bitOfText[rules[i].Condition] = bit = representative.Count;
                representative.Add(i);
                rulesOfBit.Add(0);
            }

            rulesOfBit[bit] |= 1UL << i;
        }

        // Masks as sums of CASE expressions (bits are distinct, so a sum is an or). When both masks fit in one long,
        // "could hold" takes the bits above "holds" in the same column: PostgreSQL estimates the groups of an
        // expression from the columns it reads, expects about a group per row and sorts the rows to group them (on
        // disk at a million rows), so one sort key fewer is what made the query faster (measured, docs/performance.md).
        var record = Expression.Parameter(typeof(T), "record");
        BoundCondition Condition(int bit) => conditions[representative[bit]].Bound;
        static Expression Sum(IEnumerable<(Expression Test, int Bit)> terms) => terms.Aggregate(
            (Expression)Expression.Constant(0L),
            (mask, term) => Expression.Add(mask, Expression.Condition(term.Test, Expression.Constant(unchecked((long)(1UL << term.Bit))), Expression.Constant(0L))));

        var undeterminable = Enumerable.Range(0, representative.Count).Where(bit => ConditionCompiler.CanBeUndetermined(Condition(bit))).ToList();
        var together = representative.Count + undeterminable.Count <= 63;
        var holds = Enumerable.Range(0, representative.Count).Select(bit => (ConditionCompiler.QueryBody(Condition(bit), record), bit));
        var couldHold = undeterminable.Select((bit, k) => (ConditionCompiler.QueryPossible(Condition(bit), record), together ? representative.Count + k : bit)).ToList();
        if (together)
        {
            rulesOfBit.AddRange(undeterminable.Select(bit => rulesOfBit[bit]));
        }

        Expression Read(string name, Type type, Func<Expression, Expression> convert, Expression fallback) =>
            fields.Find(name) is { } field ? convert(new ConditionCompiler.ParameterReplacer(field.Accessor.Parameters[0], record).Visit(field.Accessor.Body)) : fallback;

        var keyType = typeof(ReferralGroupKey);
        var key = Expression.Lambda<Func<T, ReferralGroupKey>>(
            Expression.MemberInit(
                Expression.New(keyType),
                Expression.Bind(keyType.GetProperty(nameof(ReferralGroupKey.Unit))!, Read("unit", typeof(string), body => Expression.Convert(body, typeof(string)), Expression.Constant(null, typeof(string)))),
                Expression.Bind(keyType.GetProperty(nameof(ReferralGroupKey.Fired))!, together ? Sum(holds.Concat(couldHold)) : Sum(holds)),
                Expression.Bind(keyType.GetProperty(nameof(ReferralGroupKey.Possible))!, together ? Expression.Constant(0L) : Sum(couldHold)),
                Expression.Bind(keyType.GetProperty(nameof(ReferralGroupKey.Consent))!, Read("consent", typeof(bool), body => Expression.Equal(Expression.Convert(body, typeof(bool?)), Expression.Constant(true, typeof(bool?))), Expression.Constant(false)))),
            record);
        return (key, [.. rulesOfBit], representative.Count == 64 ? ulong.MaxValue : (1UL << representative.Count) - 1);
    }

    private async Task<ReferralSummary> SummarizeStreamAsync(IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        var counter = new Counter(this);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            counter.Add(record);
        }

        return counter.Result();
    }

    /// <summary>Accumulates counts; per case it allocates nothing once a unit has been seen.</summary>
    internal sealed class Counter(ReferralEngine<T> engine)
    {
        private readonly long[,] _perService = new long[engine._ruleServices.Length, 3];
        private readonly long[,] _perRule = new long[engine.Rules.Length, 3];
        private readonly long[] _perUrgency = new long[3];
        private readonly Dictionary<string, long> _perUnit = new(StringComparer.Ordinal);
        private long _cases;

        public void Add(T record)
        {
            if (Add(engine.Match(record), engine._consent(record), null, 1))
            {
                var unit = engine._unit(record) ?? string.Empty;
                CollectionsMarshal.GetValueRefOrAddDefault(_perUnit, unit, out _)++;
            }
        }

        /// <summary>
        /// Adds <paramref name="weight"/> cases with the same match and consent; with a unit, counts them for it when
        /// any is referred. Tells whether they are referred to any service.
        /// </summary>
        public bool Add(ReferralMatch match, bool consent, string? unit, long weight)
        {
            _cases += weight;
            ulong seen = 0;
            var any = false;

            // Rules are in priority order; per service, the best status wins (refer, then consent, then information).
            Span<int> best = stackalloc int[engine._ruleServices.Length];
            best.Fill(int.MaxValue);
            Span<int> urgency = stackalloc int[best.Length];
            urgency.Fill(-1);

            // As in Decide: a rule that asks for an assessment lends its urgency while it could hold.
            Span<int> assessing = stackalloc int[best.Length];
            assessing.Fill(-1);
            // Only the rules that hold or could hold, in order: most cases meet few of them.
            for (var left = match.Fired | match.Undetermined; left != 0; left &= left - 1)
            {
                var i = System.Numerics.BitOperations.TrailingZeroCount(left);
                var fired = match.Holds(i);

                var rule = engine.Rules[i];
                var status = !fired ? 2 : rule.Consent == ConsentRequirement.NotRequired || consent ? 0 : 1;
                _perRule[i, status] += weight;
                var service = engine._serviceIndexOfRule[i];
                seen |= 1UL << service;
                if (status < best[service])
                {
                    best[service] = status;
                    urgency[service] = -1;
                }

                if (status == best[service] && status < 2)
                {
                    urgency[service] = Math.Max(urgency[service], (int)rule.Urgency);
                }

                if (rule.Assessment is not null)
                {
                    assessing[service] = Math.Max(assessing[service], (int)rule.Urgency);
                }
            }

            for (var s = 0; s < best.Length; s++)
            {
                if ((seen & (1UL << s)) == 0)
                {
                    continue;
                }

                _perService[s, best[s]] += weight;
                if (best[s] < 2)
                {
                    any = true;
                    _perUrgency[Math.Max(urgency[s], assessing[s])] += weight;
                }
            }

            if (any && unit is not null)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_perUnit, unit, out _) += weight;
            }

            return any;
        }

        /// <summary>Adds the counts of another counter of the same engine.</summary>
        public void Merge(Counter other)
        {
            _cases += other._cases;
            for (var i = 0; i < _perService.GetLength(0); i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    _perService[i, j] += other._perService[i, j];
                }
            }

            for (var i = 0; i < _perRule.GetLength(0); i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    _perRule[i, j] += other._perRule[i, j];
                }
            }

            for (var i = 0; i < _perUrgency.Length; i++)
            {
                _perUrgency[i] += other._perUrgency[i];
            }

            foreach (var (unit, count) in other._perUnit)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_perUnit, unit, out _) += count;
            }
        }

        public ReferralSummary Result() => new(
            _cases,
            engine._ruleServices.Select((s, i) => (s.Id, Counts: new ServiceCounts(_perService[i, 0], _perService[i, 1], _perService[i, 2])))
                .Where(x => x.Counts != default).ToImmutableSortedDictionary(x => x.Id, x => x.Counts, StringComparer.Ordinal),
            _perUnit.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Enum.GetValues<Urgency>().Where(u => _perUrgency[(int)u] > 0).ToImmutableSortedDictionary(u => u, u => _perUrgency[(int)u]))
        {
            PerIntervention = engine.Rules.Select((r, i) => (r.Id, Counts: new ServiceCounts(_perRule[i, 0], _perRule[i, 1], _perRule[i, 2])))
                .Where(x => x.Counts != default).ToImmutableSortedDictionary(x => x.Id, x => x.Counts, StringComparer.Ordinal),
        };
    }
}
