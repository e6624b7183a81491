using System.Collections.Immutable;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Gbv.Domain.Time;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Calendar;

/// <summary>
/// A plan's agenda over a date range: report deadlines and cut-offs, reviews, campaign windows, observance days and
/// tasks, as one list sorted by first day, kind and key, each with the plan's words. A pure function of (schedule,
/// range): the same inputs give the same agenda.
/// </summary>
/// <remarks>
/// Entries are made for the plan's years only (an open-ended plan's from its first year on). A report's deadline can
/// fall after the period it covers (December's monthly report is due in January), so it can lie after the plan's last
/// year. A milestone known only by its year spans that year; an annual task spans the year, or its campaign's window; a
/// task of one year spans that year (or the campaign's window in it); a task the plan only puts in a campaign takes the
/// campaign's window, and a task in several campaigns is listed in each; other tasks have no dates and are not placed.
/// A task that names no roles and inherits the plan's says so in its detail. A plan whose first year is not stated
/// has entries from the range asked for only.
/// </remarks>
public static class PlanAgenda
{
    /// <summary>Every entry that overlaps the range (both ends inclusive).</summary>
    public static ImmutableArray<AgendaEntry> Between(ReportingSchedule schedule, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var plan = schedule.Plan;
        var entries = new List<AgendaEntry>();
        // A plan whose first year is not stated ("đến năm 2025") has entries from the range asked for: which earlier
        // years it covered is not known, and the agenda does not invent them.
        var firstYear = Math.Max(from.Year - 1, plan.Period.FirstYearOr(from.Year - 1));
        var lastYear = Math.Min(to.Year, plan.Period.To ?? to.Year);

        foreach (var report in schedule.Reports(firstYear, lastYear))
        {
            entries.Add(Due(report));
            if (report.Obligation.CutOff is not null)
            {
                entries.Add(new AgendaEntry(AgendaKind.DataCutOff, report.Obligation.Key,
                    new LocalizedText($"Chốt số liệu báo cáo kỳ {report.Period}", $"Data cut-off for the {report.Period} report"),
                    report.DataEnd, report.DataEnd, $"data from {Iso(report.DataStart)} to {Iso(report.DataEnd)}", report.Obligation.Source));
            }
        }

        foreach (var milestone in plan.Milestones.Where(m => m.Year >= firstYear && m.Year <= lastYear))
        {
            entries.Add(new AgendaEntry(AgendaKind.Milestone, milestone.Id, MilestoneTitle(milestone), new LocalDate(milestone.Year, 1, 1),
                new LocalDate(milestone.Year, 12, 31), $"in {milestone.Year}" + (milestone.Responsible is { } r ? $", responsible: {r}" : string.Empty), milestone.Source));
        }

        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var campaign in plan.Campaigns.Where(c => c.Year is null || c.Year == year))
            {
                var (start, end) = Window(campaign.Window, year);
                entries.Add(new AgendaEntry(AgendaKind.Campaign, campaign.Id, campaign.Name, start, end,
                    campaign.DatesStated ? "dates as the plan states them" : "dates from the national calendar (the plan names the campaign without dates)", campaign.Source));
            }

            foreach (var day in plan.ObservanceDays)
            {
                var date = day.Date.InYear(year);
                entries.Add(new AgendaEntry(AgendaKind.ObservanceDay, day.Id, day.Name, date, date,
                    day.DateStated ? "the plan names the day" : "date from the table of days (the plan names the day without a date)", day.Source));
            }

            foreach (var task in plan.Tasks)
            {
                entries.AddRange(Task(plan, task, year));
            }
        }

        return [.. entries.Where(e => e.Start <= to && e.End >= from)
            .OrderBy(e => e.Start).ThenBy(e => e.Kind).ThenBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.End)];
    }

    private static AgendaEntry Due(ScheduledReport report)
    {
        var o = report.Obligation;
        var (vi, en) = o.Frequency switch
        {
            ReportingFrequency.Monthly => ("tháng", "Monthly"),
            ReportingFrequency.Quarterly => ("quý", "Quarterly"),
            ReportingFrequency.SixMonthly => ("6 tháng", "Six-monthly"),
            ReportingFrequency.Annual => ("năm", "Annual"),
            _ => ("", "One-off"),
        };
        var rule = report.StatedDay == report.LastOnTimeDay ? "on or before" : "before";
        return new AgendaEntry(AgendaKind.ReportDue, o.Key,
            new LocalizedText($"Hạn nộp báo cáo {vi} kỳ {report.Period}".Replace("  ", " ", StringComparison.Ordinal), $"{en} report for {report.Period} due"),
            report.LastOnTimeDay, report.LastOnTimeDay,
            $"due {rule} {Iso(report.StatedDay)}: on time until the end of {Iso(report.LastOnTimeDay)}; from {string.Join(", ", o.Reporters)} to {o.Recipient}"
                + (o.Via is { } via ? $" through {via}" : string.Empty),
            o.Source);
    }

    private static IEnumerable<AgendaEntry> Task(Plan plan, PlanTask task, int year)
    {
        // A task in several campaigns (Đăk Tô's first activity: the June action month and the November one) is listed in
        // each; one that recurs by month or quarter is listed once, by its periods.
        var campaigns = task.Campaigns.Select(id => plan.Campaigns.FirstOrDefault(c => c.Id == id)).OfType<Campaign>().ToList();
        var roles = plan.RolesOf(task);
        var inherited = roles.InheritedFromPlan ? "; " + roles.ExplanationEn : string.Empty;
        if (campaigns.Count <= 1 || task.Recurrence is Recurrence.Monthly or Recurrence.Quarterly)
        {
            return TaskIn(task, year, campaigns.FirstOrDefault(), inherited);
        }

        return campaigns.SelectMany(c => TaskIn(task, year, c, inherited));
    }

    private static IEnumerable<AgendaEntry> TaskIn(PlanTask task, int year, Campaign? campaign, string inherited)
    {
        if (campaign?.Year is { } only && only != year)
        {
            yield break;
        }

        var during = campaign is null ? string.Empty : $" during {campaign.Id}";
        var (start, end) = campaign is null ? (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) : Window(campaign.Window, year);
        switch (task.Recurrence)
        {
            case Recurrence.Annual:
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, $"every year{during}" + Frequency(task) + inherited, task.Source);
                break;
            case Recurrence.Monthly:
            case Recurrence.Quarterly:
                var kind = task.Recurrence == Recurrence.Monthly ? PeriodKind.Month : PeriodKind.Quarter;
                foreach (var period in ReportingPeriod.InYear(kind, year))
                {
                    yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, period.Start, period.End, $"every {(kind == PeriodKind.Month ? "month" : "quarter")}" + Frequency(task) + inherited, task.Source);
                }

                break;
            case var _ when task.Year == year:
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, $"in {year}{during}" + inherited, task.Source);
                break;
            case var _ when task.Year is null && task.Recurrence != Recurrence.Once && campaign is not null:
                // No recurrence stated, but the plan puts the task in a campaign: it happens in the campaign's window.
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, $"during {campaign.Id}" + inherited, task.Source);
                break;
        }
    }

    private static string Frequency(PlanTask task) =>
        task.MinimumFrequency is { } f ? $", at least {f.Count} time(s) a {f.Per.ToString().ToLowerInvariant()}" : string.Empty;

    private static (LocalDate Start, LocalDate End) Window(AnnualWindow window, int year)
    {
        var start = window.Start.InYear(year);
        var end = window.End.InYear(window.WrapsYearEnd ? year + 1 : year);
        return (start, end);
    }

    private static LocalizedText MilestoneTitle(Milestone milestone) => milestone.Kind switch
    {
        MilestoneKind.MidTermReview => new LocalizedText($"Sơ kết năm {milestone.Year}", $"Mid-term review, {milestone.Year}"),
        MilestoneKind.FinalReview => new LocalizedText($"Tổng kết năm {milestone.Year}", $"Final review, {milestone.Year}"),
        _ => new LocalizedText($"Kiểm tra năm {milestone.Year}", $"Inspection, {milestone.Year}"),
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
