using Gbv.Domain.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Gbv.Domain.ICalendar;

/// <summary>
/// Writes an agenda as an iCalendar (RFC 5545) file with Ical.Net, so that offices can subscribe from their usual
/// calendar: one all-day event per entry, with a stable UID (the same entry keeps its UID from one export to the
/// next), the Vietnamese title as the summary, and the English title, the dates' meaning and the plan's words as the
/// description; in Vietnamese, the dates' meaning in Vietnamese (agencies by the plan's names, days as 09/06/2020) and
/// the kind of entry in Vietnamese as its category.
/// </summary>
public static class ICalendarExport
{
    /// <summary>The calendar as text, its descriptions in English.</summary>
    /// <param name="planId">The plan's id, part of every UID.</param>
    /// <param name="entries">The agenda.</param>
    /// <param name="stamp">The moment written as every event's DTSTAMP: passed in, so that the same inputs give the same bytes.</param>
    public static string Write(string planId, IEnumerable<AgendaEntry> entries, Instant stamp) => Write(planId, entries, stamp, "en");

    /// <summary>The calendar as text, its descriptions and categories in a language ("vi" or "en", or a culture name of either).</summary>
    /// <param name="planId">The plan's id, part of every UID.</param>
    /// <param name="entries">The agenda.</param>
    /// <param name="stamp">The moment written as every event's DTSTAMP: passed in, so that the same inputs give the same bytes.</param>
    /// <param name="language">"vi" for Vietnamese descriptions; anything else gives English.</param>
    public static string Write(string planId, IEnumerable<AgendaEntry> entries, Instant stamp, string language)
    {
        ArgumentNullException.ThrowIfNull(planId);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(language);
        var vi = language.StartsWith("vi", StringComparison.OrdinalIgnoreCase) && (language.Length == 2 || language[2] is '-' or '_');
        var utc = stamp.ToDateTimeUtc();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Gbv.Domain//Plan agenda//VI" };
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{entry.Uid}@{planId}.gbv-domain",
                Summary = entry.Title.Vi,
                Description = vi ? $"{entry.DetailIn("vi")}\n\n«{entry.Source}»" : $"{entry.Title.En ?? entry.Title.Vi}\n{entry.Detail}\n\n«{entry.Source}»",
                DtStart = new CalDateTime(entry.Start.Year, entry.Start.Month, entry.Start.Day),
                DtEnd = new CalDateTime(entry.End.PlusDays(1).Year, entry.End.PlusDays(1).Month, entry.End.PlusDays(1).Day),
                DtStamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC"),
                Categories = [vi ? entry.KindIn("vi") : entry.Kind.ToString()],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
