using Gbv.Domain.Tests.Definitions;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary>The report <c>gbv evaluate --format json</c> writes is one the shipped report schema accepts (the schemas themselves: the core's ShippedSchemaTests).</summary>
public sealed class ReportSchemaTests
{
    [Fact]
    public void The_readme_main_job_writes_a_report_the_report_schema_accepts()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to");
        var (exit, output, errors) = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31",
            "--reported", Path.Combine(data, "reported.csv"), "--submissions", Path.Combine(data, "submissions.csv"),
            "--completions", Path.Combine(data, "completions.csv"), "--units", Path.Combine(data, "units.csv"),
            "--cases", Path.Combine(data, "cases.csv"), "--format", "json");
        Assert.True(exit == 0, errors);
        Assert.Equal([], SchemaFiles.Errors(SchemaFiles.Report, output));
    }
}
