using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Reporting;

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
/// (GBV4101-GBV4104). Submissions to obligations with no deadline are listed as received, not judged.</para>
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
        var lastYear = plan.Period.To ?? asOf.InZone(schedule.Zone).Year;
        var scheduled = schedule.Reports(plan.Period.From, lastYear);
        var index = new Dictionary<(string Obligation, ReportingPeriod Period), ScheduledReport>(scheduled.Length);
        foreach (var report in scheduled)
        {
            index[(report.Obligation.Key, report.Period)] = report;
        }

        var units = plan.Reporting.ToDictionary(
            o => o.Key,
            o => o.Reporters.SelectMany(r => reportingUnits.TryGetValue(r, out var listed) ? listed : [r]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
        var unitSets = units.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var bag = new DiagnosticBag();
        var received = new Dictionary<(string Obligation, string Unit, ReportingPeriod Period), Instant>();
        var duplicates = new List<(Submission Later, Instant First)>();
        var unscheduled = ImmutableArray.CreateBuilder<Submission>();
        foreach (var submission in submissions)
        {
            if (submission.SubmittedAt > asOf)
            {
                continue;
            }

            var where = new SourceLocation($"submission {submission.Obligation}/{submission.Unit}/{submission.Period}", string.Empty, 0, 0);
            if (schedule.Obligation(submission.Obligation) is not { } obligation)
            {
                bag.Add(DiagnosticDescriptors.UnknownObligation, where, submission.Unit, submission.Obligation, Suggestions.DidYouMean(submission.Obligation, units.Keys));
                continue;
            }

            if (obligation.Due is OnRequestDueRule or UnstatedDueRule)
            {
                unscheduled.Add(submission);
                continue;
            }

            if (!index.ContainsKey((submission.Obligation, submission.Period)))
            {
                bag.Add(DiagnosticDescriptors.SubmissionOutOfPeriod, where, submission.Unit, submission.Obligation, submission.Period.ToString(), Describe(schedule, obligation));
                continue;
            }

            if (!unitSets[submission.Obligation].Contains(submission.Unit))
            {
                bag.Add(DiagnosticDescriptors.UnknownReportingUnit, where, submission.Unit, submission.Obligation, string.Join(", ", units[submission.Obligation]));
                continue;
            }

            var key = (submission.Obligation, submission.Unit, submission.Period);
            if (received.TryGetValue(key, out var first))
            {
                // The earliest counts, whatever the order the submissions come in.
                duplicates.Add(submission.SubmittedAt < first ? (submission with { SubmittedAt = first }, submission.SubmittedAt) : (submission, first));
                if (submission.SubmittedAt < first)
                {
                    received[key] = submission.SubmittedAt;
                }
            }
            else
            {
                received[key] = submission.SubmittedAt;
            }
        }

        foreach (var (later, first) in duplicates.OrderBy(d => d.Later.Obligation, StringComparer.Ordinal).ThenBy(d => d.Later.Unit, StringComparer.Ordinal)
                     .ThenBy(d => d.Later.Period.Start).ThenBy(d => d.Later.SubmittedAt))
        {
            bag.Add(DiagnosticDescriptors.DuplicateSubmission, new SourceLocation($"submission {later.Obligation}/{later.Unit}/{later.Period}", string.Empty, 0, 0),
                later.Unit, later.Obligation, later.Period.ToString(), InstantPattern.General.Format(first), InstantPattern.General.Format(later.SubmittedAt));
        }

        var reports = ImmutableArray.CreateBuilder<ExpectedReport>();
        foreach (var report in scheduled)
        {
            foreach (var unit in units[report.Obligation.Key])
            {
                reports.Add(Expected(report, unit, received.TryGetValue((report.Obligation.Key, unit, report.Period), out var at) ? at : null, asOf, schedule.Zone));
            }
        }

        return new TimelinessReport(reports.ToImmutable(), Rates(plan.Reporting.Select(o => o.Key), reports, asOf), unscheduled.ToImmutable(), bag.ToImmutable());
    }

    /// <summary>One expected report as of a moment: monotone in the submission time (earlier is never worse).</summary>
    public static ExpectedReport Expected(ScheduledReport report, string unit, Instant? submittedAt, Instant asOf, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        if (submittedAt is not { } at || at > asOf)
        {
            return new ExpectedReport(report, unit, asOf >= report.Deadline ? Timeliness.Missing : Timeliness.NotYetDue, null, 0);
        }

        return at < report.Deadline
            ? new ExpectedReport(report, unit, Timeliness.OnTime, at, 0)
            : new ExpectedReport(report, unit, Timeliness.Late, at, Period.Between(report.LastOnTimeDay, at.InZone(zone).Date, PeriodUnits.Days).Days);
    }

    private static ImmutableArray<ReportingRate> Rates(IEnumerable<string> obligations, IEnumerable<ExpectedReport> reports, Instant asOf)
    {
        var due = reports.Where(r => r.Report.Deadline <= asOf).ToList();
        static ReportingRate Rate(string obligation, string? unit, IEnumerable<ExpectedReport> group)
        {
            var list = group.ToList();
            return new ReportingRate(obligation, unit, list.Count, list.Count(r => r.Status is Timeliness.OnTime or Timeliness.Late), list.Count(r => r.Status == Timeliness.OnTime));
        }

        var builder = ImmutableArray.CreateBuilder<ReportingRate>();
        foreach (var obligation in obligations)
        {
            var mine = due.Where(r => r.Report.Obligation.Key == obligation).ToList();
            builder.Add(Rate(obligation, null, mine));
            foreach (var byUnit in mine.GroupBy(r => r.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                builder.Add(Rate(obligation, byUnit.Key, byUnit));
            }
        }

        return builder.ToImmutable();
    }

    private static string Describe(ReportingSchedule schedule, ReportingObligation obligation)
    {
        var kind = ReportingSchedule.KindOf(obligation.Frequency);
        var plan = schedule.Plan;
        return $"{kind.ToString().ToLowerInvariant()} periods in {plan.Period}";
    }
}
