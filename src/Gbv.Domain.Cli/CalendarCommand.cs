using Gbv.Domain.ICalendar;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gbv.Domain.Calendar;
using Gbv.Domain.Time;
using NodaTime;
using NodaTime.Text;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv calendar &lt;plan&gt; --from --to [--ics file]</c>: the plan's agenda, printed or written as iCalendar.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan");
        var from = new Option<string>("--from") { HelpName = "yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { HelpName = "yyyy-MM-dd", Required = true };
        var ics = new Option<string?>("--ics") { HelpName = "file.ics" };
        var language = CliOptions.Language();
        var format = CliOptions.Format("text", "json");
        var command = new Command("calendar")
        {
            plan, from, to, ics, language, format,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(from)!, parsed.GetValue(to)!, parsed.GetValue(ics), parsed.GetValue(language)!, stdout, stderr,
            parsed.GetValue(format)!));
        return command;
    }

    internal static int Execute(string path, string fromText, string toText, string? ics, string language, TextWriter stdout, TextWriter stderr, string format = "text")
    {
        if (LocalDatePattern.Iso.Parse(fromText) is not { Success: true } from || LocalDatePattern.Iso.Parse(toText) is not { Success: true } to || to.Value < from.Value)
        {
            Refusal.Write(stderr, language, "Calendar.BadRange", fromText, toText);
            return ExitCodes.CouldNotRun;
        }

        if (!CliOptions.IsPlanDate(from.Value, "--from", fromText, stderr, language) || !CliOptions.IsPlanDate(to.Value, "--to", toText, stderr, language))
        {
            return ExitCodes.CouldNotRun;
        }

        if (ics is not null && !CliOptions.CanWriteFile("--ics", ics, [path], stderr, language))
        {
            return ExitCodes.CouldNotRun;
        }

        if (PlanFiles.LoadOrReport(path, language, stderr) is not { } plan)
        {
            return ExitCodes.Errors;
        }

        var agenda = PlanAgenda.Between(ReportingSchedule.For(plan, WorkingCalendar.Vietnam), from.Value, to.Value);
        if (format == "json")
        {
            WriteJson(plan.Id, agenda, stdout);
        }
        else
        {
            // In Vietnamese every word is: the kind and what the dates mean in Vietnamese, days as 09/06/2020.
            var vi = Gbv.Domain.Localization.Languages.IsVietnamese(language);
            var day = Gbv.Domain.Localization.Dates.Pattern(vi);
            if (!plan.Period.FromKnown)
            {
                // "Đến năm 2025" alone: the calendar does not invent the years before the range asked for.
                stdout.WriteLine(CliWords.Format("Calendar.NoFirstYear", vi, new Evaluation.Rendering.ReportNames(plan, new Dictionary<string, LocalizedText>(), vi).PlanPeriod()));
            }

            foreach (var entry in agenda)
            {
                var span = entry.End == entry.Start ? day.Format(entry.Start) : $"{day.Format(entry.Start)}..{day.Format(entry.End)}";
                stdout.WriteLine(vi ? $"{span}  {entry.KindIn(language)}  {entry.Title.In(language)}  ({entry.DetailIn(language)})" : $"{span}  {entry.Kind}  {entry.Title.In(language)}  ({entry.Detail})");
            }
        }

        if (ics is not null)
        {
            // The stamp is the start of the range, not the clock: the same command writes the same file.
            var stamp = from.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            CliOptions.WriteFileAtomically(ics, ICalendarExport.Write(plan.Id, agenda, stamp, language));
            if (format != "json")
            {
                stdout.WriteLine(CliWords.Format("Calendar.Written", language, agenda.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ics));
            }
        }

        return ExitCodes.Valid;
    }

    // The agenda as data: dates in ISO form, the title in both languages, the plan's source text.
    private static void WriteJson(string planId, IEnumerable<AgendaEntry> agenda, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("plan", planId);
            json.WriteStartArray("entries");
            foreach (var entry in agenda)
            {
                json.WriteStartObject();
                json.WriteString("uid", entry.Uid);
                json.WriteString("kind", Keywords<AgendaKind>.Name(entry.Kind));
                json.WriteString("key", entry.Key);
                json.WriteStartObject("title");
                json.WriteString("vi", entry.Title.Vi);
                if (entry.Title.En is { } en)
                {
                    json.WriteString("en", en);
                }

                json.WriteEndObject();
                json.WriteString("start", LocalDatePattern.Iso.Format(entry.Start));
                json.WriteString("end", LocalDatePattern.Iso.Format(entry.End));
                json.WriteString("detail", entry.Detail);
                json.WriteString("source", entry.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
