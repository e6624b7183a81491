using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Totals from reported values: each checked against the plan's data elements and units, repeats and bad values reported, not counted.</summary>
public sealed partial class ReportedTotals
{
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
    /// elements (GBV4006, with the nearest name), its figure has decimals but the element counts whole things (GBV4014), its unit or element is not an id (empty, spaces at either end, control
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
        var decimals = plan.DataElements.Where(e => e.Values == ElementValues.Decimal).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var area = new PlanAreaFigures(plan, bag);
        var read = TargetYears.Of(plan);
        var totals = From(values, bag, (value, where) =>
        {
            var year = Invariant(value.Year);
            if (!DataUnits.IsId(value.Unit))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, Nouns.Set.Argument("Subject.Unit"), value.Unit);
                return false;
            }

            if (!DataUnits.IsId(value.Element))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, Nouns.Set.Argument("Subject.Element"), value.Element);
                return false;
            }

            if (value.Year is < 1 or > 9999)
            {
                bag.Add(DataDiagnostics.ImpossibleYear, where, Checks.Set.Argument("Data.ValueFrom", value.Element, value.Unit), year);
                return false;
            }

            if (!read.Contains(value.Year))
            {
                bag.Add(DataDiagnostics.YearNotRead, where, Checks.Set.Argument("Data.ValueFrom", value.Element, value.Unit), year, read.ToString());
            }

            if (!elements.Contains(value.Element))
            {
                bag.Add(DataDiagnostics.UnknownReportedElement, where, value.Unit, value.Element, year, Suggestions.DidYouMean(value.Element, elements));
                return false;
            }

            if (!TargetCalculator.IsWhole(value.Value) && !decimals.Contains(value.Element))
            {
                bag.Add(DataDiagnostics.NotWholeCount, where, value.Unit, value.Element, ValueArguments.Figure(value.Value), year);
                return false;
            }

            if (units is not null && !units.Contains(value.Unit))
            {
                bag.Add(DataDiagnostics.UnknownDataUnit, where, Checks.Set.Argument("Data.ValueFor", value.Element, year), value.Unit, Suggestions.DidYouMean(value.Unit, units));
                return false;
            }

            return area.Accept(value, where);
        });
        problems = bag.ToImmutable();
        return area.Conflicts.Count == 0 ? totals : new(totals._values.Where(p => !area.Conflicts.Contains((p.Key.Year, p.Key.Element))).ToImmutableDictionary());
    }

    private static ReportedTotals From(IEnumerable<ReportedValue> values, DiagnosticBag bag, Func<ReportedValue, SourceLocation, bool> accept)
    {
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), decimal>();
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
                bag.Add(DataDiagnostics.NegativeValue, where, value.Unit, value.Element, Invariant(value.Year), ValueArguments.Figure(value.Value));
            }
            else if (builder.TryGetValue(key, out var first))
            {
                // The same row twice is one figure sent twice; two values for one figure cannot both be right.
                if (first == value.Value)
                {
                    bag.Add(DataDiagnostics.RepeatedValue, where, value.Unit, value.Element, Invariant(value.Year), ValueArguments.Figure(first));
                }
                else
                {
                    bag.Add(DataDiagnostics.DuplicateValue, where, value.Unit, value.Element, Invariant(value.Year), ValueArguments.Figure(first), ValueArguments.Figure(value.Value));
                }
            }
            else
            {
                builder[key] = value.Value;
            }
        }

        return new ReportedTotals(builder.ToImmutable());
    }
}
