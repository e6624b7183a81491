namespace Gbv.Domain.Tests.Scenarios;

/// <summary>A scenario run is a value, as the core's reports are (the core's Evaluation/ReportEqualityTests).</summary>
public sealed class ScenarioRunEqualityTests
{
    [Fact]
    public void The_same_scenario_file_run_twice_gives_equal_runs()
    {
        var file = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json");
        var first = Gbv.Domain.Scenarios.ScenarioRunner.RunFile(file);
        Assert.NotEmpty(first.Checks);
        Assert.Equal(first, Gbv.Domain.Scenarios.ScenarioRunner.RunFile(file));
        Assert.NotEqual(first, first with { Checks = first.Checks.RemoveAt(0) });
    }
}
