using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;
using NodaTime.Text;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a calendar expectation: an entry of the plan's agenda on a day.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck CalendarEntry(string scenario, CalendarExpectationDefinition e, CompiledPlan<CaseRecord> plan)
    {
        var what = $"calendar {e.Kind} {e.Key} on {e.Date}";
        if (LocalDatePattern.Iso.Parse(e.Date) is not { Success: true } day)
        {
            return new ScenarioCheck(scenario, what, false, "an entry on a date", $"\"{e.Date}\" is not a date such as 2019-06-09", string.Empty);
        }

        var entries = PlanAgenda.Between(plan.Schedule, day.Value, day.Value);
        var match = entries.FirstOrDefault(a => a.Kind.ToString() == e.Kind && a.Key == e.Key);
        return new ScenarioCheck(scenario, what, match is not null, $"{e.Kind} {e.Key} on {e.Date}",
            match is null ? $"on {e.Date}: {(entries.IsEmpty ? "nothing" : string.Join(", ", entries.Select(a => $"{a.Kind} {a.Key}")))}" : $"{match.Kind} {match.Key} {match.Start:yyyy-MM-dd}..{match.End:yyyy-MM-dd}",
            match?.Detail ?? string.Empty);
    }
}
