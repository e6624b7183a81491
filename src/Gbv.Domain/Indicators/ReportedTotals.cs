using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Indicators;

/// <summary>
/// Reported values summed per unit, year and data element. Immutable; <see cref="Merge"/> is commutative and
/// associative with <see cref="Empty"/> as identity, so a province's totals are the merge of its districts', and any
/// split of the data gives the same totals.
/// </summary>
public sealed class ReportedTotals : IEquatable<ReportedTotals>
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

    /// <summary>
    /// Totals from task completion records: how many times each task (or milestone) was done per unit and year (and per
    /// month and quarter, for "at least once a month"). A record naming neither a task nor a milestone of the plan is a
    /// diagnostic (GBV4004) and is not counted.
    /// </summary>
    public static ReportedTotals FromTaskCompletions(Plan plan, IEnumerable<TaskCompletion> completions, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(completions);
        var bag = new DiagnosticBag();
        // A record can name a task or a milestone (a review held is a completion too).
        var tasks = plan.Tasks.Select(t => t.Id).Concat(plan.Milestones.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
        foreach (var completion in completions)
        {
            if (!tasks.Contains(completion.Task))
            {
                bag.Add(DiagnosticDescriptors.UnknownTask, new SourceLocation($"task completion {completion.Unit}/{completion.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", string.Empty, 0, 0),
                    completion.Unit, completion.Task, Suggestions.DidYouMean(completion.Task, tasks));
                continue;
            }

            var date = completion.Date;
            foreach (var element in (ReadOnlySpan<string>)[
                MetricElements.Task(completion.Task),
                MetricElements.TaskPeriod(completion.Task, FrequencyUnit.Month, date.Month),
                MetricElements.TaskPeriod(completion.Task, FrequencyUnit.Quarter, ((date.Month - 1) / 3) + 1)])
            {
                var key = (completion.Unit, date.Year, element);
                builder[key] = builder.GetValueOrDefault(key) + 1;
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

    /// <summary>Totals from counts already summed (by a case tally).</summary>
    internal static ReportedTotals FromCounts(ImmutableDictionary<(string Unit, int Year, string Element), long> values) => new(values);

    /// <summary>The years anything was reported for, in order.</summary>
    public IEnumerable<int> Years => _values.Keys.Select(k => k.Year).Distinct().Order();

    /// <summary>The value one unit reported for an element and year, or null when it did not.</summary>
    public long? Value(string unit, int year, string element)
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
    public long? Total(string element, int year)
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

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
