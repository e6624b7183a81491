using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Gbv.Domain.Time;

/// <summary>
/// A date of which the source document may state only the year, or the year and the month. Plans are often
/// issued with the day left blank ("ngày  tháng 04 năm 2024") to be filled in by hand when signed.
/// </summary>
/// <remarks>
/// <para>Equality is by precision and components: 2024-04 and 2024-04-01 are different values.</para>
/// <para>Ordering compares years, then months, then days; a missing component sorts before any stated one,
/// so 2024 &lt; 2024-01 &lt; 2024-01-01. This is a total order consistent with equality, not a claim that
/// one event happened before another.</para>
/// <para>The default value is the year 1 with precision <see cref="PartialDatePrecision.Year"/>.</para>
/// <para>The text form is ISO 8601's reduced precision: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</para>
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private readonly int _year;
    private readonly int _month;
    private readonly int _day;

    private PartialDate(int year, int month, int day)
    {
        _year = year;
        _month = month;
        _day = day;
    }

    /// <summary>The year, from 1 to 9999.</summary>
    public int Year => _year == 0 ? 1 : _year;

    /// <summary>The month (1-12), or null when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when the day is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How much of the date is known.</summary>
    public PartialDatePrecision Precision =>
        _day != 0 ? PartialDatePrecision.Day : _month != 0 ? PartialDatePrecision.Month : PartialDatePrecision.Year;

    /// <summary>The earliest calendar date the value can stand for.</summary>
    public LocalDate Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest calendar date the value can stand for.</summary>
    public LocalDate Latest =>
        Day is int d ? new LocalDate(Year, Month!.Value, d)
        : Month is int m ? new LocalDate(Year, m, 1).PlusMonths(1).PlusDays(-1)
        : new LocalDate(Year, 12, 31);

    /// <summary>A date of which only the year is known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1-9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A date of which the year and month are known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new PartialDate(year, month, 0);
    }

    /// <summary>A fully known date.</summary>
    public static PartialDate FromDate(LocalDate date)
    {
        CheckYear(date.Year);
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>Whether a calendar date falls within the span the value stands for.</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>
    /// Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>. Returns false (never throws) for anything else,
    /// including dates that do not exist such as 2024-02-30.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !TryDigits(parts[0], out var year) || year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            value = new PartialDate(year, 0, 0);
            return true;
        }

        if (parts[1].Length != 2 || !TryDigits(parts[1], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            value = new PartialDate(year, month, 0);
            return true;
        }

        if (parts[2].Length != 2 || !TryDigits(parts[2], out var day) || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = _month.CompareTo(other._month);
        return c != 0 ? c : _day.CompareTo(other._day);
    }

    /// <summary>Compares two values; see <see cref="CompareTo"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values; see <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values; see <see cref="CompareTo"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values; see <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO 8601 reduced-precision form: <c>2017</c>, <c>2024-04</c> or <c>2023-03-14</c>.</summary>
    public override string ToString() => Precision switch
    {
        PartialDatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PartialDatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}-{_day:D2}"),
    };

    private static bool TryDigits(string s, out int value)
    {
        value = 0;
        foreach (var ch in s)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
    }
}
