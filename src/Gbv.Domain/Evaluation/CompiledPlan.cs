using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// A plan compiled for a case type: its reporting schedule, its case tally and its referral rules (the package's
/// defaults layered with the plan's own), each built once. Immutable and safe to share between threads; evaluate it
/// as often as you like.
/// </summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed class CompiledPlan<T>
{
    private readonly Func<T, bool>? _incidentAfterReport;

    internal CompiledPlan(Plan plan, ReportingSchedule schedule, CaseTally<T> tally, ReferralEngine<T> referrals, Func<T, bool>? incidentAfterReport = null)
    {
        _incidentAfterReport = incidentAfterReport;
        Plan = plan;
        Schedule = schedule;
        Tally = tally;
        Referrals = referrals;
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The reports the plan's obligations call for.</summary>
    public ReportingSchedule Schedule { get; }

    /// <summary>The counts the plan's indicators need from cases.</summary>
    public CaseTally<T> Tally { get; }

    /// <summary>The referral rules: the package's defaults, then the plan's.</summary>
    public ReferralEngine<T> Referrals { get; }

    /// <summary>
    /// The last moment of a day in the plan's time zone: what "as of 31/12/2020" means, and how <c>gbv evaluate --as-of</c>
    /// reads a date. A report due "before 1/1" and submitted at 23:59 local time on 31/12 is on time as of this moment.
    /// </summary>
    /// <param name="date">The day, in the plan's calendar.</param>
    /// <returns>One tick before the next day starts in the plan's zone.</returns>
    [Pure]
    public Instant EndOfDay(LocalDate date) => date.PlusDays(1).AtStartOfDayInZone(Schedule.Zone).ToInstant() - Duration.Epsilon;

    /// <summary>
    /// Evaluates the plan on the data as of a moment: a pure function of (compiled plan, data, moment), reading each
    /// sequence once. Cases are counted and summarized for referrals in the same pass.
    /// </summary>
    /// <remarks>
    /// Submissions received and tasks completed after the moment are not counted. Cases and reported figures are
    /// counted by year as given: to evaluate a past moment of the current year, pass the cases known at that moment.
    /// </remarks>
    public ComplianceReport Evaluate(IComplianceData<T> data, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        var today = asOf.InZone(Schedule.Zone).Date;
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();

        var counter = new CaseTally<T>.Accumulator(Tally);
        var summary = new ReferralEngine<T>.Counter(Referrals);
        var read = 0L;
        foreach (var record in data.Cases)
        {
            read++;
            counter.Add(record);
            summary.Add(record);
            if (_incidentAfterReport is { } impossible && impossible(record))
            {
                // Counted where its report puts it (the report is when the case became known), and flagged: one of the times is wrong.
                problems.Add(Diagnostic.Create(DiagnosticDescriptors.IncidentAfterReport, new SourceLocation("cases", string.Empty, 0, 0), read.ToString(CultureInfo.InvariantCulture)));
            }
        }

        // Data from a unit the data do not list is never summed into the plan's totals (GBV4007).
        var units = DataUnits.Of(Plan, data.ReportingUnits);
        var cases = counter.Result();
        if (units is not null)
        {
            foreach (var (unit, count) in counter.CasesByUnit.Where(p => !units.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var near = Suggestions.DidYouMean(unit, units);
                var n = count.ToString(CultureInfo.InvariantCulture);
                problems.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownDataUnit, new SourceLocation("cases", string.Empty, 0, 0),
                    [$"{n} case(s)", unit, near.En], [$"{n} hồ sơ vụ việc", unit, near.Vi]));
            }

            cases = cases with { Totals = cases.Totals.OnlyUnits(units.Contains, out _) };
        }

        var reported = ReportedTotals.From(Plan, data.ReportedValues, units, out var reportedProblems);
        problems.AddRange(reportedProblems);
        // Records dated after the moment evaluated have not happened yet as of it, as with submissions.
        var completions = data.TaskCompletions.Where(c => c.Date <= today).ToList();
        var done = ReportedTotals.FromTaskCompletions(Plan, completions, units, out var taskProblems);
        problems.AddRange(taskProblems);
        var totals = reported.Merge(cases.Totals).Merge(done);

        var timeliness = TimelinessChecker.Check(Schedule, data.Submissions, asOf, data.ReportingUnits);
        problems.AddRange(timeliness.Problems);

        return new ComplianceReport(
            Plan,
            asOf,
            today,
            IndicatorEvaluator.Evaluate(Plan, totals, today),
            ConsistencyChecker.Check(Plan, reported),
            timeliness,
            TaskProgressIn(done, today),
            MilestonesAsOf(completions, today),
            // What is ahead: from the day after, so that nothing that ends on the as-of date is listed as coming.
            PlanAgenda.Between(Schedule, today.PlusDays(1), today.PlusDays(90)),
            cases,
            summary.Result(),
            problems.ToImmutable());
    }

    private ImmutableArray<MilestoneProgress> MilestonesAsOf(List<Gbv.Domain.Tasks.TaskCompletion> completions, LocalDate today)
    {
        var held = completions.GroupBy(c => c.Task, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(c => c.Date), StringComparer.Ordinal);
        var ended = Years.LastEnded(today);
        return [.. Plan.Milestones.Select(m => held.TryGetValue(m.Id, out var on)
            ? new MilestoneProgress(m, MilestoneStatus.Held, on)
            : new MilestoneProgress(m, m.Year <= ended ? MilestoneStatus.NotRecorded : m.Year == today.Year ? MilestoneStatus.DueThisYear : MilestoneStatus.Upcoming, null))];
    }

    private ImmutableArray<TaskProgress> TaskProgressIn(ReportedTotals done, LocalDate today)
    {
        // The last ended year, or the current one when the plan starts this year.
        var ended = Years.LastEnded(today);
        var year = Plan.Period.Contains(ended) ? ended : today.Year;
        if (!Plan.Period.Contains(year))
        {
            return [];
        }

        return [.. Plan.Tasks
            .Where(t => t.MinimumFrequency is { Per: Gbv.Domain.Tasks.FrequencyUnit.Year })
            .Select(t => new TaskProgress(t, year, done.Total(MetricElements.Task(t.Id), year) ?? 0, t.MinimumFrequency!.Count, year <= ended))];
    }
}
