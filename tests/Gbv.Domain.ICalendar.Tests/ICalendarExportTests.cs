using Gbv.Domain.Calendar;
using Gbv.Domain.ICalendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Plans;
using Gbv.Domain.Tests.Calendar;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.ICalendar;

/// <summary>
/// The agenda as an iCalendar file, read back by a standard parser (Ical.Net): the events are the agenda's entries, with
/// their titles, details, sources and kinds, and the same inputs give the same bytes.
/// </summary>
public sealed class ICalendarExportTests
{
    private static readonly ReportingSchedule Schedule = AgendaPlan.Schedule;

    private static Plan Seed(string name) => PlanLoader.LoadFile(TestFiles.SamplePlan(name)).Plan!;

    [Fact]
    public void The_iCalendar_event_carries_the_English_title_the_detail_the_source_and_the_kind()
    {
        var agenda = PlanAgenda.Between(Schedule, new LocalDate(2025, 12, 5), new LocalDate(2025, 12, 10));
        var text = ICalendarExport.Write("agenda", agenda, Instant.FromUtc(2025, 11, 30, 8, 15, 30));
        var events = Ical.Net.Calendar.Load(text)!.Events;

        var due = events.Single(e => e.Uid == "ReportDue/monthly/2025-12-05@agenda.gbv-domain");
        Assert.Equal("Hạn nộp báo cáo tháng kỳ tháng 11/2025", due.Summary);
        Assert.Equal("Monthly report for 2025-11 due\ndue on or before 2025-12-05: on time until the end of 2025-12-05; from hoi-lhpn-xa to ubnd-xa\n\n«báo cáo tháng vào ngày 05»", due.Description);
        Assert.Equal(["ReportDue"], due.Categories);
        Assert.Equal((2025, 11, 30, 8, 15, 30), (due.DtStamp!.Year, due.DtStamp.Month, due.DtStamp.Day, due.DtStamp.Hour, due.DtStamp.Minute, due.DtStamp.Second));

        // Without an English title the Vietnamese one heads the description.
        var day = events.Single(e => e.Uid == "ObservanceDay/rights-day/2025-12-10@agenda.gbv-domain");
        Assert.StartsWith("Ngày Quyền con người\ndate from the table of days", day.Description, StringComparison.Ordinal);
        Assert.Equal(["ObservanceDay"], day.Categories);

        Assert.Throws<ArgumentNullException>(() => ICalendarExport.Write(null!, agenda, Instant.FromUtc(2025, 1, 1, 0, 0)));
        Assert.Throws<ArgumentNullException>(() => ICalendarExport.Write("agenda", null!, Instant.FromUtc(2025, 1, 1, 0, 0)));
    }

    [Fact]
    public void The_iCalendar_export_opens_in_a_standard_parser_with_the_same_events()
    {
        var agenda = PlanAgenda.Between(ReportingSchedule.For(Seed("ubnd-dak-to-2017-2020.plan.json"), WorkingCalendar.Vietnam), new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
        var text = ICalendarExport.Write("ubnd-dak-to-2017-2020", agenda, Instant.FromUtc(2019, 1, 1, 0, 0));
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);

        var parsed = Ical.Net.Calendar.Load(text)!;
        var events = parsed.Events.OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        Assert.Equal(agenda.Length, events.Count);
        foreach (var (entry, parsedEvent) in agenda.OrderBy(e => $"{e.Uid}@ubnd-dak-to-2017-2020.gbv-domain", StringComparer.Ordinal).Zip(events))
        {
            Assert.Equal($"{entry.Uid}@ubnd-dak-to-2017-2020.gbv-domain", parsedEvent.Uid);
            Assert.Equal(entry.Title.Vi, parsedEvent.Summary);
            Assert.False(parsedEvent.DtStart!.HasTime);
            Assert.Equal((entry.Start.Year, entry.Start.Month, entry.Start.Day), (parsedEvent.DtStart.Year, parsedEvent.DtStart.Month, parsedEvent.DtStart.Day));
            var end = entry.End.PlusDays(1);
            Assert.Equal((end.Year, end.Month, end.Day), (parsedEvent.DtEnd!.Year, parsedEvent.DtEnd.Month, parsedEvent.DtEnd.Day));
            Assert.Contains(entry.Source.Length > 40 ? entry.Source[..40] : entry.Source, parsedEvent.Description, StringComparison.Ordinal);
        }

        // The same inputs give the same bytes.
        Assert.Equal(text, ICalendarExport.Write("ubnd-dak-to-2017-2020", agenda, Instant.FromUtc(2019, 1, 1, 0, 0)));
    }
}
