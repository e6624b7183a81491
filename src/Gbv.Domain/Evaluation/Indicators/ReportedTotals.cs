using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Evaluation.Indicators;

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

    // The units that reported each element for each year, for pooling an indicator unit by unit.
    private readonly Lazy<Dictionary<(int Year, string Element), List<string>>> _reporters;

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
    public static ReportedTotals Empty { get; } = new(ImmutableDictionary<(string, int, string), long>.Empty);

    /// <summary>The units that reported anything, in ordinal order.</summary>
    public IEnumerable<string> Units => _values.Keys.Select(k => k.Unit).Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// Totals from reported values. A unit reporting the same element for the same year twice with two values, or a
    /// negative value, is a diagnostic (GBV4001, GBV4002) and that value is not counted; the same row twice (same unit,
    /// year, element and value) is counted once, with warning GBV4009: nothing is counted silently, nothing twice.
    /// </summary>
    /// <remarks>This overload does not know the plan: <see cref="From(Plan, IEnumerable{ReportedValue}, IReadOnlySet{string}?, out ImmutableArray{Diagnostic})"/>
    /// also refuses elements the plan does not have and units that are not among the data's.</remarks>
    public static ReportedTotals From(IEnumerable<ReportedValue> values, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bag = new DiagnosticBag();
        var totals = From(values, bag, static (_, _) => true);
        problems = bag.ToImmutable();
        return totals;
    }

    /// <summary>
    /// Totals from reported values checked against a plan: besides what <see cref="From(IEnumerable{ReportedValue}, out ImmutableArray{Diagnostic})"/>
    /// checks, a value is refused with an error, and not counted, when its element is not one of the plan's data
    /// elements (GBV4006, with the nearest name), its unit or element is not an id (empty, spaces at either end, control
    /// characters: GBV4005), its year is not from 1 to 9999 (GBV4008), or, when <paramref name="units"/> is given, its
    /// unit is not among them (GBV4007). An unknown unit is never summed into the plan's total. A plan-area element
    /// (<see cref="ElementCombine.PlanArea"/>) reported by two units for one year is an error (GBV4012) and neither
    /// unit's figure for that year is counted: which one is the plan area's cannot be told.
    /// </summary>
    /// <param name="plan">The plan whose data elements the values are for.</param>
    /// <param name="values">The values, in any order.</param>
    /// <param name="units">The units the data may come from (<see cref="DataUnits.Of"/>), or null to accept any unit.</param>
    /// <param name="problems">Every value not counted, and every repeated one, located.</param>
    public static ReportedTotals From(Plan plan, IEnumerable<ReportedValue> values, IReadOnlySet<string>? units, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(values);
        var bag = new DiagnosticBag();
        var elements = plan.DataElements.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var area = new PlanAreaFigures(plan, bag);
        var totals = From(values, bag, (value, where) =>
        {
            var year = Invariant(value.Year);
            if (!DataUnits.IsId(value.Unit))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, new DiagnosticArgument("unit", "Đơn vị"), value.Unit);
                return false;
            }

            if (!DataUnits.IsId(value.Element))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, new DiagnosticArgument("data element", "Số liệu"), value.Element);
                return false;
            }

            if (value.Year is < 1 or > 9999)
            {
                bag.Add(DataDiagnostics.ImpossibleYear, where, new DiagnosticArgument($"The value of \"{value.Element}\" from {value.Unit}", $"Số liệu \"{value.Element}\" của {value.Unit}"), year);
                return false;
            }

            if (!elements.Contains(value.Element))
            {
                bag.Add(DataDiagnostics.UnknownReportedElement, where, value.Unit, value.Element, year, Suggestions.DidYouMean(value.Element, elements));
                return false;
            }

            if (units is not null && !units.Contains(value.Unit))
            {
                bag.Add(DataDiagnostics.UnknownDataUnit, where, new DiagnosticArgument($"\"{value.Element}\" for {year}", $"Số liệu \"{value.Element}\" năm {year}"), value.Unit, Suggestions.DidYouMean(value.Unit, units));
                return false;
            }

            return area.Accept(value, where);
        });
        problems = bag.ToImmutable();
        return area.Conflicts.Count == 0 ? totals : new(totals._values.Where(p => !area.Conflicts.Contains((p.Key.Year, p.Key.Element))).ToImmutableDictionary());
    }

    private static ReportedTotals From(IEnumerable<ReportedValue> values, DiagnosticBag bag, Func<ReportedValue, SourceLocation, bool> accept)
    {
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
        foreach (var value in values)
        {
            var where = value.Origin ?? new SourceLocation($"reported value {value.Unit}/{value.Year.ToString(CultureInfo.InvariantCulture)}/{value.Element}", string.Empty, 0, 0);
            if (!accept(value, where))
            {
                continue;
            }

            var key = (value.Unit, value.Year, value.Element);
            if (value.Value < 0)
            {
                bag.Add(DataDiagnostics.NegativeValue, where, value.Unit, value.Element, Invariant(value.Year), Invariant(value.Value));
            }
            else if (builder.TryGetValue(key, out var first))
            {
                // The same row twice is one figure sent twice; two values for one figure cannot both be right.
                if (first == value.Value)
                {
                    bag.Add(DataDiagnostics.RepeatedValue, where, value.Unit, value.Element, Invariant(value.Year), Invariant(first));
                }
                else
                {
                    bag.Add(DataDiagnostics.DuplicateValue, where, value.Unit, value.Element, Invariant(value.Year), Invariant(first), Invariant(value.Value));
                }
            }
            else
            {
                builder[key] = value.Value;
            }
        }

        return new ReportedTotals(builder.ToImmutable());
    }

    /// <summary>
    /// Totals from task completion records: how many times each task (or milestone) was done per unit and year (and per
    /// month and quarter, for "at least once a month"). A record naming neither a task nor a milestone of the plan is a
    /// diagnostic (GBV4004) and is not counted; the same record twice (task, unit and day) is counted once (GBV4010).
    /// </summary>
    public static ReportedTotals FromTaskCompletions(Plan plan, IEnumerable<TaskCompletion> completions, out ImmutableArray<Diagnostic> problems) =>
        FromTaskCompletions(plan, completions, null, out problems);

    /// <summary>
    /// Totals from task completion records, as <see cref="FromTaskCompletions(Plan, IEnumerable{TaskCompletion}, out ImmutableArray{Diagnostic})"/>;
    /// besides, a record whose unit is not an id (GBV4005), whose year is not from 1 to 9999 (GBV4008) or, when
    /// <paramref name="units"/> is given, whose unit is not among them (GBV4007) is an error and is not counted.
    /// </summary>
    public static ReportedTotals FromTaskCompletions(Plan plan, IEnumerable<TaskCompletion> completions, IReadOnlySet<string>? units, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(completions);
        var bag = new DiagnosticBag();
        // A record can name a task or a milestone (a review held is a completion too).
        var tasks = plan.Tasks.Select(t => t.Id).Concat(plan.Milestones.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<TaskCompletion>();
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), long>();
        foreach (var completion in completions)
        {
            var day = completion.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var where = completion.Origin ?? new SourceLocation($"task completion {completion.Unit}/{day}", string.Empty, 0, 0);
            if (!tasks.Contains(completion.Task))
            {
                bag.Add(DataDiagnostics.UnknownTask, where, completion.Unit, completion.Task, Suggestions.DidYouMean(completion.Task, tasks));
                continue;
            }

            if (!DataUnits.IsId(completion.Unit))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, new DiagnosticArgument("unit", "Đơn vị"), completion.Unit);
                continue;
            }

            if (completion.Date.Year < 1)
            {
                bag.Add(DataDiagnostics.ImpossibleYear, where, new DiagnosticArgument($"The completion of \"{completion.Task}\" by {completion.Unit}", $"Việc hoàn thành \"{completion.Task}\" của {completion.Unit}"), Invariant(completion.Date.Year));
                continue;
            }

            if (units is not null && !units.Contains(completion.Unit))
            {
                bag.Add(DataDiagnostics.UnknownDataUnit, where, new DiagnosticArgument($"The completion of \"{completion.Task}\" on {day}", $"Việc hoàn thành \"{completion.Task}\" ngày {day}"), completion.Unit, Suggestions.DidYouMean(completion.Unit, units));
                continue;
            }

            if (!seen.Add(completion))
            {
                bag.Add(DataDiagnostics.RepeatedCompletion, where, completion.Unit, completion.Task, day);
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

    /// <summary>Only the values of the units a predicate accepts, and the units left out, in ordinal order.</summary>
    internal ReportedTotals OnlyUnits(Func<string, bool> keep, out ImmutableArray<string> leftOut)
    {
        leftOut = [.. _values.Keys.Select(k => k.Unit).Where(u => !keep(u)).Distinct().Order(StringComparer.Ordinal)];
        return leftOut.IsEmpty ? this : new(_values.Where(p => keep(p.Key.Unit)).ToImmutableDictionary());
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
