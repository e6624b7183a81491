using Gbv.Domain.Agencies;
using Gbv.Domain.Calendar;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>Roles stated once for the whole plan, inherited by the tasks that name none, and said to be.</summary>
public sealed class PlanRolesTests
{
    private static readonly Gbv.Domain.Plans.Plan Plan = TestFiles.LoadPlan(CascadePlans.Plan(extra: """
        "roles": { "lead": "hoi-lhpn", "coordinators": ["cong-an"], "source": "Hội LHPN xã chủ trì, phối hợp với Công an xã" },
        "tasks": [
          { "id": "own", "title": { "vi": "Tập huấn" }, "lead": "ubnd", "recurrence": "annual", "source": "UBND xã tổ chức tập huấn hàng năm" },
          { "id": "inherits", "title": { "vi": "Truyền thông" }, "recurrence": "annual", "source": "Truyền thông hàng năm" }
        ],
        """));

    [Fact]
    public void A_task_that_names_no_roles_has_the_plan_s_and_says_they_are_inherited()
    {
        var roles = Plan.RolesOf(Plan.Tasks.Single(t => t.Id == "inherits"));
        Assert.Equal(("hoi-lhpn", true), (roles.Lead, roles.InheritedFromPlan));
        Assert.Equal(["cong-an"], roles.Coordinators);
        Assert.Equal("lead: hoi-lhpn; coordinating: cong-an (inherited from the plan: the task names no roles of its own)", roles.ExplanationEn);
        Assert.EndsWith("(theo phân công chung của kế hoạch: nhiệm vụ không tự ghi đơn vị)", roles.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_with_its_own_lead_keeps_it_and_inherits_no_coordinator()
    {
        var roles = Plan.RolesOf(Plan.Tasks.Single(t => t.Id == "own"));
        Assert.Equal(("ubnd", false), (roles.Lead, roles.InheritedFromPlan));
        Assert.Empty(roles.Coordinators);
    }

    [Fact]
    public void The_agencies_tasks_count_the_inherited_roles()
    {
        Assert.Equal([("inherits", TaskRole.Lead)], Plan.TasksOf("hoi-lhpn").Select(x => (x.Task.Id, x.Role)));
        Assert.Equal([("inherits", TaskRole.Coordinating)], Plan.TasksOf("cong-an").Select(x => (x.Task.Id, x.Role)));
        Assert.Equal([("own", TaskRole.Lead)], Plan.TasksOf("ubnd").Select(x => (x.Task.Id, x.Role)));
    }

    [Fact]
    public void The_agenda_says_which_roles_come_from_the_plan()
    {
        var tasks = PlanAgenda.Between(ReportingSchedule.For(Plan, WorkingCalendar.Vietnam), new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
            .Where(e => e.Kind == AgendaKind.Task).ToDictionary(e => e.Key, e => e.Detail);
        Assert.Equal("every year", tasks["own"]);
        Assert.Equal("every year; lead: hoi-lhpn; coordinating: cong-an (inherited from the plan: the task names no roles of its own)", tasks["inherits"]);
    }

    [Fact]
    public void Plan_wide_roles_name_agencies_of_the_plan()
    {
        var result = Gbv.Domain.Definitions.PlanLoader.Load(CascadePlans.Plan(extra: "\"roles\": { \"lead\": \"bo-ldtbxh\" },"));
        Assert.Equal(["GBV2002"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal("/roles/lead", result.Diagnostics[0].Location.Pointer);
    }
}
