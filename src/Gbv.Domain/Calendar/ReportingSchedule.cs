using System.Collections.Immutable;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Calendar;

/// <summary>
/// The reports a plan's obligations call for, year by year, with their deadlines. Built once per plan; immutable and
/// safe to share between threads.
/// </summary>
/// <remarks>
/// <para>An annual day ("trước ngày 10/6") gives one report a year: the period of the obligation's frequency that
/// contains the day (a six-monthly report before 10 June covers January-June). A day of the month gives one report
/// per period, due in the month after it. A fixed date gives one report. Reports on request and reports whose day the
/// plan does not state have no deadline and are not scheduled.</para>
/// <para>"Before" (trước) makes the stated day itself late; "on or before" keeps it. A roll to a working day happens
/// only when the plan states one. Deadlines are instants in the plan's time zone: a submission at 23:30 local time on
/// the last on-time day is on time. Only periods in the plan's years are scheduled.</para>
/// </remarks>
public sealed class ReportingSchedule
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<string, ReportingObligation> _obligations;

    private ReportingSchedule(Plan plan, WorkingCalendar calendar)
    {
        Plan = plan;
        Calendar = calendar;
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(plan.TimeZone) ?? DateTimeZoneProviders.Tzdb[Plan.DefaultTimeZone];
        _obligations = plan.Reporting.ToDictionary(o => o.Key, StringComparer.Ordinal);
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The working days used to roll deadlines where the plan says so.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The plan's time zone.</summary>
    public DateTimeZone Zone => _zone;

    /// <summary>The schedule of a plan.</summary>
    public static ReportingSchedule For(Plan plan, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        return new ReportingSchedule(plan, calendar);
    }

    /// <summary>The obligation with a key, or null.</summary>
    public ReportingObligation? Obligation(string key) => _obligations.GetValueOrDefault(key);

    /// <summary>The period kind of an obligation's reports: a year for annual and one-off reports.</summary>
    public static PeriodKind KindOf(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => PeriodKind.Month,
        ReportingFrequency.Quarterly => PeriodKind.Quarter,
        ReportingFrequency.SixMonthly => PeriodKind.Half,
        _ => PeriodKind.Year,
    };

    /// <summary>
    /// Every report due for periods in the years given (within the plan's period), ordered by deadline, then
    /// obligation, then period.
    /// </summary>
    public ImmutableArray<ScheduledReport> Reports(int fromYear, int toYear)
    {
        var builder = ImmutableArray.CreateBuilder<ScheduledReport>();
        foreach (var obligation in Plan.Reporting)
        {
            foreach (var report in Reports(obligation, fromYear, toYear))
            {
                builder.Add(report);
            }
        }

        builder.Sort((a, b) =>
        {
            var byDeadline = a.Deadline.CompareTo(b.Deadline);
            return byDeadline != 0 ? byDeadline
                : string.CompareOrdinal(a.Obligation.Key, b.Obligation.Key) is var byKey && byKey != 0 ? byKey
                : a.Period.Start.CompareTo(b.Period.Start);
        });
        return builder.ToImmutable();
    }

    /// <summary>The reports of one obligation for periods in the years given (within the plan's period), in period order.</summary>
    public IEnumerable<ScheduledReport> Reports(ReportingObligation obligation, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var kind = KindOf(obligation.Frequency);
        for (var year = Math.Max(fromYear, Plan.Period.FirstYearOr(fromYear)); year <= Math.Min(toYear, Plan.Period.To ?? toYear); year++)
        {
            switch (obligation.Due)
            {
                case AnnualDueRule annual:
                    var day = annual.Date.InYear(year);
                    yield return Scheduled(obligation, ReportingPeriod.Containing(kind, day), day, annual.Inclusive);
                    break;
                case MonthlyDueRule monthly:
                    foreach (var period in ReportingPeriod.InYear(kind, year))
                    {
                        var month = period.End.PlusDays(1);
                        var stated = new LocalDate(month.Year, month.Month, Math.Min(monthly.DayOfMonth, month.Calendar.GetDaysInMonth(month.Year, month.Month)));
                        yield return Scheduled(obligation, period, stated, monthly.Inclusive);
                    }

                    break;
                case FixedDueRule fixedRule when fixedRule.Date.Year == year:
                    yield return Scheduled(obligation, ReportingPeriod.Containing(kind, fixedRule.Date), fixedRule.Date, fixedRule.Inclusive);
                    break;
            }
        }
    }

    /// <summary>The report an obligation calls for in a period, or null when it calls for none.</summary>
    public ScheduledReport? Find(string obligation, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return Obligation(obligation) is { } o && KindOf(o.Frequency) == period.Kind
            ? Reports(o, period.Year, period.Year).FirstOrDefault(r => r.Period == period)
            : null;
    }

    private ScheduledReport Scheduled(ReportingObligation obligation, ReportingPeriod period, LocalDate stated, bool inclusive)
    {
        var last = inclusive ? stated : stated.PlusDays(-1);
        last = obligation.Roll switch
        {
            DueRoll.PreviousWorkingDay => Calendar.Roll(last, -1),
            DueRoll.NextWorkingDay => Calendar.Roll(last, 1),
            _ => last,
        };
        var (start, end) = obligation.CutOff?.Window(period) ?? (period.Start, period.End);
        return new ScheduledReport(obligation, period, start, end, stated, last, last.PlusDays(1).AtStartOfDayInZone(_zone).ToInstant());
    }
}
