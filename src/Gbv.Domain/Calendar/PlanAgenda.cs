using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Localization;
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
            entries.Add(Due(report, plan));
            if (report.Obligation.CutOff is not null)
            {
                entries.Add(new AgendaEntry(AgendaKind.DataCutOff, report.Obligation.Key,
                    new LocalizedText(Explanations.Format("Entry.CutOff", vi: true, PeriodWords.Of(report.Period, true)), Explanations.Format("Entry.CutOff", vi: false, report.Period)),
                    report.DataEnd, report.DataEnd, Detail(vi => Words.Format("Detail.CutOff", vi, Day(report.DataStart, vi), Day(report.DataEnd, vi))), report.Obligation.Source)
                    .With(vi => Words.Format("Detail.CutOff", vi, Day(report.DataStart, vi), Day(report.DataEnd, vi))));
            }
        }

        foreach (var milestone in plan.Milestones.Where(m => m.Year >= firstYear && m.Year <= lastYear))
        {
            entries.Add(new AgendaEntry(AgendaKind.Milestone, milestone.Id, MilestoneTitle(milestone), new LocalDate(milestone.Year, 1, 1),
                new LocalDate(milestone.Year, 12, 31), Detail(vi => InYear(milestone, plan, vi)), milestone.Source).With(vi => InYear(milestone, plan, vi)));
        }

        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var campaign in plan.Campaigns.Where(c => c.Year is null || c.Year == year))
            {
                var (start, end) = Window(campaign.Window, year);
                var stated = campaign.DatesStated ? "Detail.CampaignStated" : "Detail.CampaignNational";
                entries.Add(new AgendaEntry(AgendaKind.Campaign, campaign.Id, campaign.Name, start, end, Words.Get(stated, false), campaign.Source)
                    .With(vi => Words.Get(stated, vi)));
            }

            foreach (var day in plan.ObservanceDays)
            {
                var date = day.Date.InYear(year);
                var stated = day.DateStated ? "Detail.DayStated" : "Detail.DayTable";
                entries.Add(new AgendaEntry(AgendaKind.ObservanceDay, day.Id, day.Name, date, date, Words.Get(stated, false), day.Source).With(vi => Words.Get(stated, vi)));
            }

            foreach (var task in plan.Tasks)
            {
                entries.AddRange(Task(plan, task, year));
            }
        }

        return [.. entries.Where(e => e.Start <= to && e.End >= from)
            .OrderBy(e => e.Start).ThenBy(e => e.Kind).ThenBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.End)];
    }

    private static AgendaEntry Due(ScheduledReport report, Plan plan)
    {
        var o = report.Obligation;
        var title = o.Frequency switch
        {
            ReportingFrequency.Monthly or ReportingFrequency.Quarterly or ReportingFrequency.SixMonthly or ReportingFrequency.Annual => "Entry.Due." + o.Frequency,
            _ => "Entry.Due.OneOff",
        };
        var rule = report.StatedDay == report.LastOnTimeDay ? "Detail.OnOrBefore" : "Detail.Before";
        string Text(bool inVi) => Words.Format("Detail.Due", inVi, Words.Get(rule, inVi), Day(report.StatedDay, inVi), Day(report.LastOnTimeDay, inVi),
                string.Join(", ", o.Reporters.Select(r => Agency(plan, r, inVi))), Agency(plan, o.Recipient, inVi))
            + (o.Via is { } via ? Words.Format("Detail.Via", inVi, Agency(plan, via, inVi)) : string.Empty);
        return new AgendaEntry(AgendaKind.ReportDue, o.Key,
            new LocalizedText(Explanations.Format(title, vi: true, PeriodWords.Of(report.Period, true)), Explanations.Format(title, vi: false, report.Period)),
            report.LastOnTimeDay, report.LastOnTimeDay, Text(false), o.Source).With(Text);
    }

    private static IEnumerable<AgendaEntry> Task(Plan plan, PlanTask task, int year)
    {
        // A task in several campaigns (Đăk Tô's first activity: the June action month and the November one) is listed in
        // each; one that recurs by month or quarter is listed once, by its periods.
        var campaigns = task.Campaigns.Select(id => plan.Campaigns.FirstOrDefault(c => c.Id == id)).OfType<Campaign>().ToList();
        var roles = plan.RolesOf(task);
        // In Vietnamese the agencies by the plan's names ("chủ trì: Phòng Lao động - Thương binh và Xã hội"), ids in English.
        string Inherited(bool vi) => roles.InheritedFromPlan ? "; " + (vi ? roles.NamedVi(id => Agency(plan, id, vi: true)) : roles.ExplanationEn) : string.Empty;
        if (campaigns.Count <= 1 || task.Recurrence is Recurrence.Monthly or Recurrence.Quarterly)
        {
            return TaskIn(task, year, campaigns.FirstOrDefault(), Inherited);
        }

        return campaigns.SelectMany(c => TaskIn(task, year, c, Inherited));
    }

    private static IEnumerable<AgendaEntry> TaskIn(PlanTask task, int year, Campaign? campaign, Func<bool, string> inherited)
    {
        if (campaign?.Year is { } only && only != year)
        {
            yield break;
        }

        string During(bool vi) => campaign is null ? string.Empty : Words.Format("Detail.During", vi, vi ? campaign.Name.Vi : campaign.Id);
        var (start, end) = campaign is null ? (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) : Window(campaign.Window, year);
        switch (task.Recurrence)
        {
            case Recurrence.Annual:
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, Words.Format("Detail.EveryYear", false, During(false)) + Frequency(task, false) + inherited(false), task.Source)
                    .With(vi => Words.Format("Detail.EveryYear", vi, During(vi)) + Frequency(task, vi) + inherited(vi));
                break;
            case Recurrence.Monthly:
            case Recurrence.Quarterly:
                var kind = task.Recurrence == Recurrence.Monthly ? PeriodKind.Month : PeriodKind.Quarter;
                foreach (var period in ReportingPeriod.InYear(kind, year))
                {
                    var every = kind == PeriodKind.Month ? "Detail.EveryMonth" : "Detail.EveryQuarter";
                    yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, period.Start, period.End, Words.Get(every, false) + Frequency(task, false) + inherited(false), task.Source)
                        .With(vi => Words.Get(every, vi) + Frequency(task, vi) + inherited(vi));
                }

                break;
            case var _ when task.Year == year:
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, Words.Format("Detail.InYear", false, Year(year), During(false)) + inherited(false), task.Source)
                    .With(vi => Words.Format("Detail.InYear", vi, Year(year), During(vi)) + inherited(vi));
                break;
            case var _ when task.Year is null && task.Recurrence != Recurrence.Once && campaign is not null:
                // No recurrence stated, but the plan puts the task in a campaign: it happens in the campaign's window.
                yield return new AgendaEntry(AgendaKind.Task, task.Id, task.Title, start, end, During(false).TrimStart() + inherited(false), task.Source).With(vi => During(vi).TrimStart() + inherited(vi));
                break;
        }
    }

    private static string Frequency(PlanTask task, bool vi) =>
        task.MinimumFrequency is { } f ? Words.Format("Detail.AtLeast", vi, f.Count.ToString(CultureInfo.InvariantCulture), Words.Get("Per." + f.Per, vi)) : string.Empty;

    private static string Detail(Func<bool, string> text) => text(false);

    private static AgendaEntry With(this AgendaEntry entry, Func<bool, string> vi) => entry with { DetailVi = vi(true) };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Day(LocalDate date, bool vi) => Dates.Day(date, vi);

    private static string Agency(Plan plan, string id, bool vi) => vi && plan.FindAgency(id) is { } agency ? agency.Name.Vi : id;

    private static string InYear(Milestone milestone, Plan plan, bool vi) =>
        Words.Format("Detail.Milestone", vi, Year(milestone.Year)) + (milestone.Responsible is { } r ? Words.Format("Detail.Responsible", vi, Agency(plan, r, vi)) : string.Empty);

    private static (LocalDate Start, LocalDate End) Window(AnnualWindow window, int year)
    {
        var start = window.Start.InYear(year);
        var end = window.End.InYear(window.WrapsYearEnd ? year + 1 : year);
        return (start, end);
    }

    internal static LocalizedText MilestoneTitle(Milestone milestone) => milestone.Kind switch
    {
        MilestoneKind.MidTermReview => Title("Entry.MidTermReview", milestone.Year),
        MilestoneKind.FinalReview => Title("Entry.FinalReview", milestone.Year),
        _ => Title("Entry.Inspection", milestone.Year),
    };

    private static LocalizedText Title(string key, params object?[] args) => new(Explanations.Format(key, vi: true, args), Explanations.Format(key, vi: false, args));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
