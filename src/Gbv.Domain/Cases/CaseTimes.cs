using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Cases;

/// <summary>
/// The points in time of case data (<c>incidentAt</c>, <c>reportedAt</c>, and a submission's time): ISO 8601 with
/// its offset (<c>2019-06-09T23:30:00+07:00</c>, <c>+07</c>, fractions of a second) or in UTC (<c>...Z</c>), on a day
/// from <see cref="FirstDay"/> to <see cref="LastDay"/> in UTC. One reading for the gbv tool's files and scenario files.
/// </summary>
internal static class CaseTimes
{
    /// <summary>The first day a time or a date of the tool can be on: wide enough for any plan, far from NodaTime's limits.</summary>
    public static readonly LocalDate FirstDay = new(1900, 1, 1);

    /// <summary>The last day (<see cref="FirstDay"/>). The year 9999 read, and then a deadline a day after it lay past the end of time.</summary>
    public static readonly LocalDate LastDay = new(2199, 12, 31);

    // The same days as seconds since 1970 in UTC: the first second of the first day, the one after the last.
    private static readonly long FirstSecond = FirstDay.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();
    private static readonly long EndSecond = LastDay.PlusDays(1).AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();

    /// <summary>A point in time, or null (not one, or outside the days above).</summary>
    /// <summary>
    /// Whole hours from an incident to its report (<c>hoursSinceIncident</c>), or null when either time is missing or
    /// the report is before the incident: the one rule, for <see cref="CaseRecord"/> and the tool's row alike.
    /// </summary>
    public static int? HoursBetween(Instant? incident, Instant? reported) =>
        incident is { } from && reported is { } to && to >= from ? (int)Math.Min((to - from).TotalHours, int.MaxValue) : null;

    public static Instant? Parse(string? text) =>
        text is null ? null
        : (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset ? offset.Value.ToInstant()
        : InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant ? instant.Value
        : (Instant?)null) is { } at && at.InUtc().Date >= FirstDay && at.InUtc().Date <= LastDay ? at : null;

    /// <summary>As <see cref="Parse(string?)"/>, from UTF-8 bytes of printable ASCII: the common forms read here without allocating.</summary>
    public static Instant? Parse(ReadOnlySpan<byte> text) =>
        TryStamp(text, out var at) ? at : Parse(System.Text.Encoding.ASCII.GetString(text));

    /// <summary>
    /// Reads the one form generated files and most systems write (<c>2019-06-09T23:30:00+07:00</c> or <c>...Z</c>);
    /// false where unsure, for the text parser to decide (out of range fields, years far from the days a plan can be
    /// about, fractions, an offset of zero or of more than 17 hours, anything shorter or longer).
    /// </summary>
    internal static bool TryStamp(ReadOnlySpan<byte> s, out Instant? at)
    {
        at = null;
        if (!(s.Length == 20 && s[19] == 'Z') && !(s.Length == 25 && (s[19] == '+' || s[19] == '-') && s[22] == ':'))
        {
            return false;
        }

        if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second)
            || year is < 1800 or > 2300 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var offsetMinutes = 0;
        if (s.Length == 25)
        {
            if (!Digits(s, 20, 2, out var oh) || !Digits(s, 23, 2, out var om) || om > 59 || oh > 17 || (oh == 0 && om == 0))
            {
                return false;
            }

            offsetMinutes = (s[19] == '-' ? -1 : 1) * ((oh * 60) + om);
        }

        var seconds = (DaysFromCivil(year, month, day) * 86_400L) + (hour * 3600) + (minute * 60) + second - (offsetMinutes * 60L);
        at = seconds >= FirstSecond && seconds < EndSecond ? Instant.FromUnixTimeSeconds(seconds) : null;
        return true;
    }

    // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    private static long DaysFromCivil(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = y / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            // Unchecked: a byte below '0' (a space, a slash) is a large unsigned number, not an overflow.
            var digit = unchecked((uint)(s[i] - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
