using System.Globalization;
using Gbv.Domain.Localization;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Diagnostics;

/// <summary>
/// Days, moments and figures as a diagnostic's two languages write them: ISO and a decimal point in English, as a plan
/// file and a data file do; 31/12/2020, "15:00 03/06/2017 (+07:00)" and a decimal comma in Vietnamese, as an officer does.
/// </summary>
internal static class ValueArguments
{
    /// <summary>A day.</summary>
    public static DiagnosticArgument Day(LocalDate date) => new(Dates.Day(date, vi: false), Dates.Day(date, vi: true));

    /// <summary>A moment: in English as the data give it in UTC, in Vietnamese in the plan's local time with its offset.</summary>
    public static DiagnosticArgument Moment(Instant instant, DateTimeZone zone) =>
        new(InstantPattern.General.Format(instant), Dates.VietnameseMoment.Format(instant.InZone(zone).ToOffsetDateTime()));

    /// <summary>A figure: 2.5 in English, 2,5 in Vietnamese.</summary>
    public static DiagnosticArgument Figure(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new(text, text.Replace('.', ','));
    }
}
