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
/// description.
/// </summary>
public static class ICalendarExport
{
    /// <summary>The calendar as text.</summary>
    /// <param name="planId">The plan's id, part of every UID.</param>
    /// <param name="entries">The agenda.</param>
    /// <param name="stamp">The moment written as every event's DTSTAMP: passed in, so that the same inputs give the same bytes.</param>
    public static string Write(string planId, IEnumerable<AgendaEntry> entries, Instant stamp)
    {
        ArgumentNullException.ThrowIfNull(planId);
        ArgumentNullException.ThrowIfNull(entries);
        var utc = stamp.ToDateTimeUtc();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Gbv.Domain//Plan agenda//VI" };
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{entry.Uid}@{planId}.gbv-domain",
                Summary = entry.Title.Vi,
                Description = $"{entry.Title.En ?? entry.Title.Vi}\n{entry.Detail}\n\n«{entry.Source}»",
                DtStart = new CalDateTime(entry.Start.Year, entry.Start.Month, entry.Start.Day),
                DtEnd = new CalDateTime(entry.End.PlusDays(1).Year, entry.End.PlusDays(1).Month, entry.End.PlusDays(1).Day),
                DtStamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC"),
                Categories = [entry.Kind.ToString()],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
