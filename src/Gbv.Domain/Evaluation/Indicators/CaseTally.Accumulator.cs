using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Adding up the counts of cases read one by one.</summary>
public sealed partial class CaseTally<T>
{
    /// <summary>Accumulates counts; per case it allocates nothing once a unit and year have been seen.</summary>
    internal sealed class Accumulator(CaseTally<T> tally)
    {
        // One lookup per case, by unit: its cases and its counts per year (a unit has a few years, looked up in turn).
        private readonly Dictionary<string, UnitCounts> _units = new(StringComparer.Ordinal);
        private readonly ulong[] _need = [.. tally._counters.Select(c => c.Need)];
        private long _cases;
        private long _undated;

        public IReadOnlyDictionary<string, long> CasesByUnit => _units.ToDictionary(p => p.Key, p => p.Value.Cases, StringComparer.Ordinal);

        public long Read => _cases;

        public void Add(T record)
        {
            _cases++;
            var (unit, maybeYear, mask) = tally._read(record);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_units, unit ?? string.Empty, out _);
            slot ??= new UnitCounts();
            slot.Cases++;
            if (maybeYear is null)
            {
                _undated++;
                return;
            }

            var counts = slot.Year(maybeYear.Value, _need.Length);
            var need = _need;
            for (var i = 0; i < need.Length; i++)
            {
                if ((mask & need[i]) == need[i])
                {
                    counts[i]++;
                }
            }
        }

        public void Merge(Accumulator other)
        {
            _cases += other._cases;
            _undated += other._undated;
            foreach (var (unit, theirs) in other._units)
            {
                ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_units, unit, out _);
                mine ??= new UnitCounts();
                mine.Cases += theirs.Cases;
                foreach (var (year, counts) in theirs.Years)
                {
                    var sum = mine.Year(year, _need.Length);
                    for (var i = 0; i < counts.Length; i++)
                    {
                        sum[i] += counts[i];
                    }
                }
            }
        }

        public CaseCounts Result()
        {
            var values = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
            foreach (var (unit, slot) in _units)
            {
                foreach (var (year, counts) in slot.Years)
                {
                    for (var i = 0; i < counts.Length; i++)
                    {
                        values[(unit, year, tally._counters[i].Element)] = counts[i];
                    }
                }
            }

            return new CaseCounts(ReportedTotals.FromCounts(values.ToImmutable()), _cases, _undated);
        }

        /// <summary>
        /// A unit's cases, and its counts for each year it has dated cases in: the first few years looked up in turn
        /// (a plan's period is a handful), any further ones by a table, so a file of many years stays linear.
        /// </summary>
        private sealed class UnitCounts
        {
            private const int Listed = 16;
            private readonly List<(int Year, long[] Counts)> _years = [];
            private Dictionary<int, long[]>? _more;

            public long Cases { get; set; }

            public IReadOnlyList<(int Year, long[] Counts)> Years => _years;

            public long[] Year(int year, int counters)
            {
                var years = CollectionsMarshal.AsSpan(_years);
                for (var i = 0; i < years.Length && i < Listed; i++)
                {
                    if (years[i].Year == year)
                    {
                        return years[i].Counts;
                    }
                }

                if (_more is not null && _more.TryGetValue(year, out var found))
                {
                    return found;
                }

                var added = new long[counters];
                _years.Add((year, added));
                if (_years.Count > Listed)
                {
                    (_more ??= [])[year] = added;
                }

                return added;
            }
        }
    }
}
