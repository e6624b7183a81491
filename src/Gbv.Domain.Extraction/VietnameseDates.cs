using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Gbv.Domain.Extraction;

/// <summary>Dates as Vietnamese documents write them: "29/8/2022", "ngày 28 tháng 12 năm 2020", "10/6" (a day each year).</summary>
internal static partial class VietnameseDates
{
    /// <summary>
    /// A year a plan can name: four digits from 1000 to 2999, not the start of a longer number ("năm 0123.456.789" is a
    /// phone number after the word "năm", not the year 123).
    /// </summary>
    public const string YearPattern = @"[12]\d{3}(?![.,]?\d)";

    /// <summary>The first full date in the text, or null.</summary>
    public static (LocalDate Date, string Text)? FirstDate(string text)
    {
        var match = FullDate().Match(text);
        while (match.Success)
        {
            var (d, m, y) = match.Groups["d1"].Success
                ? (match.Groups["d1"].Value, match.Groups["m1"].Value, match.Groups["y1"].Value)
                : (match.Groups["d2"].Value, match.Groups["m2"].Value, match.Groups["y2"].Value);
            if (Date(y, m, d) is { } date)
            {
                return (date, match.Value);
            }

            match = match.NextMatch();
        }

        return null;
    }

    /// <summary>A date from its parts, or null when the parts are not a date (31/2).</summary>
    public static LocalDate? Date(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1)
        {
            return null;
        }

        return d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? new LocalDate(y, m, d) : null;
    }

    /// <summary>"10/6" as "06-10", or null when it is not a day of a month (29/2 is allowed).</summary>
    public static string? MonthDay(string day, string month)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(2024, m))
        {
            return null;
        }

        return $"{m:00}-{d:00}";
    }

    [GeneratedRegex(@"(?<!\d)(?:(?<d1>\d{1,2})/(?<m1>\d{1,2})/(?<y1>\d{4})|(?<d2>\d{1,2}) ?tháng ?(?<m2>\d{1,2}) ?năm ?(?<y2>\d{4}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
