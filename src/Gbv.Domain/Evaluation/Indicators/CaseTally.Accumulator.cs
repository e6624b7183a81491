using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Adding up the counts of cases read one by one.</summary>
public sealed partial class CaseTally<T>
{
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
