using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Gbv.Domain.Reporting;

/// <summary>
/// A period a report covers: a year (<c>2020</c>), a half (<c>2020-H1</c>), a quarter (<c>2020-Q3</c>) or a month
/// (<c>2020-07</c>). The periods of one kind partition a year without gaps or overlaps.
/// </summary>
/// <param name="Kind">The period's length.</param>
/// <param name="Year">The year.</param>
/// <param name="Index">1 for a year; 1-2 for a half; 1-4 for a quarter; 1-12 for a month.</param>
/// <exception cref="ArgumentOutOfRangeException">The kind is not one of <see cref="PeriodKind"/>, the year is not from 1 to 9999, or the index is not a period of the kind.</exception>
public readonly record struct ReportingPeriod(PeriodKind Kind, int Year, int Index)
{
    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; init; } = Enum.IsDefined(Kind)
        ? Kind
        : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a kind of reporting period.");

    /// <summary>The year, 1 to 9999 (written with four digits).</summary>
    public int Year { get; init; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "The year of a reporting period is from 1 to 9999.");

    /// <summary>The period's number in its year, from 1: 1 for a year, 1-2 for a half, 1-4 for a quarter, 1-12 for a month.</summary>
    public int Index { get; init; } = Index >= 1 && Index <= PeriodsIn(Kind)
        ? Index
        : throw new ArgumentOutOfRangeException(nameof(Index), Index, $"A year has {PeriodsIn(Kind)} {Kind} period(s), numbered from 1.");

    private static int PeriodsIn(PeriodKind kind) => kind switch { PeriodKind.Year => 1, PeriodKind.Half => 2, PeriodKind.Quarter => 4, _ => 12 };

    /// <summary>The first day.</summary>
    public LocalDate Start => new(Year, FirstMonth, 1);

    /// <summary>The last day.</summary>
    // The last day of the last month rather than the day before the next period, which for 9999 would be in year 10000.
    public LocalDate End => new(Year, FirstMonth + Months - 1, CalendarSystem.Iso.GetDaysInMonth(Year, FirstMonth + Months - 1));

    private int Months => Kind switch { PeriodKind.Year => 12, PeriodKind.Half => 6, PeriodKind.Quarter => 3, _ => 1 };

    private int FirstMonth => ((Index - 1) * Months) + 1;

    /// <summary>Every period of a kind in a year, in order.</summary>
    public static IEnumerable<ReportingPeriod> InYear(PeriodKind kind, int year)
    {
        for (var i = 1; i <= PeriodsIn(kind); i++)
        {
            yield return new ReportingPeriod(kind, year, i);
        }
    }

    /// <summary>The period of a kind that contains a date.</summary>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date) => kind switch
    {
        PeriodKind.Year => new(kind, date.Year, 1),
        PeriodKind.Half => new(kind, date.Year, date.Month <= 6 ? 1 : 2),
        PeriodKind.Quarter => new(kind, date.Year, ((date.Month - 1) / 3) + 1),
        _ => new(kind, date.Year, date.Month),
    };

    /// <summary>Reads <c>2020</c>, <c>2020-H1</c>, <c>2020-Q3</c> or <c>2020-07</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        var rest = text.AsSpan(4);
        if (rest.IsEmpty)
        {
            period = new(PeriodKind.Year, year, 1);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && (rest[1] is 'H' or 'Q') && char.IsAsciiDigit(rest[2]))
        {
            var index = rest[2] - '0';
            var kind = rest[1] == 'H' ? PeriodKind.Half : PeriodKind.Quarter;
            if (index < 1 || index > PeriodsIn(kind))
            {
                return false;
            }

            period = new(kind, year, index);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new(PeriodKind.Month, year, month);
            return true;
        }

        return false;
    }

    /// <summary><c>2020</c>, <c>2020-H1</c>, <c>2020-Q3</c>, <c>2020-07</c>.</summary>
    public override string ToString()
    {
        var year = Year.ToString("0000", CultureInfo.InvariantCulture);
        return Kind switch
        {
            PeriodKind.Year => year,
            PeriodKind.Half => $"{year}-H{Index}",
            PeriodKind.Quarter => $"{year}-Q{Index}",
            _ => $"{year}-{Index:00}",
        };
    }
}
