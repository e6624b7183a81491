using Gbv.Domain.Cli;

namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv targets</c> and <c>gbv calendar</c> on Đăk Tô's plan, with answers worked out from its text.</summary>
public sealed class PlanCommandsTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = GbvCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Targets_gives_the_least_count_for_each_target()
    {
        var (exit, output, _) = Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "37");
        Assert.Equal(0, exit);
        Assert.Contains("victims-supported (more than 90% by 2020): needs at least 34 of 37\n", output, StringComparison.Ordinal);
        Assert.Contains("perpetrators-counselled (more than 60% by 2020): needs at least 23 of 37\n", output, StringComparison.Ordinal);
        Assert.Contains("annual-training (at least 1 from 2017): needs at least 1\n", output, StringComparison.Ordinal);

        var vi = Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "37", "--lang", "vi").Out;
        Assert.Contains("victims-supported (trên 90% đến năm 2020): cần ít nhất 34 trên 37\n", vi, StringComparison.Ordinal);
        Assert.Equal(2, Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "0").Exit);
    }

    [Fact]
    public void Calendar_prints_the_agenda_and_writes_an_ics_file()
    {
        var ics = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.ics");
        try
        {
            var (exit, output, _) = Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-06-01", "--to", "2019-06-30", "--lang", "en", "--ics", ics);
            Assert.Equal(0, exit);
            Assert.Contains("2019-06-09  ReportDue  Six-monthly report for 2019-H1 due  (due before 2019-06-10: on time until the end of 2019-06-09;", output, StringComparison.Ordinal);
            Assert.Contains("2019-06-01..2019-06-30  Campaign", output, StringComparison.Ordinal);
            var calendar = Ical.Net.Calendar.Load(File.ReadAllText(ics))!;
            Assert.Equal(output.Split('\n').Count(l => l.StartsWith("2019-", StringComparison.Ordinal)), calendar.Events.Count);
            Assert.Equal(2, Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-07-01", "--to", "2019-06-01").Exit);
        }
        finally
        {
            File.Delete(ics);
        }
    }
}
