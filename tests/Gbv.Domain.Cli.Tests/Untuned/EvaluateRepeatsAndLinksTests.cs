using System.Text.Json;
using Gbv.Domain.Tests.Cli;
using Gbv.Domain.Tests.Untuned;

namespace Gbv.Domain.Tests.Cli.Untuned;

/// <summary>
/// The core's RepeatsAndLinksTests from the command line: a case sent twice in a file is counted once and named by
/// its line; <c>gbv validate</c> refuses an <c>implements</c> link to a plan it does not reference.
/// </summary>
public sealed class EvaluateRepeatsAndLinksTests : IDisposable
{
    private const string Header = "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-repeats-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string PlanPath => PlanAreaPlan.Path;

    private (int Exit, JsonElement Report, string Err) Evaluate(string casesFile)
    {
        var (exit, output, err) = GbvTool.Run("evaluate", PlanPath, "--as-of", "2025-12-31", "--cases", casesFile, "--format", "json", "--lang", "en");
        return (exit, JsonDocument.Parse(output).RootElement.Clone(), err);
    }

    [Fact]
    public void A_case_id_twice_in_a_CSV_file_is_counted_once_and_located()
    {
        var cases = Path.Combine(_folder.FullName, "cases.csv");
        File.WriteAllLines(cases, [
            Header,
            "c-1,xa-1,30,female,physical,physical-assault,false,true,low,true,,2025-03-01T08:00:00+07:00",
            "c-2,xa-1,25,female,psychological,psychological-abuse,false,true,low,true,,2025-04-01T08:00:00+07:00",
            "c-1,xa-1,30,female,physical,physical-assault,false,true,low,true,,2025-03-01T08:00:00+07:00",
        ]);
        var (exit, report, err) = Evaluate(cases);
        Assert.Equal(1, exit);
        Assert.Equal(2, report.GetProperty("cases").GetProperty("read").GetInt32());
        Assert.Contains($"{cases}(4,1): error GBV4013: This case has the same case id as the case on line 2; a case is counted once: this record is not counted (nor in the referral summary)", err, StringComparison.Ordinal);
        // The id may be traced to a person: it is never quoted.
        Assert.DoesNotContain("c-1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_id_twice_in_JSON_Lines_is_counted_once_and_located()
    {
        var cases = Path.Combine(_folder.FullName, "cases.jsonl");
        File.WriteAllLines(cases, [
            """{ "caseId": "k-7", "unit": "xa-2", "domestic": true, "reportedAt": "2025-05-01T08:00:00+07:00" }""",
            """{ "caseId": "k-8", "unit": "xa-2", "domestic": true, "reportedAt": "2025-05-02T08:00:00+07:00" }""",
            "",
            """{ "caseId": "k-7", "unit": "xa-3", "domestic": true, "reportedAt": "2025-05-03T08:00:00+07:00" }""",
            """{ "unit": "xa-3", "domestic": true, "reportedAt": "2025-05-03T08:00:00+07:00" }""",
            """{ "unit": "xa-3", "domestic": true, "reportedAt": "2025-05-04T08:00:00+07:00" }""",
            """{ "caseId": 42, "unit": "xa-3", "domestic": true, "reportedAt": "2025-05-05T08:00:00+07:00" }""",
            """{ "caseId": 42, "unit": "xa-3", "domestic": true, "reportedAt": "2025-05-06T08:00:00+07:00" }""",
        ]);
        var (exit, report, err) = Evaluate(cases);
        Assert.Equal(1, exit);
        // k-7, k-8, the two cases without an id (no id is never a repeat) and the first 42: 5 of 7 records.
        Assert.Equal(5, report.GetProperty("cases").GetProperty("read").GetInt32());
        Assert.Contains($"{cases}(4,1): error GBV4013: This case has the same case id as the case on line 1;", err, StringComparison.Ordinal);
        Assert.Contains($"{cases}(8,1): error GBV4013: This case has the same case id as the case on line 7;", err, StringComparison.Ordinal);
        Assert.Equal(2, err.Split('\n').Count(l => l.Contains("GBV4013", StringComparison.Ordinal)));
    }

    [Fact]
    public void Gbv_validate_refuses_an_implemented_plan_missing_from_the_references_and_exits_1()
    {
        var child = Path.Combine(_folder.FullName, "child.plan.json");
        File.WriteAllText(child, PlanAreaPlan.Child("ubnd-tinh-2021-2025#supported", referenced: false));
        var (exit, output, _) = GbvTool.Run("validate", child, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error GBV2222", output, StringComparison.Ordinal);
    }
}
