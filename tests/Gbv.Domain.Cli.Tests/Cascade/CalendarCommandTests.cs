using Gbv.Domain.Tests.Cascade;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Cascade;

/// <summary><c>gbv calendar</c> on the parts issue 27 added: a task in two campaigns, a first year not stated.</summary>
public sealed class CalendarCommandTests
{
    [Fact]
    public void Dak_To_s_first_activity_is_in_the_june_and_the_november_action_months()
    {
        var (exit, output, _) = Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-01-01", "--to", "2019-12-31", "--lang", "en");
        Assert.Equal(0, exit);
        var lines = output.Split('\n').Where(l => l.Contains("Activity 1: communication campaign", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("2019-06-01..2019-06-30  Task", lines[0], StringComparison.Ordinal);
        Assert.Contains("every year during action-month-dv", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2019-11-15..2019-12-15  Task", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_whose_first_year_is_not_stated_says_so_before_its_calendar()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-unknown-from-");
        try
        {
            var file = Path.Combine(folder.FullName, "t.plan.json");
            File.WriteAllText(file, CascadePlans.Plan(period: "\"to\": 2025, \"unknown\": [\"from\"]"));
            var (exit, output, _) = Run("calendar", file, "--from", "2024-01-01", "--to", "2024-12-31", "--lang", "en");
            Assert.Equal(0, exit);
            Assert.StartsWith("The plan does not state its first year (?-2025): the calendar starts with the range asked for.", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
