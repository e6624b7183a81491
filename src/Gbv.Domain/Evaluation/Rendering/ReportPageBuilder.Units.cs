using System.Collections.Immutable;

namespace Gbv.Domain.Evaluation.Rendering;

internal sealed partial class ReportPageBuilder
{
    /// <summary>
    /// For each indicator, its result in each unit beside the total, against the target of the current horizon (the
    /// first not yet past, or the last), and the units that did not report. Small counts are protected across the
    /// rows as well as in each: see <see cref="UnitSuppression"/>. In Vietnamese, a unit the data and the plan do not
    /// name keeps its id, and a line after the tables says so once for the whole report (these tables, the reports
    /// owed, the consistency findings), so that the reader knows why a code stands there.
    /// </summary>
    private IEnumerable<PageBlock> UnitTables()
    {
        var columns = Columns(names, ("Unit", false), ("Year", true), ("Figures", true), ("Status", false));
        foreach (var group in report.Indicators.Select((r, i) => (r, i)).GroupBy(p => p.r.Indicator.Key, StringComparer.Ordinal))
        {
            var (total, index) = group.FirstOrDefault(p => p.r.Target.Horizon.Year >= report.AsOfDate.Year, group.Last());
            var units = report.ByUnit
                .Select(u => (Unit: u.Key, Result: u.Value.Length > index ? u.Value[index] : null))
                .Where(u => u.Result is { Numerator: not null })
                // Only the units the total holds, so that the rows add up to it (what protection reasons from); the
                // units it leaves out are listed below without figures.
                .Where(u => total.ImpossibleUnits.All(g => g.Unit != u.Unit) && total.MissingUnits.All(g => g.Unit != u.Unit))
                .Select(u => (u.Unit, Result: u.Result!))
                .ToList();
            if (units.Count == 0 && total.MissingUnits.IsEmpty && total.ImpossibleUnits.IsEmpty)
            {
                continue;
            }

            var shown = ReportWords.For(report.Plan, total, small);
            var hidden = UnitSuppression.Hidden(total, units.Select(u => u.Result).ToList(), shown);
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<PageCell>>();
            for (var i = 0; i < units.Count; i++)
            {
                var r = units[i].Result;
                var figures = hidden[i] ? W("Unit.Hidden") : ReportWords.Figures(r with { MissingUnits = [], ImpossibleUnits = [] }, shown, Vi);
                rows.Add([names.Unit(units[i].Unit), Year(r), figures, hidden[i] ? new PageCell("—") : Status(r)]);
            }

            // A unit left out is left out of the total's year: the row says which year it did not report.
            foreach (var unit in total.MissingUnits.Select(g => g.Unit).Distinct(StringComparer.Ordinal))
            {
                rows.Add([names.Unit(unit), Year(total), "—", new PageCell(W("Unit.NotReported"), CellTone.Pending)]);
            }

            foreach (var unit in total.ImpossibleUnits.Select(g => g.Unit).Distinct(StringComparer.Ordinal))
            {
                rows.Add([names.Unit(unit), Year(total), "—", new PageCell(W("Unit.Impossible"), CellTone.Bad)]);
            }

            rows.Add([W("Unit.Total"), Year(total), ReportWords.Figures(total, shown, Vi, names), Status(total)]);
            var caption = $"{names.Indicator(total.Indicator)}: {ReportWords.Target(total, Vi)}";
            yield return new PageTable("units", caption, columns, rows.ToImmutable());
        }

        var unnamed = report.ByUnit.Keys
            .Concat(report.Indicators.SelectMany(r => r.MissingUnits.Concat(r.ImpossibleUnits).Select(g => g.Unit)))
            .Concat(report.Timeliness.Reports.Select(e => e.Unit))
            .Concat(report.Consistency.Violations.Select(v => v.Unit))
            .Where(names.Unnamed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unnamed.Count > 0)
        {
            yield return new PageText(names.Format("Unit.NoName", string.Join(", ", unnamed)));
        }
    }
}
