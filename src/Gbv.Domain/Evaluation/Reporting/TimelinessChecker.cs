using System.Collections.Immutable;
using Gbv.Domain.Calendar;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Evaluation.Reporting;

/// <summary>
/// Checks submissions against a plan's schedule as of a moment: each expected report is on time, late (by how many
/// days), missing or not yet due, with DHIS2's reporting rate and reporting rate on time per obligation and unit. A pure
/// function of (schedule, submissions, units, moment).
/// </summary>
/// <remarks>
/// <para>Who owes a report: each reporting agency of the obligation, or the units the integrator lists for it
/// (<c>"ubnd-xa"</c>: every commune). A submission received after the moment checked is not counted yet, so the answer
/// for a moment never depends on what came later.</para>
/// <para>Nothing is counted silently: a second submission for the same report (the earliest counts), a period the
/// obligation has no report for, an unknown obligation and a unit that owes no such report are diagnostics
/// (GBV4101-GBV4104), and so is a report dated before the period it reports on began (GBV4105). Submissions to obligations with no deadline are listed as received, not judged.</para>
/// </remarks>
public static class TimelinessChecker
{
    /// <summary>Checks submissions.</summary>
    /// <param name="schedule">The plan's schedule.</param>
    /// <param name="submissions">The reports received, in any order.</param>
    /// <param name="asOf">The moment checked.</param>
    /// <param name="reportingUnits">For an agency that stands for many units (the communes' People's Committees), the units; agencies not listed report as themselves.</param>
    public static TimelinessReport Check(
        ReportingSchedule schedule, IEnumerable<Submission> submissions, Instant asOf, IReadOnlyDictionary<string, ImmutableArray<string>> reportingUnits)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(reportingUnits);
        var plan = schedule.Plan;
        var bag = new DiagnosticBag();
        int firstYear;
        if (plan.Period.From is int stated)
        {
            firstYear = stated;
        }
        else
        {
            // "Đến năm 2025" alone: which earlier years owed reports is not known, so none is counted as missed before the
            // earliest year a submission covers (or the last year), and the report says so.
            var list = submissions.ToList();
            submissions = list;
            var last = plan.Period.To!.Value;
            firstYear = list.Count == 0 ? last : Math.Min(last, list.Min(s => s.Period.Year));
            bag.Add(SubmissionDiagnostics.FirstYearUnknown, new SourceLocation($"plan {plan.Id}", "/period", 0, 0), plan.Period.ToString(), firstYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var scheduled = schedule.Reports(firstYear, plan.Period.To ?? asOf.InZone(schedule.Zone).Year);
        var states = plan.Reporting.ToDictionary(o => o.Key, o => new ObligationState(o, scheduled, reportingUnits), StringComparer.Ordinal);

        // One pass over the submissions: three lookups and a slot in an array per report and unit, nothing allocated
        // for a good submission, so the cost of one does not grow with those seen before.
        var duplicates = new List<(Submission Later, Instant First)>();
        var unscheduled = ImmutableArray.CreateBuilder<Submission>();
        foreach (var submission in submissions)
        {
            if (submission.SubmittedAt > asOf)
            {
                continue;
            }

            if (!states.TryGetValue(submission.Obligation, out var state))
            {
                bag.Add(SubmissionDiagnostics.UnknownObligation, Where(submission), submission.Unit, submission.Obligation, Suggestions.DidYouMean(submission.Obligation, states.Keys));
                continue;
            }

            if (state.Obligation.Due is OnRequestDueRule or UnstatedDueRule)
            {
                unscheduled.Add(submission);
                continue;
            }

            // A report cannot be sent before the period it reports on has begun: a wrong year or period, never "early".
            var sentOn = submission.SubmittedAt.InZone(schedule.Zone).Date;
            if (sentOn < submission.Period.Start)
            {
                bag.Add(SubmissionDiagnostics.SubmittedBeforePeriod, Where(submission), submission.Unit, submission.Obligation, PeriodWords.Argument(submission.Period),
                    ValueArguments.Day(sentOn), ValueArguments.Day(submission.Period.Start));
                continue;
            }

            if (!state.ReportIndex.TryGetValue(submission.Period, out var report))
            {
                bag.Add(SubmissionDiagnostics.SubmissionOutOfPeriod, Where(submission), submission.Unit, submission.Obligation, PeriodWords.Argument(submission.Period), Describe(schedule, state.Obligation));
                continue;
            }

            if (!state.UnitIndex.TryGetValue(submission.Unit, out var unit))
            {
                bag.Add(SubmissionDiagnostics.UnknownReportingUnit, Where(submission), submission.Unit, submission.Obligation, string.Join(", ", state.Units));
                continue;
            }

            ref var slot = ref state.Received[(report * state.Units.Length) + unit];
            if (slot == NotReceived)
            {
                slot = submission.SubmittedAt;
            }
            else
            {
                // The earliest counts, whatever the order the submissions come in.
                duplicates.Add(submission.SubmittedAt < slot ? (submission with { SubmittedAt = slot }, submission.SubmittedAt) : (submission, slot));
                slot = submission.SubmittedAt < slot ? submission.SubmittedAt : slot;
            }
        }

        foreach (var (later, first) in duplicates.OrderBy(d => d.Later.Obligation, StringComparer.Ordinal).ThenBy(d => d.Later.Unit, StringComparer.Ordinal)
                     .ThenBy(d => d.Later.Period.Start).ThenBy(d => d.Later.SubmittedAt))
        {
            bag.Add(SubmissionDiagnostics.DuplicateSubmission, Where(later),
                later.Unit, later.Obligation, PeriodWords.Argument(later.Period), ValueArguments.Moment(first, schedule.Zone), ValueArguments.Moment(later.SubmittedAt, schedule.Zone));
        }

        var reports = ImmutableArray.CreateBuilder<ExpectedReport>(scheduled.Sum(r => states[r.Obligation.Key].Units.Length));
        foreach (var report in scheduled)
        {
            var state = states[report.Obligation.Key];
            var row = state.ReportIndex[report.Period] * state.Units.Length;
            for (var unit = 0; unit < state.Units.Length; unit++)
            {
                var at = state.Received[row + unit];
                var expected = Expected(report, state.Units[unit], at == NotReceived ? null : at, asOf, schedule.Zone);
                reports.Add(expected);
                if (report.Deadline <= asOf)
                {
                    state.Count(unit, expected.Status);
                }
            }
        }

        var rates = ImmutableArray.CreateBuilder<ReportingRate>();
        foreach (var obligation in plan.Reporting)
        {
            rates.AddRange(states[obligation.Key].Rates());
        }

        return new TimelinessReport(reports.MoveToImmutable(), rates.ToImmutable(), unscheduled.ToImmutable(), bag.ToImmutable());
    }

    /// <summary>One expected report as of a moment: monotone in the submission time (earlier is never worse).</summary>
    public static ExpectedReport Expected(ScheduledReport report, string unit, Instant? submittedAt, Instant asOf, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(zone);
        if (submittedAt is not { } at || at > asOf)
        {
            return new ExpectedReport(report, unit, asOf >= report.Deadline ? Timeliness.Missing : Timeliness.NotYetDue, null, 0);
        }

        return at < report.Deadline
            ? new ExpectedReport(report, unit, Timeliness.OnTime, at, 0)
            : new ExpectedReport(report, unit, Timeliness.Late, at, Period.Between(report.LastOnTimeDay, at.InZone(zone).Date, PeriodUnits.Days).Days);
    }

    // Built only for a diagnostic: the loop over submissions allocates nothing for a good one.
    private static SourceLocation Where(Submission submission) => submission.Origin ??
        new($"submission {submission.Obligation}/{submission.Unit}/{submission.Period}", string.Empty, 0, 0);

    private static string Describe(ReportingSchedule schedule, ReportingObligation obligation)
    {
        var kind = ReportingSchedule.KindOf(obligation.Frequency);
        var plan = schedule.Plan;
        return $"{kind.ToString().ToLowerInvariant()} periods in {plan.Period}";
    }

    private static readonly Instant NotReceived = Instant.MaxValue;

    /// <summary>One obligation's reports, units, received times and counts for the rates.</summary>
    private sealed class ObligationState
    {
        private readonly int[] _due;
        private readonly int[] _received;
        private readonly int[] _onTime;

        public ObligationState(ReportingObligation obligation, ImmutableArray<ScheduledReport> scheduled, IReadOnlyDictionary<string, ImmutableArray<string>> reportingUnits)
        {
            Obligation = obligation;
            Units = [.. obligation.Reporters.SelectMany(r => reportingUnits.TryGetValue(r, out var listed) ? listed : [r]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            UnitIndex = Units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
            ReportIndex = scheduled.Where(r => r.Obligation == obligation).Select((r, i) => (r.Period, i)).ToDictionary(p => p.Period, p => p.i);
            Received = new Instant[ReportIndex.Count * Units.Length];
            Array.Fill(Received, NotReceived);
            (_due, _received, _onTime) = (new int[Units.Length], new int[Units.Length], new int[Units.Length]);
        }

        public ReportingObligation Obligation { get; }

        public ImmutableArray<string> Units { get; }

        public Dictionary<string, int> UnitIndex { get; }

        public Dictionary<ReportingPeriod, int> ReportIndex { get; }

        public Instant[] Received { get; }

        public void Count(int unit, Timeliness status)
        {
            _due[unit]++;
            _received[unit] += status is Timeliness.OnTime or Timeliness.Late ? 1 : 0;
            _onTime[unit] += status == Timeliness.OnTime ? 1 : 0;
        }

        /// <summary>The obligation's rate, then each unit's that had a report due.</summary>
        public IEnumerable<ReportingRate> Rates()
        {
            yield return new ReportingRate(Obligation.Key, null, _due.Sum(), _received.Sum(), _onTime.Sum());
            for (var unit = 0; unit < Units.Length; unit++)
            {
                if (_due[unit] > 0)
                {
                    yield return new ReportingRate(Obligation.Key, Units[unit], _due[unit], _received[unit], _onTime[unit]);
                }
            }
        }
    }
}
