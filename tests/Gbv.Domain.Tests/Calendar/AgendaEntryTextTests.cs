using Gbv.Domain.Calendar;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Tests.Calendar;

/// <summary>
/// Every kind of agenda entry with its titles and detail, word for word, on a plan written to reach each branch: the
/// agenda is what a commune official puts on the wall, so a wrong day or a missing "before" in it is a wrong answer.
/// The expected lines are worked out by hand from the plan in tests/Shared/AgendaPlan.cs.
/// </summary>
public sealed class AgendaEntryTextTests
{
    private static readonly Plan Plan = AgendaPlan.Plan;

    private static readonly ReportingSchedule Schedule = AgendaPlan.Schedule;

    private static string Line(AgendaEntry e) =>
        $"{e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd} {e.Kind} {e.Key} | {e.Title.Vi} | {e.Title.En ?? "-"} | {e.Detail}";

    [Fact]
    public void Every_kind_of_entry_over_the_turn_of_the_year_word_for_word()
    {
        // December 2025 to January 2026. Sorted by first day, then kind (report, cut-off, milestone, campaign, day,
        // task), then key, then last day.
        Assert.Equal(
        [
            "2025-01-01..2025-12-31 Milestone mid-2025 | Sơ kết năm 2025 | Mid-term review, 2025 | in 2025, responsible: ubnd-xa",
            "2025-10-01..2025-12-31 Task t-quarterly | Giao ban quý | - | every quarter, at least 1 time(s) a quarter",
            "2025-12-01..2025-12-31 Campaign action-2025 | Tháng hành động 2025 | Action month 2025 | dates as the plan states them",
            "2025-12-01..2025-12-31 Task t-in-action | Phát thanh trong tháng | - | during action-2025",
            "2025-12-01..2025-12-31 Task t-monthly | Sinh hoạt hằng tháng | Monthly meeting | every month",
            "2025-12-01..2025-12-31 Task t-once | Hội thi năm 2025 | - | in 2025 during action-2025",
            // "vào ngày 05": the 5th itself is on time.
            "2025-12-05..2025-12-05 ReportDue monthly | Hạn nộp báo cáo tháng kỳ tháng 11/2025 | Monthly report for 2025-11 due | due on or before 2025-12-05: on time until the end of 2025-12-05; from hoi-lhpn-xa to ubnd-xa",
            "2025-12-10..2025-12-10 ObservanceDay rights-day | Ngày Quyền con người | - | date from the table of days (the plan names the day without a date)",
            // Decree 09/2019: the year's data run from 15 December of the year before to 14 December.
            "2025-12-14..2025-12-14 DataCutOff annual | Chốt số liệu báo cáo kỳ năm 2025 | Data cut-off for the 2025 report | data from 2024-12-15 to 2025-12-14",
            // "trước ngày 20/12": the 20th is late, so the last day on time is the 19th.
            "2025-12-19..2025-12-19 ReportDue annual | Hạn nộp báo cáo năm kỳ năm 2025 | Annual report for 2025 due | due before 2025-12-20: on time until the end of 2025-12-19; from hoi-lhpn-xa to ubnd-xa",
            // A window from 20 December to 10 January runs over the new year.
            "2025-12-20..2026-01-10 Campaign winter | Đợt truyền thông mùa đông | - | dates from the national calendar (the plan names the campaign without dates)",
            "2025-12-20..2026-01-10 Task t-annual | Truyền thông mùa đông | - | every year during winter, at least 2 time(s) a year",
            "2025-12-20..2026-01-10 Task t-in-campaign | Treo khẩu hiệu | - | during winter",
            "2025-12-21..2025-12-21 ReportDue six-monthly | Hạn nộp báo cáo 6 tháng kỳ 6 tháng cuối năm 2025 | Six-monthly report for 2025-H2 due | due before 2025-12-22: on time until the end of 2025-12-21; from hoi-lhpn-xa to ubnd-xa",
            "2026-01-01..2026-12-31 Milestone final-2026 | Tổng kết năm 2026 | Final review, 2026 | in 2026",
            "2026-01-01..2026-12-31 Milestone inspection-2026 | Kiểm tra năm 2026 | Inspection, 2026 | in 2026, responsible: cong-chuc-vhxh",
            "2026-01-01..2026-01-31 Task t-monthly | Sinh hoạt hằng tháng | Monthly meeting | every month",
            "2026-01-01..2026-12-31 Task t-once-2026 | Tập huấn năm 2026 | - | in 2026",
            "2026-01-01..2026-03-31 Task t-quarterly | Giao ban quý | - | every quarter, at least 1 time(s) a quarter",
            // December's report is due in January, after the period it covers.
            "2026-01-05..2026-01-05 ReportDue monthly | Hạn nộp báo cáo tháng kỳ tháng 12/2025 | Monthly report for 2025-12 due | due on or before 2026-01-05: on time until the end of 2026-01-05; from hoi-lhpn-xa to ubnd-xa",
            "2026-01-09..2026-01-09 ReportDue quarterly | Hạn nộp báo cáo quý kỳ quý 4/2025 | Quarterly report for 2025-Q4 due | due before 2026-01-10: on time until the end of 2026-01-09; from hoi-lhpn-xa, cong-chuc-vhxh to ubnd-xa through cong-chuc-vhxh",
            "2026-01-15..2026-01-15 ObservanceDay day-stated | Ngày hội | - | the plan names the day",
            "2026-01-20..2026-01-20 ReportDue once | Hạn nộp báo cáo kỳ năm 2026 | One-off report for 2026 due | due on or before 2026-01-20: on time until the end of 2026-01-20; from cong-chuc-vhxh to ubnd-xa",
        ], PlanAgenda.Between(Schedule, new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 31)).Select(Line));
    }

    [Fact]
    public void A_campaign_of_one_year_and_its_tasks_are_not_placed_in_another()
    {
        // In December 2026 the 2025 action month and what the plan puts in it do not come back; the winter campaign does.
        var keys = PlanAgenda.Between(Schedule, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31)).Select(e => $"{e.Kind} {e.Key}").ToList();
        Assert.DoesNotContain("Campaign action-2025", keys);
        Assert.DoesNotContain("Task t-in-action", keys);
        Assert.DoesNotContain("Task t-once", keys);
        Assert.Contains("Campaign winter", keys);
        Assert.Contains("Task t-in-campaign", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith("t-continuous", StringComparison.Ordinal));
    }

    [Fact]
    public void A_range_outside_the_plan_s_years_is_empty_and_a_missing_schedule_is_refused()
    {
        Assert.Empty(PlanAgenda.Between(Schedule, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        Assert.Empty(PlanAgenda.Between(Schedule, new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)));
        Assert.Throws<ArgumentNullException>(() => PlanAgenda.Between(null!, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
    }
}
