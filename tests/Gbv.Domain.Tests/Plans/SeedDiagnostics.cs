using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Plans;

/// <summary>Validating the five seed plans gives exactly these diagnostics, each explained by the source.</summary>
public sealed class SeedDiagnostics
{
    public static TheoryData<string, string[]> Expected() => new()
    {
        // The monthly report and the union's consolidated report ("theo quy định") have no due day in the text.
        { "hoi-lhpn-long-bien-2023.plan.json", ["GBV2301 /reporting/0/due", "GBV2301 /reporting/3/due"] },
        // The labour office reports to the district and the province "theo quy định".
        // The national project the title carries out is named without number, date or issuer (issue 27).
        { "ubnd-dak-to-2017-2020.plan.json", ["GBV2265 /references/1/unknown", "GBV2301 /reporting/3/due", "GBV2301 /reporting/4/due"] },
        // Cut short after II.4.
        { "ubnd-can-tho-2024.plan.json", ["GBV2303 /completeness/note"] },
        // "năm 2022" for the launch, "vào ngày 16/12/2022" for the report, in a 2024 plan; and a report "theo quy định".
        { "ubnd-cam-tan-2024.plan.json", ["GBV2106 /tasks/21/year", "GBV2104 /reporting/0/due/date", "GBV2301 /reporting/1/due"] },
        // Cut short in II.4.
        { "ubnd-hai-duong-2020.plan.json", ["GBV2303 /completeness/note"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_seed_plan_gives_exactly_the_expected_diagnostics(string file, string[] expected)
    {
        var result = PlanLoader.LoadFile(TestFiles.SamplePlan(file));
        Assert.True(result.Success);
        Assert.Equal(expected, result.Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer}"));
    }

    [Fact]
    public void The_2022_deadline_in_the_2024_commune_plan_is_a_warning_that_names_the_date()
    {
        var result = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-cam-tan-2024.plan.json"));
        var deadline = result.Diagnostics.Single(d => d.Id == "GBV2104");
        Assert.Equal(DiagnosticSeverity.Warning, deadline.Severity);
        Assert.Contains("2022-12-16", deadline.Message, StringComparison.Ordinal);
        Assert.Contains("2024", deadline.Message, StringComparison.Ordinal);
        Assert.Contains("16/12/2022", deadline.GetMessage("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_five_seed_plans_one_per_seed_and_three_national_parents()
    {
        Assert.Equal(8, Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json").Length);
        Assert.Equal(5, TestFiles.Seeds.Count);
        Assert.Equal(5, Directory.GetFiles(TestFiles.Sources, "*.txt").Length);
        Assert.All(TestFiles.Seeds, s => Assert.True(File.Exists(s.Seed), s.Seed));
    }
}
