using System.Collections.Immutable;
using NodaTime;

namespace Gbv.Domain.Time;

/// <summary>
/// Which days are working days: Monday to Friday, less public holidays. <see cref="Vietnam"/> has the fixed solar
/// holidays of the Labour Code 2019, Art. 112 (1/1, 30/4, 1/5, 2/9); the lunar ones (Tết, the Hùng Kings'
/// commemoration) and the day next to 2/9 move every year, so they come as data: <see cref="WithHolidays"/>. Immutable.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly ImmutableHashSet<AnnualDate> _annual;
    private readonly ImmutableHashSet<LocalDate> _dates;

    private WorkingCalendar(ImmutableHashSet<AnnualDate> annual, ImmutableHashSet<LocalDate> dates)
    {
        _annual = annual;
        _dates = dates;
    }

    /// <summary>Weekends and Vietnam's fixed solar public holidays.</summary>
    public static WorkingCalendar Vietnam { get; } = new([new AnnualDate(1, 1), new AnnualDate(4, 30), new AnnualDate(5, 1), new AnnualDate(9, 2)], []);

    /// <summary>Weekends only.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    /// <summary>The holidays on given dates, for one year each (Tết, the Hùng Kings' day, 1/9 or 3/9).</summary>
    public ImmutableHashSet<LocalDate> AddedHolidays => _dates;

    /// <summary>This calendar with more holidays.</summary>
    public WorkingCalendar WithHolidays(IEnumerable<LocalDate> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new WorkingCalendar(_annual, _dates.Union(holidays));
    }

    /// <summary>Whether a day is a working day.</summary>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        && !_dates.Contains(date)
        && !_annual.Contains(new AnnualDate(date.Month, date.Day));

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The day itself when it is a working day, else the nearest working day in the direction given.</summary>
    public LocalDate Roll(LocalDate date, int direction)
    {
        // A year has far fewer than 30 consecutive days off; the bound keeps a calendar of all holidays from looping.
        for (var i = 0; i < 30 && !IsWorkingDay(date); i++)
        {
            date = date.PlusDays(direction < 0 ? -1 : 1);
        }

        return date;
    }
}
