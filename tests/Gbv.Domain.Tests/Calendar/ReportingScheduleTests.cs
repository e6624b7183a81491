using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Calendar;

/// <summary>Deadlines from the seed plans' words, worked out by hand, and the laws of periods and timeliness.</summary>
public sealed class ReportingScheduleTests
{
    private static readonly Plan DakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
    private static readonly Plan LongBien = PlanLoader.LoadFile(TestFiles.SamplePlan("hoi-lhpn-long-bien-2023.plan.json")).Plan!;

    private static Instant Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).ToInstant();

    [Fact]
    public void Dak_To_reports_before_10_June_and_before_20_November_every_year()
    {
        var reports = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam).Reports(2019, 2019);
        // "định kỳ 6 tháng (trước ngày 10/6), một năm (trước ngày 20/11 hàng năm)"; ad hoc and unstated reports have no deadline.
        Assert.Equal(
            ["six-monthly 2019-H1 stated 2019-06-10 last 2019-06-09 data 2019-01-01..2019-06-30", "annual 2019 stated 2019-11-20 last 2019-11-19 data 2019-01-01..2019-12-31"],
            reports.Select(r => $"{r.Obligation.Key} {r.Period} stated {r.StatedDay:yyyy-MM-dd} last {r.LastOnTimeDay:yyyy-MM-dd} data {r.DataStart:yyyy-MM-dd}..{r.DataEnd:yyyy-MM-dd}"));
        // The deadline is the start of 10 June in Vietnam: 17:00 UTC on 9 June.
        Assert.Equal(Instant.FromUtc(2019, 6, 9, 17, 0), reports[0].Deadline);
    }

    [Fact]
    public void Long_Bien_s_reports_are_due_before_30_May_and_30_November_2023_and_the_monthly_one_has_no_stated_day()
    {
        var reports = ReportingSchedule.For(LongBien, WorkingCalendar.Vietnam).Reports(2020, 2030);
        Assert.Equal(["ward-six-monthly 2023-H1 2023-05-29", "ward-annual 2023 2023-11-29"], reports.Select(r => $"{r.Obligation.Key} {r.Period} {r.LastOnTimeDay:yyyy-MM-dd}"));
    }

    [Fact]
    public void A_submission_at_23_30_on_the_last_allowed_day_is_on_time_and_half_past_midnight_is_a_day_late()
    {
        var report = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam).Find("six-monthly", new ReportingPeriod(PeriodKind.Half, 2019, 1))!;
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var asOf = Local(2019, 7, 1, 0, 0);
        Assert.Equal(Timeliness.OnTime, TimelinessChecker.Expected(report, "xa", Local(2019, 6, 9, 23, 30), asOf, zone).Status);
        var late = TimelinessChecker.Expected(report, "xa", Local(2019, 6, 10, 0, 30), asOf, zone);
        Assert.Equal((Timeliness.Late, 1), (late.Status, late.DaysLate));
        Assert.Equal("xa: six-monthly 2019-H1 due 2019-06-10 (on time until the end of 2019-06-09): late by 1 day(s). Source: «" + report.Obligation.Source + "»", late.Explain("en"));
        Assert.StartsWith("xa: báo cáo 6 tháng, kỳ 6 tháng đầu năm 2019, hạn 10/06/2019 (đúng hạn đến hết ngày 09/06/2019): trễ 1 ngày.", late.Explain("vi"), StringComparison.Ordinal);
        Assert.Equal(Timeliness.Missing, TimelinessChecker.Expected(report, "xa", null, asOf, zone).Status);
        Assert.Equal(Timeliness.NotYetDue, TimelinessChecker.Expected(report, "xa", null, Local(2019, 6, 9, 23, 59), zone).Status);
    }

    /// <summary>Each status of an expected report, explained in both languages.</summary>
    [Theory]
    [InlineData(Timeliness.OnTime, 0, "on time", "đúng hạn")]
    [InlineData(Timeliness.Late, 4, "late by 4 day(s)", "trễ 4 ngày")]
    [InlineData(Timeliness.Missing, 0, "missing", "chưa nộp")]
    [InlineData(Timeliness.NotYetDue, 0, "not yet due", "chưa đến hạn")]
    public void Every_status_is_explained_in_both_languages(Timeliness status, int daysLate, string english, string vietnamese)
    {
        var report = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam).Find("annual", new ReportingPeriod(PeriodKind.Year, 2019, 1))!;
        var expected = new ExpectedReport(report, "ubnd-xa", status, null, daysLate);
        Assert.Equal($"ubnd-xa: annual 2019 due 2019-11-20 (on time until the end of 2019-11-19): {english}. Source: «{report.Obligation.Source}»", expected.Explain("en"));
        Assert.Equal($"ubnd-xa: báo cáo năm, kỳ năm 2019, hạn 20/11/2019 (đúng hạn đến hết ngày 19/11/2019): {vietnamese}. Nguồn: «{report.Obligation.Source}»", expected.Explain("VI"));
    }

    private static Plan Monthly(string due, string extra = "") => PlanLoader.Load($$"""
        {
          "format": "gbv-plan/1", "id": "monthly", "title": { "vi": "Thử: báo cáo tháng" },
          "document": { "issuer": "ubnd" }, "level": "commune", "period": { "from": 2024, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" }, { "id": "thon", "name": { "vi": "Các thôn" }, "kind": "other" } ],
          "reporting": [ { "key": "monthly", "frequency": "monthly", "due": {{due}}, {{extra}}
            "reporters": ["thon"], "recipient": "ubnd", "source": "báo cáo hằng tháng" } ]
        }
        """).Plan!;

    [Fact]
    public void A_monthly_report_is_due_in_the_month_after_and_a_day_past_the_month_s_end_falls_on_its_last_day()
    {
        var reports = ReportingSchedule.For(Monthly("""{ "rule": "on-or-before", "dayOfMonth": 30 }"""), WorkingCalendar.Vietnam).Reports(2024, 2024);
        Assert.Equal(12, reports.Length);
        // January 2024's report is due on 30 February, which is 29 February in a leap year; December's in January 2025.
        Assert.Equal(new LocalDate(2024, 2, 29), reports[0].LastOnTimeDay);
        Assert.Equal(new LocalDate(2025, 1, 30), reports[^1].LastOnTimeDay);
    }

    [Fact]
    public void A_deadline_moves_off_a_day_off_only_when_the_plan_says_so()
    {
        // The report for June 2024 is due before 7 July 2024, a Sunday: the last on-time day is Saturday 6 July.
        var stays = ReportingSchedule.For(Monthly("""{ "rule": "before", "dayOfMonth": 7 }"""), WorkingCalendar.Vietnam).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 6))!;
        Assert.Equal(new LocalDate(2024, 7, 6), stays.LastOnTimeDay);
        var back = ReportingSchedule.For(Monthly("""{ "rule": "before", "dayOfMonth": 7, "roll": "previous-working-day" }"""), WorkingCalendar.Vietnam).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 6))!;
        Assert.Equal(new LocalDate(2024, 7, 5), back.LastOnTimeDay);
        var on = ReportingSchedule.For(Monthly("""{ "rule": "before", "dayOfMonth": 7, "roll": "next-working-day" }"""), WorkingCalendar.Vietnam).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 6))!;
        Assert.Equal(new LocalDate(2024, 7, 8), on.LastOnTimeDay);

        // The April 2024 report, on or before 1 May (Labour Day, a holiday), rolls on to Thursday 2 May; lunar holidays come as data.
        var holiday = ReportingSchedule.For(Monthly("""{ "rule": "on-or-before", "dayOfMonth": 1, "roll": "next-working-day" }"""), WorkingCalendar.Vietnam).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 4))!;
        Assert.Equal(new LocalDate(2024, 5, 2), holiday.LastOnTimeDay);
        var tet = WorkingCalendar.Vietnam.WithHolidays(Enumerable.Range(8, 7).Select(d => new LocalDate(2024, 2, d)));
        var january = ReportingSchedule.For(Monthly("""{ "rule": "on-or-before", "dayOfMonth": 10, "roll": "next-working-day" }"""), tet).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 1))!;
        Assert.Equal(new LocalDate(2024, 2, 15), january.LastOnTimeDay);
    }

    [Fact]
    public void A_report_due_before_29_February_is_due_before_28_February_in_a_common_year()
    {
        var plan = PlanLoader.Load(PlanDefinitionWriter.Write(Monthly("""{ "rule": "before", "dayOfMonth": 1 }"""))
            .Replace("\"frequency\": \"monthly\"", "\"frequency\": \"annual\"", StringComparison.Ordinal)
            .Replace("\"dayOfMonth\": 1", "\"date\": \"02-29\"", StringComparison.Ordinal)).Plan!;
        var schedule = ReportingSchedule.For(plan, WorkingCalendar.Vietnam);
        Assert.Equal(new LocalDate(2024, 2, 28), schedule.Find("monthly", new ReportingPeriod(PeriodKind.Year, 2024, 1))!.LastOnTimeDay);
        Assert.Equal(new LocalDate(2025, 2, 27), schedule.Find("monthly", new ReportingPeriod(PeriodKind.Year, 2025, 1))!.LastOnTimeDay);
    }

    [Fact]
    public void Decree_09_windows_run_from_the_15th_before_to_the_14th()
    {
        var plan = Monthly("""{ "rule": "before", "dayOfMonth": 20 }""", "\"cutOff\": { \"preset\": \"decree-09-2019\" },");
        var march = ReportingSchedule.For(plan, WorkingCalendar.Vietnam).Find("monthly", new ReportingPeriod(PeriodKind.Month, 2024, 3))!;
        Assert.Equal((new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)), (march.DataStart, march.DataEnd));
        Assert.Equal((new LocalDate(2023, 12, 15), new LocalDate(2024, 6, 14)), Decree09CutOff.Instance.Window(new ReportingPeriod(PeriodKind.Half, 2024, 1)));
        Assert.Equal((new LocalDate(2024, 6, 15), new LocalDate(2024, 12, 14)), Decree09CutOff.Instance.Window(new ReportingPeriod(PeriodKind.Half, 2024, 2)));
        Assert.Equal((new LocalDate(2024, 3, 15), new LocalDate(2024, 6, 14)), Decree09CutOff.Instance.Window(new ReportingPeriod(PeriodKind.Quarter, 2024, 2)));
        Assert.Equal((new LocalDate(2023, 12, 15), new LocalDate(2024, 12, 14)), Decree09CutOff.Instance.Window(new ReportingPeriod(PeriodKind.Year, 2024, 1)));
        Assert.Equal(plan, PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan);
    }

    [Theory]
    [InlineData("2020", PeriodKind.Year, 1)]
    [InlineData("2020-H2", PeriodKind.Half, 2)]
    [InlineData("2020-Q3", PeriodKind.Quarter, 3)]
    [InlineData("2020-07", PeriodKind.Month, 7)]
    public void Periods_read_and_print_the_same(string text, PeriodKind kind, int index)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal((kind, 2020, index), (period.Kind, period.Year, period.Index));
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2020-H3")]
    [InlineData("2020-Q0")]
    [InlineData("2020-13")]
    [InlineData("2020-7")]
    [InlineData("0000")]
    public void Other_period_labels_do_not_read(string text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    /// <summary>The periods of one kind cover a year day by day, without gaps or overlaps.</summary>
    [Property(MaxTest = 200)]
    public Property Periods_of_one_kind_partition_a_year() =>
        Prop.ForAll(Gen.Choose(1990, 2100).ToArbitrary(), Gen.Elements(Enum.GetValues<PeriodKind>()).ToArbitrary(), (year, kind) =>
        {
            var periods = ReportingPeriod.InYear(kind, year).ToList();
            Assert.Equal(new LocalDate(year, 1, 1), periods[0].Start);
            Assert.Equal(new LocalDate(year, 12, 31), periods[^1].End);
            Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End.PlusDays(1), pair.Second.Start));
            Assert.All(periods, p => Assert.Equal(p, ReportingPeriod.Containing(kind, p.Start)));
            Assert.All(periods, p => Assert.Equal(p, ReportingPeriod.Containing(kind, p.End)));
        });

    /// <summary>Submitting earlier is never worse: the status and the days late only improve.</summary>
    [Property(MaxTest = 300)]
    public Property Timeliness_is_monotone_in_the_submission_time() =>
        Prop.ForAll(Gen.Choose(0, 400 * 24).ToArbitrary(), Gen.Choose(0, 400 * 24).ToArbitrary(), Gen.Choose(0, 400 * 24).ToArbitrary(), (a, b, c) =>
        {
            var report = ReportingSchedule.For(DakTo, WorkingCalendar.Vietnam).Find("six-monthly", new ReportingPeriod(PeriodKind.Half, 2019, 1))!;
            var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
            var start = Instant.FromUtc(2019, 1, 1, 0, 0);
            var (early, later) = a <= b ? (start + Duration.FromHours(a), start + Duration.FromHours(b)) : (start + Duration.FromHours(b), start + Duration.FromHours(a));
            var asOf = start + Duration.FromHours(c);
            var x = TimelinessChecker.Expected(report, "u", early, asOf, zone);
            var y = TimelinessChecker.Expected(report, "u", later, asOf, zone);
            static int Rank(ExpectedReport r) => r.Status switch { Timeliness.OnTime => 0, Timeliness.NotYetDue => 1, Timeliness.Late => 2 + r.DaysLate, _ => int.MaxValue };
            Assert.True(Rank(x) <= Rank(y), $"{x.Status}/{x.DaysLate} at {early} is worse than {y.Status}/{y.DaysLate} at {later}");
        });
}
