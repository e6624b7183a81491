using System.Collections.Immutable;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Reporting;

/// <summary>Đăk Tô's communes report their 2019 six-monthly report; statuses and rates worked out by hand.</summary>
public sealed class TimelinessCheckerTests
{
    private static readonly Plan DakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
    private static readonly ReportingSchedule Schedule = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam);
    private static readonly ReportingPeriod FirstHalf2019 = new(PeriodKind.Half, 2019, 1);

    // "UBND các xã, thị trấn": three synthetic communes stand for the agency "ubnd-xa".
    private static readonly Dictionary<string, ImmutableArray<string>> Units = new() { ["ubnd-xa"] = ["xa-a", "xa-b", "xa-c"] };

    private static Instant Local(int month, int day, int hour, int minute) =>
        new LocalDateTime(2019, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).ToInstant();

    [Fact]
    public void Each_unit_s_report_is_on_time_late_or_missing_and_the_rates_follow()
    {
        Submission[] submissions =
        [
            new("six-monthly", "xa-a", FirstHalf2019, Local(6, 9, 23, 30)),   // on time: 23:30 on the last allowed day
            new("six-monthly", "xa-b", FirstHalf2019, Local(6, 12, 8, 0)),    // three days late
            new("ad-hoc", "xa-c", new ReportingPeriod(PeriodKind.Year, 2019, 1), Local(3, 1, 9, 0)),
        ];
        var report = TimelinessChecker.Check(Schedule, submissions, Local(7, 1, 0, 0), Units);
        Assert.Empty(report.Problems);

        var firstHalf = report.Reports.Where(r => r.Report.Period == FirstHalf2019).ToDictionary(r => r.Unit, r => (r.Status, r.DaysLate));
        Assert.Equal((Timeliness.OnTime, 0), firstHalf["xa-a"]);
        Assert.Equal((Timeliness.Late, 3), firstHalf["xa-b"]);
        Assert.Equal((Timeliness.Missing, 0), firstHalf["xa-c"]);
        Assert.Equal((Timeliness.Missing, 0), firstHalf["co-quan-don-vi"]);
        Assert.Equal(Timeliness.NotYetDue, report.Reports.Single(r => r.Unit == "xa-a" && r.Report.Period == new ReportingPeriod(PeriodKind.Year, 2019, 1)).Status);

        // Six-monthly reports due by 1 July 2019: 2017-H1, 2018-H1, 2019-H1 for four units = 12; 2 received, 1 on time.
        var rate = report.Rates.Single(r => r.Obligation == "six-monthly" && r.Unit is null);
        Assert.Equal((12, 2, 1), (rate.Due, rate.Received, rate.OnTime));
        Assert.Equal(100m / 6, rate.Rate);
        var a = report.Rates.Single(r => r.Obligation == "six-monthly" && r.Unit == "xa-a");
        Assert.Equal((3, 1, 1), (a.Due, a.Received, a.OnTime));

        // An ad hoc report has no deadline: received, not judged.
        Assert.Equal("xa-c", Assert.Single(report.Unscheduled).Unit);
    }

    [Fact]
    public void Duplicate_out_of_period_unknown_and_unexpected_submissions_are_diagnostics_and_not_counted()
    {
        Submission[] submissions =
        [
            new("six-monthly", "xa-a", FirstHalf2019, Local(6, 12, 8, 0)),
            new("six-monthly", "xa-a", FirstHalf2019, Local(6, 5, 8, 0)),                               // earlier: this one counts
            new("six-monthly", "xa-a", new ReportingPeriod(PeriodKind.Half, 2019, 2), Local(7, 1, 0, 0)),   // no second-half report
            new("six-monthly", "xa-a", new ReportingPeriod(PeriodKind.Half, 2021, 1), Local(6, 5, 8, 0)),   // a 2021 report sent in 2019
            new("six-montly", "xa-a", FirstHalf2019, Local(6, 5, 8, 0)),
            new("six-monthly", "phuong-z", FirstHalf2019, Local(6, 5, 8, 0)),
        ];
        var report = TimelinessChecker.Check(Schedule, submissions, Local(7, 1, 0, 0), Units);
        Assert.Equal(["GBV4101", "GBV4102", "GBV4103", "GBV4104", "GBV4105"], report.Problems.Select(p => p.Id).Order());
        Assert.Contains(report.Problems, p => p.Message.Contains("xa-a submitted \"six-monthly\" for 2019-H1 more than once (2019-06-05T01:00:00Z, then 2019-06-12T01:00:00Z)", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Message.Contains("did you mean \"six-monthly\"", StringComparison.Ordinal));

        // Each problem names the submission it is about and says what the plan expects instead.
        Assert.Equal(
        [
            "submission six-monthly/phuong-z/2019-H1: phuong-z submitted \"six-monthly\", which only co-quan-don-vi, xa-a, xa-b, xa-c owe; it is not counted",
            "submission six-monthly/xa-a/2019-H1: xa-a submitted \"six-monthly\" for 2019-H1 more than once (2019-06-05T01:00:00Z, then 2019-06-12T01:00:00Z); only the first counts",
            "submission six-monthly/xa-a/2019-H2: xa-a submitted \"six-monthly\" for 2019-H2, but the obligation calls for reports for half periods in 2017-2020 (vision 2030); it is not counted",
            "submission six-monthly/xa-a/2021-H1: xa-a submitted \"six-monthly\" for 2021-H1 on 2019-06-05, before the period began on 2021-01-01, which cannot be; it is not counted",
        ], report.Problems.Where(p => p.Id != "GBV4103").Select(p => $"{p.Location.File}: {p.Message}").Order(StringComparer.Ordinal));
        Assert.StartsWith("xa-a submitted a report for \"six-montly\", which the plan does not have, so it is not counted", report.Problems.Single(p => p.Id == "GBV4103").Message, StringComparison.Ordinal);
        Assert.Equal(Timeliness.OnTime, report.Reports.Single(r => r.Unit == "xa-a" && r.Report.Period == FirstHalf2019).Status);

        // The same submissions in another order give the same answer.
        var reversed = TimelinessChecker.Check(Schedule, submissions.Reverse(), Local(7, 1, 0, 0), Units);
        Assert.Equal(report.Reports, reversed.Reports);
        Assert.Equal(report.Problems.Select(p => p.Message).Order(), reversed.Problems.Select(p => p.Message).Order());
    }

    [Fact]
    public void A_submission_received_after_the_moment_checked_does_not_count_yet()
    {
        var submissions = new[] { new Submission("six-monthly", "xa-a", FirstHalf2019, Local(6, 5, 8, 0)) };
        var before = TimelinessChecker.Check(Schedule, submissions, Local(6, 1, 0, 0), Units);
        Assert.Equal(Timeliness.NotYetDue, before.Reports.Single(r => r.Unit == "xa-a" && r.Report.Period == FirstHalf2019).Status);
    }
}
