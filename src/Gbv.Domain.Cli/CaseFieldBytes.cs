using System.Globalization;
using System.Text;
using Gbv.Domain.Cases;
using NodaTime;

namespace Gbv.Domain.Cli;

/// <summary>
/// The case fields of a CSV row read from UTF-8 bytes without allocating: each method takes a value already trimmed
/// and made only of printable ASCII (the parts reader sends anything else through the text path), and accepts and
/// rejects exactly what the text path of <see cref="DataFiles"/> does. Where a byte parser is not sure (a time with
/// fractions of a second, an offset of zero), it asks the text parser.
/// </summary>
internal static class CaseFieldBytes
{
    private static readonly (byte[] Name, Sex Value)[] Sexes = Table<Sex>();
    private static readonly (byte[] Name, IncidentType Value)[] IncidentTypes = Table<IncidentType>();
    private static readonly (byte[] Name, RiskLevel Value)[] Risks = Table<RiskLevel>();
    private static readonly (byte[] Name, ViolenceKinds Value)[] Violences = Table<ViolenceKinds>();

    /// <summary>As <c>int.TryParse(text, NumberStyles.None)</c> and at most 150.</summary>
    public static int? Age(ReadOnlySpan<byte> text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 150 ? age : null;

    public static Sex? Sex(ReadOnlySpan<byte> text) => Keyword(Sexes, text);

    public static IncidentType? IncidentType(ReadOnlySpan<byte> text) => Keyword(IncidentTypes, text);

    public static RiskLevel? Risk(ReadOnlySpan<byte> text) => Keyword(Risks, text);

    /// <summary>As <see cref="DataFiles.Bool"/>.</summary>
    public static bool? Bool(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("true"u8) || text.SequenceEqual("1"u8) || text.SequenceEqual("yes"u8) ? true
        : text.SequenceEqual("false"u8) || text.SequenceEqual("0"u8) || text.SequenceEqual("no"u8) ? false
        : null;

    /// <summary>As <see cref="DataFiles.Violence"/>: keywords separated by ';', blanks around them and empty parts ignored.</summary>
    public static ViolenceKinds? Violence(ReadOnlySpan<byte> text)
    {
        var kinds = ViolenceKinds.None;
        foreach (var range in text.Split((byte)';'))
        {
            var part = text[range].Trim((byte)' ');
            if (part.IsEmpty)
            {
                continue;
            }

            if (Keyword(Violences, part) is not { } kind)
            {
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }

    /// <summary>As <see cref="CaseJson.Parse(string)"/>: <c>2019-06-09T23:30:00+07:00</c> or <c>...Z</c> read here, any other form by NodaTime.</summary>
    public static Instant? Instant(ReadOnlySpan<byte> text) =>
        TryStamp(text, out var at) ? at : CaseJson.Parse(Encoding.ASCII.GetString(text));

    /// <summary>
    /// Reads the one form generated files and most systems write; false where unsure, for the text parser to decide
    /// (out of range fields, years far from the days a plan can be about, fractions, an offset of zero, anything
    /// shorter or longer).
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
        at = seconds >= FirstSecond && seconds < EndSecond ? NodaTime.Instant.FromUnixTimeSeconds(seconds) : null;
        return true;
    }

    // The days a command accepts, as seconds since 1970 in UTC: the first second of the first day, the one after the last.
    private static readonly long FirstSecond = CliOptions.FirstDay.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();
    private static readonly long EndSecond = CliOptions.LastDay.PlusDays(1).AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();

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
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static TEnum? Keyword<TEnum>((byte[] Name, TEnum Value)[] table, ReadOnlySpan<byte> text)
        where TEnum : struct, Enum
    {
        foreach (var (name, value) in table)
        {
            if (text.SequenceEqual(name))
            {
                return value;
            }
        }

        return null;
    }

    private static (byte[], TEnum)[] Table<TEnum>()
        where TEnum : struct, Enum =>
        [.. Keywords<TEnum>.Names.Select(n => (Encoding.UTF8.GetBytes(n), Keywords<TEnum>.TryParse(n, out var v) ? v : default))];
}
