using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;
using NodaTime.Text;
using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a calendar expectation: an entry of the plan's agenda on a day.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck CalendarEntry(string scenario, CalendarExpectationDefinition e, CompiledPlan<CaseRecord> plan)
    {
        // "ReportDue annual" in English; a report's day by the report's name in Vietnamese ("hạn nộp báo cáo năm (annual)").
        string Entry(string kind, string key, bool vi) => kind is "ReportDue" or "DataCutOff"
            ? W.Format("Calendar." + kind, vi, Obligation(plan.Plan, key, vi)) : $"{Kind(kind, vi)} {key}";
        var what = (Func<bool, string>)(vi => W.Format("What.Calendar", vi, Entry(e.Kind, e.Key, vi), W.Day(e.Date, vi)));
        if (LocalDatePattern.Iso.Parse(e.Date) is not { Success: true } day)
        {
            return Check(scenario, false, what, Word("Calendar.AnEntry"), Word("Calendar.NotADate", e.Date), string.Empty, null);
        }

        var entries = PlanAgenda.Between(plan.Schedule, day.Value, day.Value);
        var match = entries.FirstOrDefault(a => a.Kind.ToString() == e.Kind && a.Key == e.Key);
        string Actual(bool vi) => match is null
            ? W.Format("Calendar.On", vi, W.Day(e.Date, vi), entries.IsEmpty ? W.Get("Calendar.Nothing", vi) : string.Join(", ", entries.Select(a => Entry(a.Kind.ToString(), a.Key, vi))))
            : W.Format("Calendar.Found", vi, Entry(match.Kind.ToString(), match.Key, vi), W.Day(match.Start, vi), W.Day(match.End, vi));
        return Check(scenario, match is not null, what, vi => W.Format("Calendar.Entry", vi, Entry(e.Kind, e.Key, vi), W.Day(e.Date, vi)), Actual,
            match?.Detail ?? string.Empty, match?.DetailIn("vi"));
    }

    // A kind of agenda entry in the package's words (the core's Words.resx, as the calendar says it); English keeps the keyword.
    private static string Kind(string kind, bool vi) => vi ? Gbv.Domain.Localization.Words.Find("Agenda." + kind, vi) ?? kind : kind;
}
