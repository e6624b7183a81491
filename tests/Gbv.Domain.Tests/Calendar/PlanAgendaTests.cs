using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Plans;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Calendar;

/// <summary>The seed plans' calendars, pinned from the Vietnamese text (their iCalendar export: tests/Gbv.Domain.ICalendar.Tests).</summary>
public sealed class PlanAgendaTests
{
    private static Plan Seed(string name) => PlanLoader.LoadFile(TestFiles.SamplePlan(name)).Plan!;

    private static IEnumerable<string> Lines(Plan plan, LocalDate from, LocalDate to) =>
        PlanAgenda.Between(ReportingSchedule.For(plan, WorkingCalendar.Vietnam), from, to)
            .Select(e => $"{e.Start:MM-dd}..{e.End:MM-dd} {e.Kind} {e.Key}");

    [Fact]
    public void Dak_To_in_2019_without_its_yearly_tasks()
    {
        // Reports "trước ngày 10/6" and "trước ngày 20/11"; the action month on domestic violence (June), with the
        // messages the plan has mainstreamed into it, and the action month for gender equality and against GBV
        // (15/11-15/12); the communication campaign (activity 1) runs in both months, so it is listed in each; 25/11.
        // The mid-term review is in 2018 and the final one in 2020, so neither is in 2019.
        var lines = Lines(Seed("ubnd-dak-to-2017-2020.plan.json"), new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31))
            .Where(l => !l.Contains("01-01..12-31 Task", StringComparison.Ordinal));
        Assert.Equal(
        [
            "06-01..06-30 Campaign action-month-dv",
            "06-01..06-30 Task ii-1-1-communication-campaign",
            "06-01..06-30 Task iii-6-action-month-dv",
            "06-09..06-09 ReportDue six-monthly",
            "11-15..12-15 Campaign action-month-gbv",
            "11-15..12-15 Task ii-1-1-communication-campaign",
            "11-19..11-19 ReportDue annual",
            "11-25..11-25 ObservanceDay evaw-day",
        ], lines);
    }

    [Fact]
    public void Dak_To_s_reviews_fall_in_2018_and_2020()
    {
        var plan = Seed("ubnd-dak-to-2017-2020.plan.json");
        Assert.Contains("01-01..12-31 Milestone mid-term-review-2018", Lines(plan, new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)));
        Assert.Contains("01-01..12-31 Milestone final-review-2020", Lines(plan, new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)));
        Assert.DoesNotContain(Lines(plan, new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)), l => true);
    }

    [Fact]
    public void Long_Bien_in_2023()
    {
        var lines = Lines(Seed("hoi-lhpn-long-bien-2023.plan.json"), new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        Assert.Equal(
        [
            "01-01..12-31 Task v-1-annual-plan",
            "03-08..03-08 ObservanceDay womens-day",
            "03-20..03-20 ObservanceDay happiness-day",
            "05-29..05-29 ReportDue ward-six-monthly",
            "06-01..06-01 ObservanceDay childrens-day",
            "06-28..06-28 ObservanceDay family-day",
            "10-11..10-11 ObservanceDay girl-child-day",
            "10-20..10-20 ObservanceDay vietnamese-womens-day",
            "11-09..11-09 ObservanceDay law-day",
            "11-15..12-15 Campaign action-month-gbv",
            "11-15..12-15 Task iv-1-observance-events",
            "11-15..12-15 Task v-2-3-action-month",
            "11-15..12-15 Task v-2-4-ward-loudspeakers",
            "11-25..11-25 ObservanceDay evaw-day",
            "11-29..11-29 ReportDue ward-annual",
        ], lines);
    }

    [Fact]
    public void Cam_Tan_in_2024_puts_the_action_month_s_activities_in_its_window()
    {
        // The 2024 action month (15/11-15/12, dates from the national calendar) and the activities the plan assigns to it;
        // the commune plan and the village plans in 2024; the health station's yearly work. The launch ceremony is dated
        // 2022 and the report "vào ngày 16/12/2022" falls before the plan's period, so neither is placed.
        Assert.Equal(
        [
            "01-01..12-31 Task v-1-commune-plan",
            "01-01..12-31 Task v-11-village-plans",
            "01-01..12-31 Task v-4-health-station",
            "11-15..12-15 Campaign action-month-2024",
            "11-15..12-15 Task ii-2-action-month-2024",
            "11-15..12-15 Task v-10-radio-action-month",
            "11-15..12-15 Task v-11-village-outreach",
            "11-15..12-15 Task v-2-cultural-activities",
            "11-15..12-15 Task v-2-radio-direction",
            "11-15..12-15 Task v-7-fatherland-front",
            "11-15..12-15 Task v-9-trade-union",
        ], Lines(Seed("ubnd-cam-tan-2024.plan.json"), new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Can_Tho_s_surviving_text_dates_nothing_and_Hai_Duong_reviews_mid_term_in_2022()
    {
        // Cần Thơ's source is cut short before its dates; its tasks state no recurrence, year or campaign.
        Assert.Empty(Lines(Seed("ubnd-can-tho-2024.plan.json"), new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));

        // Hải Dương (from 2020, open-ended): yearly socio-economic plans and inspections, "sơ kết" in 2022.
        Assert.Equal(
            ["01-01..12-31 Milestone mid-term-review-2022", "01-01..12-31 Task ii-1-annual-inspection", "01-01..12-31 Task ii-1-socio-economic-plans"],
            Lines(Seed("ubnd-hai-duong-2020.plan.json"), new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)));
    }

    [Fact]
    public void A_deadline_entry_says_what_the_day_means_and_quotes_the_plan()
    {
        var entry = PlanAgenda.Between(ReportingSchedule.For(Seed("ubnd-dak-to-2017-2020.plan.json"), WorkingCalendar.Vietnam), new LocalDate(2019, 6, 1), new LocalDate(2019, 6, 30))
            .Single(e => e.Kind == AgendaKind.ReportDue);
        Assert.Equal("Hạn nộp báo cáo 6 tháng kỳ 6 tháng đầu năm 2019", entry.Title.Vi);
        Assert.Equal("due before 2019-06-10: on time until the end of 2019-06-09; from co-quan-don-vi, ubnd-xa to ubnd-dak-to through phong-ldtbxh", entry.Detail);
        Assert.Contains("trước ngày 10/6", entry.Source, StringComparison.Ordinal);
    }

    /// <summary>Every entry belongs to a year of the plan, the agenda is sorted and the same inputs give the same agenda.</summary>
    [Property(MaxTest = 40)]
    public Property Entries_lie_in_the_plan_s_years_in_order_and_deterministically() =>
        Prop.ForAll(Gen.Elements(Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json")).ToArbitrary(), Gen.Choose(2010, 2035).ToArbitrary(), Gen.Choose(0, 800).ToArbitrary(), (file, year, days) =>
        {
            var plan = PlanLoader.LoadFile(file).Plan!;
            var from = new LocalDate(year, 1, 1).PlusDays(days % 365);
            var to = from.PlusDays(days);
            var schedule = ReportingSchedule.For(plan, WorkingCalendar.Vietnam);
            var agenda = PlanAgenda.Between(schedule, from, to);
            Assert.Equal(agenda, PlanAgenda.Between(schedule, from, to));
            Assert.All(agenda, e => Assert.True(e.Start <= to && e.End >= from && e.Start <= e.End));
            Assert.All(agenda, e => Assert.True(plan.Period.Contains(e.Start.Year) || (e.Kind == AgendaKind.ReportDue && plan.Period.Contains(e.Start.Year - 1)),
                $"{e.Kind} {e.Key} on {e.Start} is outside {plan.Period}"));
            Assert.Equal(agenda.OrderBy(e => e.Start).ThenBy(e => e.Kind), agenda);
        });
}
