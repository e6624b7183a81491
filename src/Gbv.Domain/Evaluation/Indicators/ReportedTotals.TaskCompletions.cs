using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Totals from task completions: a task or milestone done, counted per unit and span for "at least once a ..." targets.</summary>
public sealed partial class ReportedTotals
{
    /// <summary>
    /// Totals from task completion records: how many times each task (or milestone) was done per unit and year (and per
    /// month and quarter, for "at least once a month"). A record naming neither a task nor a milestone of the plan is a
    /// diagnostic (GBV4004) and is not counted; the same record twice (task, unit and day) is counted once (GBV4010).
    /// </summary>
    public static ReportedTotals FromTaskCompletions(Plan plan, IEnumerable<TaskCompletion> completions, out ImmutableArray<Diagnostic> problems) =>
        FromTaskCompletions(plan, completions, null, out problems);

    /// <summary>
    /// Totals from task completion records, as <see cref="FromTaskCompletions(Plan, IEnumerable{TaskCompletion}, out ImmutableArray{Diagnostic})"/>;
    /// besides, a record whose unit is not an id (GBV4005), whose year is not from 1 to 9999 (GBV4008) or, when
    /// <paramref name="units"/> is given, whose unit is not among them (GBV4007) is an error and is not counted.
    /// </summary>
    public static ReportedTotals FromTaskCompletions(Plan plan, IEnumerable<TaskCompletion> completions, IReadOnlySet<string>? units, out ImmutableArray<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(completions);
        var bag = new DiagnosticBag();
        // A record can name a task or a milestone (a review held is a completion too).
        var tasks = plan.Tasks.Select(t => t.Id).Concat(plan.Milestones.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<TaskCompletion>();
        var read = TargetYears.Of(plan);
        var builder = ImmutableDictionary.CreateBuilder<(string, int, string), decimal>();
        foreach (var completion in completions)
        {
            var day = completion.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var where = completion.Origin ?? new SourceLocation($"task completion {completion.Unit}/{day}", string.Empty, 0, 0);
            if (!tasks.Contains(completion.Task))
            {
                bag.Add(DataDiagnostics.UnknownTask, where, completion.Unit, completion.Task, Suggestions.DidYouMean(completion.Task, tasks));
                continue;
            }

            if (!DataUnits.IsId(completion.Unit))
            {
                bag.Add(DataDiagnostics.InvalidDataId, where, Nouns.Set.Argument("Subject.Unit"), completion.Unit);
                continue;
            }

            if (completion.Date.Year < 1)
            {
                bag.Add(DataDiagnostics.ImpossibleYear, where, Checks.Set.Argument("Data.CompletionBy", completion.Task, completion.Unit), Invariant(completion.Date.Year));
                continue;
            }

            if (!read.Contains(completion.Date.Year))
            {
                bag.Add(DataDiagnostics.YearNotRead, where, Checks.Set.Argument("Data.CompletionBy", completion.Task, completion.Unit), Invariant(completion.Date.Year), read.ToString());
            }

            if (units is not null && !units.Contains(completion.Unit))
            {
                bag.Add(DataDiagnostics.UnknownDataUnit, where, Checks.Set.Argument("Data.CompletionOn", completion.Task, ValueArguments.Day(completion.Date)), completion.Unit, Suggestions.DidYouMean(completion.Unit, units));
                continue;
            }

            if (!seen.Add(completion))
            {
                bag.Add(DataDiagnostics.RepeatedCompletion, where, completion.Unit, completion.Task, ValueArguments.Day(completion.Date));
                continue;
            }

            var date = completion.Date;
            foreach (var element in (ReadOnlySpan<string>)[
                MetricElements.Task(completion.Task),
                MetricElements.TaskPeriod(completion.Task, FrequencyUnit.Month, date.Month),
                MetricElements.TaskPeriod(completion.Task, FrequencyUnit.Quarter, ((date.Month - 1) / 3) + 1)])
            {
                var key = (completion.Unit, date.Year, element);
                builder[key] = builder.GetValueOrDefault(key) + 1;
            }
        }

        problems = bag.ToImmutable();
        return new ReportedTotals(builder.ToImmutable());
    }
}
