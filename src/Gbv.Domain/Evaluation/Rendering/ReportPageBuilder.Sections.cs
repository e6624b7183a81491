using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;

namespace Gbv.Domain.Evaluation.Rendering;

internal sealed partial class ReportPageBuilder
{
    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private string Percent(decimal? value) => value is { } x ? ReportWords.Percent(x, Vi) : "—";

    private ImmutableArray<PageBlock> Reporting()
    {
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        var rates = report.Timeliness.Rates.Where(r => r.Unit is null && r.Due > 0).ToList();
        if (rates.Count == 0)
        {
            blocks.Add(None());
        }
        else
        {
            blocks.Add(new PageTable("rates", null, Columns(names, ("Obligation", false), ("Due", true), ("Received", true), ("OnTime", true), ("Rate", true), ("OnTimeRate", true)),
                [.. rates.Select(r => ImmutableArray.Create<PageCell>(names.Obligation(r.Obligation), N(r.Due), N(r.Received), N(r.OnTime), Percent(r.Rate), Percent(r.OnTimeRate)))]));
        }

        var open = report.Timeliness.Reports.Where(e => e.Status is Timeliness.Late or Timeliness.Missing or Timeliness.NotYetDue).ToList();
        if (open.Count > 0)
        {
            blocks.Add(new PageTable("deadlines", W("Reporting.Open"), Columns(names, ("Unit", false), ("Report", false), ("Period", false), ("OnTimeUntil", false), ("Status", false)),
                [.. open.Select(e => ImmutableArray.Create<PageCell>(names.Unit(e.Unit), names.Obligation(e.Report.Obligation.Key), names.Period(e.Report.Period),
                    names.Date(e.Report.LastOnTimeDay), Lateness(e)))]));
        }

        return blocks.ToImmutable();
    }

    private PageCell Lateness(ExpectedReport e) => e.Status switch
    {
        Gbv.Domain.Reporting.Timeliness.Late => new(names.Format("Timeliness.Late", N(e.DaysLate)), CellTone.Bad),
        Gbv.Domain.Reporting.Timeliness.Missing => new(W("Timeliness.Missing"), CellTone.Bad),
        _ => new(W("Timeliness.NotYetDue"), CellTone.Pending),
    };

    private ImmutableArray<PageBlock> Consistency()
    {
        var c = report.Consistency;
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        blocks.Add(new PageText(names.Format("Consistency.Summary", N(c.Checked), N(c.Violations.Length), N(c.Skipped.Length))));
        if (!c.Violations.IsEmpty)
        {
            blocks.Add(new PageTable("consistency", null, Columns(names, ("Unit", false), ("Year", true), ("Rule", false), ("Left", true), ("Right", true)),
                [.. c.Violations.Select(v => ImmutableArray.Create<PageCell>(names.Unit(v.Unit), N(v.Year), new PageCell(names.Rule(v.Rule), CellTone.Bad), small.Show(v.Left), small.Show(v.Right)))]));
        }

        return blocks.ToImmutable();
    }

    private ImmutableArray<PageBlock> Tasks() => report.Tasks.IsEmpty
        ? [None()]
        : [new PageTable("tasks", null, Columns(names, ("Task", false), ("Year", true), ("Done", true), ("AtLeast", true), ("Status", false)),
            [.. report.Tasks.Select(t => ImmutableArray.Create<PageCell>(names.Task(t.Task), N(t.Year), N(t.Done), N(t.Required),
                t.IsMet ? new PageCell(W("Task.Met"), CellTone.Good) : t.YearEnded ? new PageCell(W("Task.NotMet"), CellTone.Bad) : new PageCell(W("Task.InProgress"), CellTone.Pending)))])];

    private ImmutableArray<PageBlock> Reviews() => report.Milestones.IsEmpty
        ? [None()]
        : [new PageTable("reviews", null, Columns(names, ("Review", false), ("Year", true), ("Status", false)),
            [.. report.Milestones.Select(m => ImmutableArray.Create<PageCell>(names.Milestone(m.Milestone), N(m.Milestone.Year), m.Status switch
            {
                MilestoneStatus.Held => new PageCell(names.Format("Review.Held", names.Date(m.HeldOn!.Value)), CellTone.Good),
                MilestoneStatus.NotRecorded => new PageCell(W("Review.NotRecorded"), CellTone.Bad),
                MilestoneStatus.DueThisYear => new PageCell(W("Review.DueThisYear"), CellTone.Pending),
                _ => new PageCell(W("Review.Upcoming")),
            }))])];

    private ImmutableArray<PageBlock> Ahead() => report.Ahead.IsEmpty
        ? [new PageText(W("Ahead.Nothing"))]
        : [new PageTable("agenda", null, Columns(names, ("When", false), ("What", false), ("Kind", false)),
            [.. report.Ahead.Select(a => ImmutableArray.Create<PageCell>(names.Span(a.Start, a.End), a.Title.In(Vi ? "vi" : "en"), W("Agenda." + a.Kind)))])];

    private ImmutableArray<PageBlock> Referrals()
    {
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        blocks.Add(new PageText(names.Format("Referrals.Cases", small.Show(report.Cases.Read))));
        var columns = Columns(names, ("Refer", true), ("Consent", true), ("Information", true));
        if (!report.Referrals.PerService.IsEmpty)
        {
            blocks.Add(new PageTable("referrals", null, [new PageColumn(W("Column.Service")), .. columns],
                [.. report.Referrals.PerService.Select(p => Counts(names.Service(p.Key), p.Value))]));
        }

        // Each intervention with its own window (post-exposure prophylaxis and emergency contraception both go to a
        // health facility): counted by the rule that calls for it, so one closed window does not hide the other.
        if (!report.Referrals.PerIntervention.IsEmpty)
        {
            blocks.Add(new PageTable("interventions", null, [new PageColumn(W("Column.Intervention")), .. columns],
                [.. report.Referrals.PerIntervention.Select(p => Counts(names.Intervention(p.Key), p.Value))]));
        }

        return blocks.ToImmutable();
    }

    private ImmutableArray<PageCell> Counts(string name, ServiceCounts counts) =>
        [name, small.Show(counts.Refer), small.Show(counts.ConsentRequired), small.Show(counts.NeedsInformation)];

    private ImmutableArray<PageBlock> Problems() => report.Problems.IsEmpty
        ? [None()]
        : [new PageList([.. report.Problems.Select(d => $"{d.Id}{Where(d.Location)}: {d.GetMessage(Vi ? "vi" : "en")}")])];

    // The file's name and line, so the officer can find the row: never the folder, which is the sender's machine's.
    private string Where(SourceLocation at) => at.Line > 0 && !string.IsNullOrEmpty(at.File)
        ? " (" + names.Format("Problem.Where", Path.GetFileName(at.File), at.Line.ToString(CultureInfo.InvariantCulture)) + ")"
        : string.Empty;
}
