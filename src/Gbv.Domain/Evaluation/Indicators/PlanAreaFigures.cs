using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Checks, while reported values are read, that a plan-area element (<see cref="ElementCombine.PlanArea"/>) comes from
/// one unit per year: a second unit's figure is GBV4012, and the year's figure of that element is dropped, whatever the
/// order of the rows (so the result never depends on which unit came first).
/// </summary>
internal sealed class PlanAreaFigures(Plan plan, DiagnosticBag bag)
{
    private readonly HashSet<string> _area = plan.DataElements.Where(e => e.Combine == ElementCombine.PlanArea).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<(int Year, string Element), string> _first = [];

    /// <summary>The (year, element) figures reported by more than one unit, none of which is counted.</summary>
    public HashSet<(int Year, string Element)> Conflicts { get; } = [];

    /// <summary>Always true: a conflicting value is refused with the others of its year once every row is read.</summary>
    public bool Accept(ReportedValue value, SourceLocation where)
    {
        // A negative value is refused on its own (GBV4002): it does not make the year's figure unknown.
        if (!_area.Contains(value.Element) || value.Value < 0)
        {
            return true;
        }

        var key = (value.Year, value.Element);
        if (!_first.TryGetValue(key, out var first))
        {
            _first[key] = value.Unit;
        }
        else if (!string.Equals(first, value.Unit, StringComparison.Ordinal))
        {
            Conflicts.Add(key);
            bag.Add(DataDiagnostics.PlanAreaFigureFromTwoUnits, where, value.Element, value.Year.ToString(CultureInfo.InvariantCulture), first, value.Unit);
        }

        return true;
    }

    /// <summary>
    /// A ratio with a plan-area element, worked out for the plan area as one unit named by the plan's id: a plan-area
    /// element gives its one figure, a summed element the sum over units. Null, with the element, when a plan-area
    /// element has figures from more than one unit for the year (totals merged from two sources).
    /// </summary>
    public static ReportedTotals? AsOneUnit(Plan plan, ReportedTotals totals, int year, string numerator, string denominator, out string? conflict)
    {
        conflict = null;
        var values = ImmutableDictionary.CreateBuilder<(string Unit, int Year, string Element), decimal>();
        foreach (var element in (ReadOnlySpan<string>)[numerator, denominator])
        {
            if (Combine(plan, element) == ElementCombine.Sum)
            {
                if (totals.Total(element, year) is { } sum)
                {
                    values[(plan.Id, year, element)] = sum;
                }

                continue;
            }

            var units = totals.UnitsReporting(year, element, null);
            if (units.Count > 1)
            {
                conflict = element;
                return null;
            }

            if (units.Count == 1)
            {
                values[(plan.Id, year, element)] = totals.Value(units[0], year, element)!.Value;
            }
        }

        return ReportedTotals.FromFigures(values.ToImmutable());
    }

    /// <summary>How an element's figures combine; an element the plan does not have is summed.</summary>
    public static ElementCombine Combine(Plan plan, string element) =>
        plan.DataElements.FirstOrDefault(e => string.Equals(e.Key, element, StringComparison.Ordinal))?.Combine ?? ElementCombine.Sum;
}
