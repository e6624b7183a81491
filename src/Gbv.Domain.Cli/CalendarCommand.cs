using System.CommandLine;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv calendar &lt;plan&gt; --from --to [--ics file]</c>: the plan's agenda, printed or written as iCalendar.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file." };
        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd).", Required = true };
        var ics = new Option<string?>("--ics") { Description = "Also write the agenda as an iCalendar file." };
        var language = new Option<string>("--lang") { Description = "vi or en.", DefaultValueFactory = _ => "vi" };
        language.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("calendar", "Print a plan's agenda between two days: report deadlines, reviews, campaigns, observance days and tasks.") { plan, from, to, ics, language };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(from)!, parsed.GetValue(to)!, parsed.GetValue(ics), parsed.GetValue(language)!, stdout, stderr));
        return command;
    }

    internal static int Execute(string path, string fromText, string toText, string? ics, string language, TextWriter stdout, TextWriter stderr)
    {
        if (LocalDatePattern.Iso.Parse(fromText) is not { Success: true } from || LocalDatePattern.Iso.Parse(toText) is not { Success: true } to || to.Value < from.Value)
        {
            stderr.WriteLine($"gbv: --from \"{fromText}\" and --to \"{toText}\" must be dates such as 2020-01-01, the first not after the second");
            return ExitCodes.CouldNotRun;
        }

        if (PlanFiles.LoadOrReport(path, language, stderr) is not { } plan)
        {
            return ExitCodes.Errors;
        }

        var agenda = PlanAgenda.Between(ReportingSchedule.For(plan, WorkingCalendar.Vietnam), from.Value, to.Value);
        foreach (var entry in agenda)
        {
            var span = entry.End == entry.Start ? LocalDatePattern.Iso.Format(entry.Start) : $"{LocalDatePattern.Iso.Format(entry.Start)}..{LocalDatePattern.Iso.Format(entry.End)}";
            stdout.WriteLine($"{span}  {entry.Kind}  {entry.Title.In(language)}  ({entry.Detail})");
        }

        if (ics is not null)
        {
            // The stamp is the start of the range, not the clock: the same command writes the same file.
            var stamp = from.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            File.WriteAllText(ics, ICalendarExport.Write(plan.Id, agenda, stamp));
            stdout.WriteLine($"{agenda.Length} event(s) written to {ics}");
        }

        return ExitCodes.Valid;
    }
}
