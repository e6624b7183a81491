using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Scenarios;
using Gbv.Domain.Tests.Cli;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A case sent twice is counted once and named by where it is; an <c>implements</c> link that points nowhere is a
/// validation error; a conformance expectation that compared nothing fails. Worked on the An Lạc district plan.
/// </summary>
public sealed class RepeatsAndLinksTests : IDisposable
{
    private const string Header = "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-repeats-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string PlanPath => Path.Combine(AppContext.BaseDirectory, "Untuned", PlanAreaAndPeopleTests.File);

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
    public void Two_scenario_cases_with_one_id_are_a_located_problem_and_the_scenario_does_not_run()
    {
        File.Copy(PlanPath, Path.Combine(_folder.FullName, PlanAreaAndPeopleTests.File));
        var file = Path.Combine(_folder.FullName, "ubnd-huyen-an-lac-2025.plan.tests.json");
        File.WriteAllText(file, """
            { "format": "gbv-tests/1", "scenarios": [ { "name": "twice", "asOf": "2025-12-31",
              "cases": [
                { "id": "c-1", "unit": "xa-1", "reportedAt": "2025-03-01T08:00:00+07:00" },
                { "id": "c-2", "unit": "xa-1", "reportedAt": "2025-03-01T08:00:00+07:00" },
                { "id": "c-1", "unit": "xa-1", "reportedAt": "2025-03-01T08:00:00+07:00" } ],
              "expect": { "indicators": [ { "key": "cases-supported", "status": "NoData" } ] } } ] }
            """);
        var run = ScenarioRunner.RunFile(file);
        Assert.Empty(run.Checks);
        var problem = Assert.Single(run.Problems);
        Assert.Equal("GBV4013", problem.Id);
        Assert.Equal(("/scenarios/0/cases/2/id", 5), (problem.Location.Pointer, problem.Location.Line));
        Assert.Contains("the case at /scenarios/0/cases/0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_set_of_case_ids_names_the_first_record_and_ignores_empty_ids()
    {
        var ids = new CaseIdSet();
        Assert.True(ids.TryAdd("a", 1, out _));
        Assert.True(ids.TryAdd("b", 2, out _));
        Assert.True(ids.TryAdd("", 3, out _));
        Assert.True(ids.TryAdd("", 4, out _));
        Assert.False(ids.TryAdd("a", 5, out var first));
        Assert.Equal(1, first);
        Assert.False(ids.TryAdd("a", 6, out first));
        Assert.Equal(1, first);
        // "ab" and "ba", or ids differing only in length, are different ids.
        Assert.True(ids.TryAdd("ab", 7, out _));
        Assert.True(ids.TryAdd("ba", 8, out _));
        Assert.True(ids.TryAdd("a\0", 9, out _));
        Assert.Equal(5, ids.Count);
    }

    private const string Parent = """
        { "format": "gbv-plan/1", "id": "ubnd-tinh-2021-2025", "title": { "vi": "Kế hoạch của tỉnh (thử)" },
          "document": { "issuer": "ubnd-tinh" }, "level": "province", "period": { "from": 2021, "to": 2025 },
          "agencies": [ { "id": "ubnd-tinh", "name": { "vi": "UBND tỉnh" }, "kind": "peoples-committee" } ],
          "dataElements": [ { "key": "n", "name": { "vi": "n" } }, { "key": "d", "name": { "vi": "d" } } ],
          "indicators": [ { "key": "supported", "title": { "vi": "Được hỗ trợ" }, "source": "ít nhất 70% được hỗ trợ",
            "metric": { "reported": { "numerator": "n", "denominator": "d" } },
            "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 70 }, "phrase": "ít nhất 70%" } ] } ] }
        """;

    private static string Child(string implements, bool referenced) => PlanAreaAndPeopleTests.Json
        .Replace("\"key\": \"cases-supported\",", $"\"key\": \"cases-supported\", \"implements\": \"{implements}\",", StringComparison.Ordinal)
        .Replace("\"level\": \"district\",\n", referenced
            ? "\"level\": \"district\",\n  \"references\": [ { \"id\": \"kh-tinh\", \"relation\": \"implements\", \"kind\": \"plan\", \"number\": \"30/KH-UBND\", \"plan\": \"ubnd-tinh-2021-2025\", \"source\": \"Thực hiện Kế hoạch số 30/KH-UBND của UBND tỉnh\" } ],\n"
            : "\"level\": \"district\",\n", StringComparison.Ordinal);

    private static List<Diagnostic> Links(string child, string? parent)
    {
        List<LoadResult> loaded = [PlanLoader.Load(child, "child.plan.json")];
        if (parent is not null)
        {
            loaded.Add(PlanLoader.Load(parent, "parent.plan.json"));
        }

        Assert.All(loaded, l => Assert.NotNull(l.Plan));
        return [.. PlanSetValidator.Validate(loaded).Where(d => d.Id is "GBV2221" or "GBV2222")];
    }

    [Fact]
    public void Validate_with_the_parent_loaded_checks_each_implements_key()
    {
        // The link and the reference are right: nothing to say.
        Assert.Empty(Links(Child("ubnd-tinh-2021-2025#supported", referenced: true), Parent));

        var wrong = Assert.Single(Links(Child("ubnd-tinh-2021-2025#suported", referenced: true), Parent));
        Assert.Equal(("GBV2221", DiagnosticSeverity.Error, "child.plan.json"), (wrong.Id, wrong.Severity, wrong.Location.File));
        Assert.Equal("/indicators/0/implements", wrong.Location.Pointer);
        Assert.True(wrong.Location.Line > 0);
        Assert.Equal("The indicator \"cases-supported\" implements \"ubnd-tinh-2021-2025#suported\", but the plan \"ubnd-tinh-2021-2025\" has no indicator \"suported\": nothing could be compared; did you mean \"supported\"?", wrong.Message);
        Assert.StartsWith("Chỉ tiêu \"cases-supported\" thực hiện \"ubnd-tinh-2021-2025#suported\", nhưng kế hoạch \"ubnd-tinh-2021-2025\" không có chỉ tiêu \"suported\"", wrong.GetMessage("vi"), StringComparison.Ordinal);

        // Without the parent loaded the key cannot be checked, but the reference can.
        Assert.Empty(Links(Child("ubnd-tinh-2021-2025#suported", referenced: true), null));
    }

    [Fact]
    public void An_implemented_plan_missing_from_the_references_is_an_error_with_or_without_the_parent()
    {
        foreach (var parent in new[] { Parent, null })
        {
            var missing = Assert.Single(Links(Child("ubnd-tinh-2021-2025#supported", referenced: false), parent));
            Assert.Equal(("GBV2222", DiagnosticSeverity.Error, "/indicators/0/implements"), (missing.Id, missing.Severity, missing.Location.Pointer));
            Assert.StartsWith("The indicator \"cases-supported\" implements an indicator of \"ubnd-tinh-2021-2025\", but no reference of this plan names the plan \"ubnd-tinh-2021-2025\"", missing.Message, StringComparison.Ordinal);
        }

        // gbv validate says so too, and exits 1.
        var child = Path.Combine(_folder.FullName, "child.plan.json");
        File.WriteAllText(child, Child("ubnd-tinh-2021-2025#supported", referenced: false));
        var (exit, output, _) = GbvTool.Run("validate", child, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error GBV2222", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_conformance_expectation_that_compared_nothing_fails_whatever_it_expects()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "parent.plan.json"), Parent);
        File.WriteAllText(Path.Combine(_folder.FullName, PlanAreaAndPeopleTests.File), Child("ubnd-tinh-2021-2025#suported", referenced: true).Replace("\"key\": \"hotline-known\",", "\"key\": \"hotline-known\", \"implements\": \"ubnd-tinh-2021-2025#supported\",", StringComparison.Ordinal));
        var file = Path.Combine(_folder.FullName, "ubnd-huyen-an-lac-2025.plan.tests.json");
        File.WriteAllText(file, """
            { "format": "gbv-tests/1", "scenarios": [ { "name": "links", "asOf": "2025-12-31",
              "expect": { "conformance": [
                { "parent": "parent.plan.json", "indicator": "cases-supported", "verdict": "NotComparable" },
                { "parent": "parent.plan.json", "indicator": "addresses-open", "verdict": "no linked target" },
                { "parent": "parent.plan.json", "indicator": "hotline-known", "verdict": "NotComparable" } ] } } ] }
            """);
        var run = ScenarioRunner.RunFile(file);
        Assert.Empty(run.Problems);
        Assert.Equal(
            [
                (false, "nothing compared"), // a link to an indicator the parent does not have
                (false, "no linked target"), // no link: even "expecting" that cannot pass
                (false, "Looser"), // "more than 60%" against "at least 70%" was compared: the child is looser
            ],
            run.Checks.Select(c => (c.Passed, c.Actual)));
        Assert.Contains("which ubnd-tinh-2021-2025 does not have", run.Checks[0].Explanation, StringComparison.Ordinal);
    }
}
