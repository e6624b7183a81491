using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;

namespace Gbv.Domain.Indicators;

/// <summary>
/// Reported values summed per unit, year and data element. Immutable; <see cref="Merge"/> is commutative and
/// associative with <see cref="Empty"/> as identity, so a province's totals are the merge of its districts', and any
/// split of the data gives the same totals.
/// </summary>
public sealed class ReportedTotals
{
    private readonly ImmutableDictionary<(string Unit, int Year, string Element), long> _values;

    // Sums over units per (year, element), built once on first use: evaluation asks for one per indicator target.
    private readonly Lazy<Dictionary<(int Year, string Element), (long Total, int Reporters)>> _byElement;

    private ReportedTotals(ImmutableDictionary<(string Unit, int Year, string Element), long> values)
    {
        _values = values;
        _byElement = new Lazy<Dictionary<(int, string), (long, int)>>(() =>
        {
            var sums = new Dictionary<(int, string), (long Total, int Reporters)>();
            foreach (var (key, value) in _values)
            {
                var (total, reporters) = sums.GetValueOrDefault((key.Year, key.Element));
                sums[(key.Year, key.Element)] = (total + value, reporters + 1);
            }

            return sums;
        });
    }

    /// <summary>No values.</summary>
    public static ReportedTotals Empty { get; } = new(ImmutableDictionary<(string, int, string), long>.Empty);

    /// <summary>The units that reported anything, in ordinal order.</summary>
    public IEnumerable<string> Units => _values.Keys.Select(k => k.Unit).Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// Totals from reported values. A unit reporting the same element for the same year twice, or a negative value,
    /// is a diagnostic (GBV4001, GBV4002) and that value is not counted: nothing is counted silently.
    /// </summary>
    public static ReportedTotals From(IEnumerable<ReportedValue> values, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bag = new DiagnosticBag();
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
        foreach (var value in values)
        {
            var where = new SourceLocation($"reported value {value.Unit}/{value.Year.ToString(CultureInfo.InvariantCulture)}/{value.Element}", string.Empty, 0, 0);
            var key = (value.Unit, value.Year, value.Element);
            if (value.Value < 0)
            {
                bag.Add(DiagnosticDescriptors.NegativeValue, where, value.Unit, value.Element, Invariant(value.Year), Invariant(value.Value));
            }
            else if (builder.TryGetValue(key, out var first))
            {
                bag.Add(DiagnosticDescriptors.DuplicateValue, where, value.Unit, value.Element, Invariant(value.Year), Invariant(first), Invariant(value.Value));
            }
            else
            {
                builder[key] = value.Value;
            }
        }

        problems = bag.ToImmutable();
        return new ReportedTotals(builder.ToImmutable());
    }

    /// <summary>The totals of two sets of units together. A unit in both keeps the sum of its values.</summary>
    public ReportedTotals Merge(ReportedTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = _values.ToBuilder();
        foreach (var (key, value) in other._values)
        {
            builder[key] = builder.GetValueOrDefault(key) + value;
        }

        return new ReportedTotals(builder.ToImmutable());
    }

    /// <summary>Only the values of one unit.</summary>
    public ReportedTotals ForUnit(string unit) => new(_values.Where(p => p.Key.Unit == unit).ToImmutableDictionary());

    /// <summary>The sum over units of an element for a year, or null when no unit reported it.</summary>
    public long? Total(string element, int year) =>
        _byElement.Value.TryGetValue((year, element), out var sum) ? sum.Total : null;

    /// <summary>How many units reported an element for a year.</summary>
    public int Reporters(string element, int year) =>
        _byElement.Value.TryGetValue((year, element), out var sum) ? sum.Reporters : 0;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
