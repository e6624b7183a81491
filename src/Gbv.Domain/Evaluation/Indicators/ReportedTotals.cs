using System.Collections.Immutable;
using System.Globalization;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Reported values summed per unit, year and data element. Immutable; <see cref="Merge"/> is commutative and
/// associative with <see cref="Empty"/> as identity, so a province's totals are the merge of its districts', and any
/// split of the data gives the same totals.
/// </summary>
public sealed partial class ReportedTotals : IEquatable<ReportedTotals>
{
    private readonly ImmutableDictionary<(string Unit, int Year, string Element), decimal> _values;

    // Sums over units per (year, element), built once on first use: evaluation asks for one per indicator target.
    private readonly Lazy<Dictionary<(int Year, string Element), (decimal Total, int Reporters)>> _byElement;

    // The units that reported each element for each year, for pooling an indicator unit by unit.
    private readonly Lazy<Dictionary<(int Year, string Element), List<string>>> _reporters;

    private ReportedTotals(ImmutableDictionary<(string Unit, int Year, string Element), decimal> values, ImmutableDictionary<string, ImmutableHashSet<string>>? peers = null)
    {
        _values = values;
        _peers = peers ?? ImmutableDictionary<string, ImmutableHashSet<string>>.Empty;
        _byElement = new Lazy<Dictionary<(int, string), (decimal, int)>>(() =>
        {
            var sums = new Dictionary<(int, string), (decimal Total, int Reporters)>();
            foreach (var (key, value) in _values)
            {
                var (total, reporters) = sums.GetValueOrDefault((key.Year, key.Element));
                sums[(key.Year, key.Element)] = (total + value, reporters + 1);
            }

            return sums;
        });
        _reporters = new Lazy<Dictionary<(int, string), List<string>>>(() =>
        {
            var units = new Dictionary<(int, string), List<string>>();
            foreach (var key in _values.Keys)
            {
                if (!units.TryGetValue((key.Year, key.Element), out var list))
                {
                    units[(key.Year, key.Element)] = list = [];
                }

                list.Add(key.Unit);
            }

            return units;
        });
        _expected = new Lazy<Dictionary<string, HashSet<string>>>(ExpectedByElement);
    }

    /// <summary>The units that reported any of the elements for a year, in ordinal order.</summary>
    internal List<string> UnitsReporting(int year, string first, string? second)
    {
        var units = new SortedSet<string>(StringComparer.Ordinal);
        if (_reporters.Value.TryGetValue((year, first), out var a))
        {
            units.UnionWith(a);
        }

        if (second is not null && _reporters.Value.TryGetValue((year, second), out var b))
        {
            units.UnionWith(b);
        }

        return [.. units];
    }

    /// <summary>No values.</summary>
    public static ReportedTotals Empty { get; } = new(ImmutableDictionary<(string, int, string), decimal>.Empty);

    /// <summary>The units that reported anything, in ordinal order.</summary>
    public IEnumerable<string> Units => _values.Keys.Select(k => k.Unit).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Only the values of the units a predicate accepts, and the units left out, in ordinal order.</summary>
    internal ReportedTotals OnlyUnits(Func<string, bool> keep, out ImmutableArray<string> leftOut)
    {
        leftOut = [.. _values.Keys.Select(k => k.Unit).Where(u => !keep(u)).Distinct().Order(StringComparer.Ordinal)];
        return leftOut.IsEmpty ? this : new(_values.Where(p => keep(p.Key.Unit)).ToImmutableDictionary());
    }

    /// <summary>
    /// The totals of two sets of units together. A unit in both keeps the sum of its values; the units each is
    /// expected to report with (<see cref="WithReportingUnits"/>) are kept from both.
    /// </summary>
    public ReportedTotals Merge(ReportedTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = _values.ToBuilder();
        foreach (var (key, value) in other._values)
        {
            builder[key] = builder.GetValueOrDefault(key) + value;
        }

        return new ReportedTotals(builder.ToImmutable(), MergePeers(_peers, other._peers));
    }

    /// <summary>Totals from counts already summed (by a case tally).</summary>
    internal static ReportedTotals FromCounts(ImmutableDictionary<(string Unit, int Year, string Element), long> values) =>
        new(values.ToImmutableDictionary(p => p.Key, p => (decimal)p.Value));

    /// <summary>Totals from figures already combined (the plan area as one unit).</summary>
    internal static ReportedTotals FromFigures(ImmutableDictionary<(string Unit, int Year, string Element), decimal> values) => new(values);

    /// <summary>The years anything was reported for, in order.</summary>
    public IEnumerable<int> Years => _values.Keys.Select(k => k.Year).Distinct().Order();

    /// <summary>The value one unit reported for an element and year, or null when it did not.</summary>
    public decimal? Value(string unit, int year, string element)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(element);
        return _values.TryGetValue((unit, year, element), out var value) ? value : null;
    }

    /// <summary>Only the values of one unit.</summary>
    public ReportedTotals ForUnit(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(_values.Where(p => p.Key.Unit == unit).ToImmutableDictionary());
    }

    /// <summary>The sum over units of an element for a year, or null when no unit reported it.</summary>
    public decimal? Total(string element, int year)
    {
        ArgumentNullException.ThrowIfNull(element);
        return _byElement.Value.TryGetValue((year, element), out var sum) ? sum.Total : null;
    }

    /// <summary>How many units reported an element for a year.</summary>
    public int Reporters(string element, int year)
    {
        ArgumentNullException.ThrowIfNull(element);
        return _byElement.Value.TryGetValue((year, element), out var sum) ? sum.Reporters : 0;
    }

    /// <summary>Equal when every unit has the same values for the same years and elements.</summary>
    public bool Equals(ReportedTotals? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (_values.Count == other._values.Count && _values.All(p => other._values.TryGetValue(p.Key, out var v) && v == p.Value)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportedTotals);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: the same values in any insertion order hash the same.
        var hash = _values.Count;
        foreach (var (key, value) in _values)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return hash;
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
