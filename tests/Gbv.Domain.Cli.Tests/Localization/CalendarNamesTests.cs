using Gbv.Domain.Calendar;
using Gbv.Domain.ICalendar;
using Gbv.Domain.Tests.Cascade;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Cli.Localization;

/// <summary>
/// The calendar names agencies as the plan names them in Vietnamese: a task's roles inherited from the plan, a
/// review's responsible agency, in the agenda text and in the iCalendar file's descriptions; English keeps the ids.
/// </summary>
public sealed class CalendarNamesTests
{
    private static readonly Gbv.Domain.Plans.Plan Plan = TestFiles.LoadPlan(CascadePlans.Plan(extra: """
        "roles": { "lead": "hoi-lhpn", "coordinators": ["cong-an"], "source": "Hội LHPN xã chủ trì, phối hợp với Công an xã" },
        "tasks": [ { "id": "inherits", "title": { "vi": "Truyền thông" }, "recurrence": "annual", "source": "Truyền thông hàng năm" } ],
        """));

    private static AgendaEntry[] Agenda() =>
        [.. PlanAgenda.Between(ReportingSchedule.For(Plan, WorkingCalendar.Vietnam), new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))];

    [Fact]
    public void Inherited_roles_name_the_agencies_in_vietnamese_and_keep_the_ids_in_english()
    {
        var task = Agenda().Single(e => e.Key == "inherits");
        Assert.Equal("hằng năm; chủ trì: Hội LHPN xã; phối hợp: Công an xã (theo phân công chung của kế hoạch: nhiệm vụ không tự ghi đơn vị)", task.DetailIn("vi"));
        Assert.Equal("every year; lead: hoi-lhpn; coordinating: cong-an (inherited from the plan: the task names no roles of its own)", task.DetailIn("en"));
    }

    [Fact]
    public void The_icalendar_file_in_vietnamese_describes_in_vietnamese_and_the_english_one_is_unchanged()
    {
        var stamp = Instant.FromUtc(2024, 1, 1, 0, 0);
        var vi = Unfold(ICalendarExport.Write(Plan.Id, Agenda(), stamp, "vi-VN"));
        Assert.Contains(@"DESCRIPTION:hằng năm\; chủ trì: Hội LHPN xã\; phối hợp: Công an xã (theo phân công chung của kế hoạch: nhiệm vụ không tự ghi đơn vị)\n\n«Truyền thông hàng năm»", vi, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:nhiệm vụ", vi, StringComparison.Ordinal);
        Assert.All(vi.Split('\n').Where(l => !l.StartsWith("UID:", StringComparison.Ordinal)), l => Assert.DoesNotContain("hoi-lhpn", l, StringComparison.Ordinal));

        var en = ICalendarExport.Write(Plan.Id, Agenda(), stamp);
        Assert.Equal(en, ICalendarExport.Write(Plan.Id, Agenda(), stamp, "en"));
        Assert.Contains(@"lead: hoi-lhpn\; coordinating: cong-an", Unfold(en), StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:Task", en, StringComparison.Ordinal);
    }

    // RFC 5545 folds long lines at 75 octets with CRLF and a space.
    private static string Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
}
