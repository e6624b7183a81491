using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A case sent twice is counted once and named by where it is; an <c>implements</c> link that points nowhere is a
/// validation error; a conformance expectation that compared nothing fails. Worked on the An Lạc district plan.
/// </summary>
public sealed class RepeatsAndLinksTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-repeats-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string PlanPath => PlanAreaPlan.Path;

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

    private const string Parent = PlanAreaPlan.Parent;

    private static string Child(string implements, bool referenced) => PlanAreaPlan.Child(implements, referenced);

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

        // gbv validate says so too (tests/Gbv.Domain.Cli.Tests, Untuned/EvaluateRepeatsAndLinksTests).
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
