using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Gbv.Domain.Calendar;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// A plan compiled for a case type: its reporting schedule, its case tally and its referral rules (the package's
/// defaults layered with the plan's own), each built once. Immutable and safe to share between threads; evaluate it
/// as often as you like.
/// </summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed partial class CompiledPlan<T>
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
    public ComplianceReport Evaluate(IComplianceData<T> data, Instant asOf) => Evaluate(data, asOf, null);

    /// <summary>
    /// As <see cref="Evaluate(IComplianceData{T}, Instant)"/>, telling <paramref name="progress"/> how many cases have
    /// been read now and then, and once at the end. Cases given as <see cref="CasePartitions{T}"/> are counted part by
    /// part on several threads and merged.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="asOf">The moment evaluated.</param>
    /// <param name="progress">Told the cases read so far, in increasing order, from the thread that reads them; may be null.</param>
    /// <remarks>
    /// Reports are made synchronously, under a lock: a <see cref="Progress{T}"/> created without a synchronization
    /// context runs its handler on the thread pool, where two reports may be handled out of order.
    /// </remarks>
    public ComplianceReport Evaluate(IComplianceData<T> data, Instant asOf, IProgress<EvaluationProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(data);
        var gate = new ProgressGate(progress, Total(data.Cases));
        var pass = data.Cases is CasePartitions<T> parts ? CountParts(parts, gate) : CountSequence(data.Cases, gate);
        gate.Done(pass.Counter.Read);
        return Report(data, asOf, pass.Counter.Result(), pass.Summary.Result(), pass.Problems(0), pass.Counter.CasesByUnit);
    }

    /// <summary>
    /// As <see cref="Evaluate(IComplianceData{T}, Instant)"/>, for cases that live in a database or arrive as a stream. Where
    /// <see cref="IComplianceData{T}.Cases"/> is a query of a database provider (an EF Core <c>DbSet</c> or a query
    /// on it), the cases never come into memory: one aggregate query counts every case indicator's figures per unit
    /// and year (conditional counts of a <c>GROUP BY</c>) and one more gives the referral summary, both restricted to
    /// the years the plan's indicators can read (from the earlier of the plan's first year and its first target year,
    /// to the year of <paramref name="asOf"/>, or from that year when it is earlier) and to cases with no year, which are counted as undated. Where the cases
    /// are an asynchronous stream (<see cref="IAsyncEnumerable{T}"/>), they are read once, asynchronously; otherwise as
    /// <see cref="Evaluate(IComplianceData{T}, Instant)"/> reads them.
    /// </summary>
    /// <param name="data">The data; <c>Cases</c> may be an <see cref="IQueryable{T}"/> or an <see cref="IAsyncEnumerable{T}"/>.</param>
    /// <param name="asOf">The moment evaluated.</param>
    /// <param name="cancellationToken">Stops the queries or the stream.</param>
    /// <remarks>
    /// The field map's accessors, the conditions and the year expression must be expressions the provider translates;
    /// computed fields such as hours since the incident do when they are written from two columns (see docs/indicators.md).
    /// Over a query, <see cref="CaseCounts.Read"/> counts the cases in those years and the undated ones.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null (thrown at the call, not when awaited).</exception>
    public Task<ComplianceReport> EvaluateAsync(IComplianceData<T> data, Instant asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        return EvaluateCasesAsync(data, asOf, cancellationToken);
    }

    /// <summary>The years whose cases an evaluation as of a day can read: from the plan's (or its first target's) first year to that day's year.</summary>
    internal (int From, int To) YearsRead(LocalDate today)
    {
        // An evaluation before the plan begins reads the year of its moment ("from 2025 on" judged in 2020 reads 2020).
        var first = Plan.Indicators.SelectMany(i => i.Targets).Select(t => t.Horizon.Year).Append(Plan.Period.From ?? today.Year).Append(today.Year).Min();
        return (first, today.Year);
    }

    private async Task<ComplianceReport> EvaluateCasesAsync(IComplianceData<T> data, Instant asOf, CancellationToken cancellationToken)
    {
        switch (data.Cases)
        {
            case IQueryable<T> query when query.Provider is not EnumerableQuery:
            {
                var (from, to) = YearsRead(asOf.InZone(Schedule.Zone).Date);
                var inYears = Tally.InYears(query, from, to);
                var cases = await Tally.CountAsync(inYears, cancellationToken).ConfigureAwait(false);
                var summary = await Referrals.SummarizeAsync(inYears, cancellationToken).ConfigureAwait(false);
                return Report(data, asOf, cases, summary, [], null);
            }

            case IAsyncEnumerable<T> stream:
            {
                var pass = new Pass(this);
                await foreach (var record in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    pass.Add(record);
                }

                return Report(data, asOf, pass.Counter.Result(), pass.Summary.Result(), pass.Problems(0), pass.Counter.CasesByUnit);
            }

            default:
                cancellationToken.ThrowIfCancellationRequested();
                return Evaluate(data, asOf);
        }
    }

    private ComplianceReport Report(IComplianceData<T> data, Instant asOf, CaseCounts cases, ReferralSummary referrals,
        List<Diagnostic> caseProblems, IReadOnlyDictionary<string, long>? casesByUnit)
    {
        var today = asOf.InZone(Schedule.Zone).Date;
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        problems.AddRange(caseProblems);

        // Data from a unit the data do not list is never summed into the plan's totals (GBV4007). Counted in a
        // database, the cases' units are those of the counts.
        var units = DataUnits.Of(Plan, data.ReportingUnits);
        if (units is not null)
        {
            var byUnit = casesByUnit ?? cases.Totals.Units.ToDictionary(u => u, _ => -1L, StringComparer.Ordinal);
            foreach (var (unit, count) in byUnit.Where(p => !units.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var near = Suggestions.DidYouMean(unit, units);
                var n = count.ToString(CultureInfo.InvariantCulture);
                problems.Add(Diagnostic.Create(DataDiagnostics.UnknownDataUnit, new SourceLocation("cases", string.Empty, 0, 0),
                    [Cases(count, n, vi: false), unit, near.En], [Cases(count, n, vi: true), unit, near.Vi]));
            }

            cases = cases with { Totals = cases.Totals.OnlyUnits(units.Contains, out _) };
        }

        var reported = ReportedTotals.From(Plan, data.ReportedValues, units, out var reportedProblems);
        problems.AddRange(reportedProblems);
        // Records dated after the moment evaluated have not happened yet as of it, as with submissions.
        var completions = data.TaskCompletions.Where(c => c.Date <= today).ToList();
        var done = ReportedTotals.FromTaskCompletions(Plan, completions, units, out var taskProblems);
        problems.AddRange(taskProblems);
        // Reported figures are sent: with the units listed, a commune that sends none is named as not reporting.
        var totals = reported.Merge(cases.Totals).Merge(done).WithReportingUnits(ReportedTotals.AlikeUnits(Plan, data.ReportingUnits));

        var timeliness = TimelinessChecker.Check(Schedule, data.Submissions, asOf, data.ReportingUnits);
        problems.AddRange(timeliness.Problems);

        var results = IndicatorEvaluator.Evaluate(Plan, totals, today);
        return new ComplianceReport(
            Plan,
            asOf,
            today,
            results,
            ConsistencyChecker.Check(Plan, reported),
            timeliness,
            TaskProgressIn(done, today),
            MilestonesAsOf(completions, today),
            // What is ahead: from the day after, so that nothing that ends on the as-of date is listed as coming.
            PlanAgenda.Between(Schedule, today.PlusDays(1), today.PlusDays(90)),
            cases,
            referrals,
            problems.ToImmutable())
        {
            ByUnit = IndicatorEvaluator.EvaluateByUnit(Plan, totals, today),
            ByYear = YearByYear(totals, today),
            UnitNames = data.UnitNames.ToImmutableSortedDictionary(StringComparer.Ordinal),
            ByGroup = Groups(cases.Totals, results),
        };
    }

    // Each case-ratio indicator by age group and sex, in the year of its first result with figures; an "of which"
    // indicator's whole is its parent's part in the same group.
    private ImmutableArray<CaseGroupCount> Groups(ReportedTotals cases, ImmutableArray<IndicatorResult> results)
    {
        var groups = ImmutableArray.CreateBuilder<CaseGroupCount>();
        foreach (var indicator in Plan.Indicators.Where(i => i.Metric is CaseRatioMetric))
        {
            if (results.FirstOrDefault(r => r.Indicator.Key == indicator.Key && r.Year is not null)?.Year is not { } year)
            {
                continue;
            }

            var whole = indicator.OfWhich is { } parent ? MetricElements.CaseNumerator(parent) : MetricElements.CaseDenominator(indicator.Key);
            foreach (var (group, _) in CaseGroups.All)
            {
                var numerator = cases.Total(CaseGroups.Element(MetricElements.CaseNumerator(indicator.Key), group), year);
                if (numerator is not null)
                {
                    groups.Add(new CaseGroupCount(indicator.Key, year, group, numerator, cases.Total(CaseGroups.Element(whole, group), year)));
                }
            }
        }

        return groups.ToImmutable();
    }

    // The results as of the end of each year of the plan up to the day evaluated (that day for its own year): the
    // trend an officer reads beside each target.
    private ImmutableSortedDictionary<int, ImmutableArray<IndicatorResult>> YearByYear(ReportedTotals totals, LocalDate today)
    {
        var years = ImmutableSortedDictionary.CreateBuilder<int, ImmutableArray<IndicatorResult>>();
        // A plan whose first year is not stated: from the year evaluated only, never an invented first year.
        for (var year = Plan.Period.FirstYearOr(Math.Min(Plan.Period.To ?? today.Year, today.Year)); year <= Math.Min(Plan.Period.To ?? today.Year, today.Year); year++)
        {
            years[year] = IndicatorEvaluator.Evaluate(Plan, totals, year == today.Year ? today : new LocalDate(year, 12, 31));
        }

        return years.ToImmutable();
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
            .Select(t => new TaskProgress(t, year, (long)(done.Total(MetricElements.Task(t.Id), year) ?? 0), t.MinimumFrequency!.Count, year <= ended))];
    }

    // "3 case(s)", or "Cases" for a count not known (Checks.resx, Data.*).
    private static string Cases(long count, string n, bool vi) => count < 0 ? Checks.Get("Data.Cases", vi) : Checks.Format("Data.CaseCount", vi, n);
}
