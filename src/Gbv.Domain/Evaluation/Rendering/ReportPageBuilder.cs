using System.Collections.Immutable;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// Builds the <see cref="ReportPage"/> of a report in one language, every section of <see cref="ReportSection"/> in
/// order: the one place that decides what the Markdown and the HTML say, and which counts they hide.
/// </summary>
internal sealed partial class ReportPageBuilder
{
    private readonly ComplianceReport report;
    private readonly SmallCounts small;
    private readonly ReportNames names;

    private ReportPageBuilder(ComplianceReport report, bool vi, SmallCounts small)
    {
        this.report = report;
        this.small = small;
        names = new ReportNames(report.Plan, report.UnitNames, vi);
    }

    private bool Vi => names.Vi;

    private string W(string key) => names.Word(key);

    public static ReportPage Build(ComplianceReport report, bool vi, SmallCounts small)
    {
        var builder = new ReportPageBuilder(report, vi, small);
        var sections = ReportSections.All.Select(builder.Section).ToImmutableArray();
        var about = vi ? builder.names.PlanPeriod() : $"{report.Plan.Id}, {builder.names.PlanPeriod()}";
        var subtitle = builder.names.Format("Report.AsOf", builder.names.Date(report.AsOfDate), about);
        return new ReportPage(vi ? "vi" : "en", report.Plan.Title.In(vi ? "vi" : "en"), subtitle, sections, ReportWords.SmallCountsNote(small, vi));
    }

    private PageSection Section(ReportSection kind) => new(kind, W("Section." + kind), kind switch
    {
        ReportSection.Indicators => Indicators(),
        ReportSection.Reporting => Reporting(),
        ReportSection.Consistency => Consistency(),
        ReportSection.Tasks => Tasks(),
        ReportSection.Reviews => Reviews(),
        ReportSection.Ahead => Ahead(),
        ReportSection.Referrals => Referrals(),
        _ => Problems(),
    });

    private static ImmutableArray<PageColumn> Columns(ReportNames names, params (string Key, bool Numeric)[] columns) =>
        [.. columns.Select(c => new PageColumn(names.Word("Column." + c.Key), c.Numeric))];

    private PageText None() => new(W("None"));

    private ImmutableArray<PageBlock> Indicators()
    {
        if (report.Indicators.IsEmpty)
        {
            return [None()];
        }

        var columns = Columns(names, ("Indicator", false), ("Target", false), ("Status", false), ("Year", true), ("Figures", true),
            ("Least", true), ("StillNeeded", true), ("OfTarget", true)).Add(new PageColumn(W("Column.Trend"), Chart: true));
        var rows = report.Indicators.Select((r, i) =>
        {
            var shown = ReportWords.For(report.Plan, r, small);
            return ImmutableArray.Create<PageCell>(
                names.Indicator(r.Indicator), ReportWords.Target(r, Vi), Status(r), Year(r), ReportWords.Figures(r, shown, Vi, names),
                ReportWords.Bound(r, shown, Vi), ReportWords.Gap(r, shown, Vi), ReportWords.Achieved(r, shown, Vi), Trend(r, i));
        });
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        blocks.Add(new PageTable("indicators", null, columns, [.. rows]));
        blocks.AddRange(UnitTables());
        blocks.AddRange(GroupTables());
        return blocks.ToImmutable();
    }

    private PageCell Status(IndicatorResult r) => new(ReportWords.Status(r.Status, Vi),
        ReportWords.IsBad(r.Status) ? CellTone.Bad : r.Status == IndicatorStatus.Met ? CellTone.Good : CellTone.Plain);

    private static string Year(IndicatorResult r) => r.Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>The target's value year by year, from the evaluation as of the end of each year; a hidden value is a gap.</summary>
    private PageCell Trend(IndicatorResult r, int index)
    {
        // Over the plan's years up to the evaluation date; for a target "by" a year, up to that year.
        var points = report.ByYear
            .Where(p => r.Target.Horizon.Kind != HorizonKind.By || p.Key <= r.Target.Horizon.Year)
            .Select(p => p.Value.Length > index && p.Value[index].Year == p.Key ? (p.Key, Result: p.Value[index]) : (p.Key, Result: null))
            .Select(p => new TrendPoint(p.Key, p.Result is { Value: { } v } yearly && ReportWords.ShowsValue(yearly, ReportWords.For(report.Plan, yearly, small)) ? v : null))
            .ToImmutableArray();
        var chart = TrendChart.For(r, points, names);
        return new PageCell(chart?.Description ?? "—", CellTone.Plain, chart);
    }
}
