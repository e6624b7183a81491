using NodaTime;

namespace Gbv.Domain.Time;

/// <summary>
/// A window that recurs every year between two annual dates, both inclusive: "từ 15/11 đến 15/12" is
/// 15 November to 15 December. A window whose end precedes its start wraps over the new year
/// (15/12 to 14/6 runs from December into June of the next year).
/// </summary>
/// <remarks>
/// Equality is by start and end. The default value is the single day 1 January. 29 February as an end in a
/// non-leap year falls back to 28 February, as NodaTime's <see cref="AnnualDate"/> does.
/// </remarks>
/// <param name="Start">The first day of the window.</param>
/// <param name="End">The last day of the window.</param>
public readonly record struct AnnualWindow(AnnualDate Start, AnnualDate End)
{
    /// <summary>Whether the window runs over the new year.</summary>
    public bool WrapsYearEnd => End < Start;

    /// <summary>The whole of a month, such as June, the national action month on domestic violence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside 1-12.</exception>
    public static AnnualWindow WholeMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var last = month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month);
        return new AnnualWindow(new AnnualDate(month, 1), new AnnualDate(month, last));
    }

    /// <summary>Whether a date falls within the window in its year (or across the year end, for a wrapping window).</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool Contains(LocalDate date)
    {
        var inYear = new AnnualDate(date.Month, date.Day);
        return WrapsYearEnd
            ? inYear >= Start || inYear <= End
            : inYear >= Start && inYear <= End;
    }

    /// <summary>The text form, <c>MM-dd/MM-dd</c>.</summary>
    public override string ToString() => $"{AnnualDates.Format(Start)}/{AnnualDates.Format(End)}";
}
