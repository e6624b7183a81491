using System.Xml.Linq;
using Gbv.Domain.Scenarios;

using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv test</c> and the scenario runner: the seed plans' scenarios pass, and scenarios can fail.</summary>
public sealed class TestCommandTests
{
    [Fact]
    public void Every_seed_plan_has_scenarios_and_they_all_pass()
    {
        var (exit, output, _) = Run("test", TestFiles.SamplePlans, "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Equal(5, Directory.GetFiles(TestFiles.SamplePlans, "*.plan.tests.json").Length);
        Assert.Matches(@"\n(\d+) passed, 0 failed\n$", output);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
    }

    /// <summary>The mutation check: Đăk Tô's "trên 90%" changed to 80% must make a scenario fail, and say why.</summary>
    [Fact]
    public void Changing_a_seed_threshold_from_90_to_80_makes_a_scenario_fail()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-mutation-");
        try
        {
            var plan = File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"));
            var mutated = plan.Replace("{ \"comparison\": \"more-than\", \"value\": 90 }, \"phrase\": \"trên 90%\"", "{ \"comparison\": \"more-than\", \"value\": 80 }", StringComparison.Ordinal);
            Assert.NotEqual(plan, mutated);
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-dak-to-2017-2020.plan.json"), mutated);
            File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json"), Path.Combine(folder.FullName, "ubnd-dak-to-2017-2020.plan.tests.json"));
            File.Copy(TestFiles.SamplePlan("qd-1464-ttg-2016.plan.json"), Path.Combine(folder.FullName, "qd-1464-ttg-2016.plan.json"));

            var (exit, output, _) = Run("test", folder.FullName, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.Contains("FAIL ubnd-dak-to-2017-2020.plan.tests.json › 2020: 37 victims detected, 33 supported; 30 perpetrators, 19 counselled › indicator victims-supported (2020)", output, StringComparison.Ordinal);
            Assert.Contains("expected: status NotMet, value 89.2, minimum 34, shortfall 1", output, StringComparison.Ordinal);
            Assert.Contains("actual:   status Met, value 89.2, minimum 30, shortfall 0", output, StringComparison.Ordinal);
            Assert.Matches(@"\n\d+ passed, 1 failed\n$", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Junit_xml_lists_each_check_with_its_failure()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-junit-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.json"), TestFiles.CanThoUnlinked());
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.tests.json"), """
                { "format": "gbv-tests/1", "scenarios": [ { "name": "wrong on purpose", "asOf": "2024-12-31",
                  "reported": [ { "unit": "p", "year": 2024, "element": "gbv_victims", "value": 10 }, { "unit": "p", "year": 2024, "element": "victims_seeking_help", "value": 7 } ],
                  "expect": { "indicators": [ { "key": "victims-seek-help", "status": "NotMet" }, { "key": "victims-seek-help", "minimumCount": 7 } ] } } ] }
                """);
            var xml = Path.Combine(folder.FullName, "results.xml");
            var (exit, output, _) = Run("test", folder.FullName, "--format", "junit", "--out", xml, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.EndsWith("1 passed, 1 failed\n", output, StringComparison.Ordinal);
            var suites = XDocument.Load(xml).Root!;
            Assert.Equal(("2", "1"), ((string?)suites.Attribute("tests"), (string?)suites.Attribute("failures")));
            var failure = suites.Descendants("failure").Single();
            Assert.Equal("expected status NotMet; actual status Met, value 70, minimum 7, shortfall 0", (string?)failure.Attribute("message"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_scenario_file_is_a_located_failure_not_a_crash()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-scenario-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.json"), TestFiles.CanThoUnlinked());
            var file = Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.tests.json");
            File.WriteAllText(file, "{ \"format\": \"gbv-tests/1\",\n  \"scenarios\": [ { \"name\": \"x\", \"asOf\": \"2024-12-31\", \"expct\": {} } ] }");
            var run = ScenarioRunner.RunFile(file);
            var problem = Assert.Single(run.Problems);
            // The misspelt "expct" is named as the unknown property it is, at its line, in the format's words.
            Assert.Equal(("GBV1101", 2), (problem.Id, problem.Location.Line));
            Assert.DoesNotContain(".NET", problem.Message, StringComparison.Ordinal);
            Assert.Equal(1, run.Failed);

            File.WriteAllText(file, "{ \"format\": \"gbv-tests/1\", \"plan\": \"missing.plan.json\", \"scenarios\": [] }");
            Assert.Equal("GBV1000", Assert.Single(ScenarioRunner.RunFile(file).Problems).Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_scenario_can_expect_a_verdict_against_a_parent_plan()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-conformance-scenario-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "parent.plan.json"), TestFiles.CanThoParentPlan("at-least", 50, 2025));
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.json"), TestFiles.CanThoLinkedToParent());
            File.WriteAllText(Path.Combine(folder.FullName, "ubnd-can-tho-2024.plan.tests.json"), """
                { "format": "gbv-tests/1", "scenarios": [ { "name": "tối thiểu 70% against at least 50%", "asOf": "2024-12-31",
                  "expect": { "conformance": [ { "parent": "parent.plan.json", "indicator": "victims-seek-help", "verdict": "Conforms" },
                                               { "parent": "parent.plan.json", "indicator": "victims-seek-help", "verdict": "Looser" } ] } } ] }
                """);
            var (exit, output, _) = Run("test", folder.FullName, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.Contains("PASS ubnd-can-tho-2024.plan.tests.json › tối thiểu 70% against at least 50% › conformance of victims-seek-help with parent.plan.json", output, StringComparison.Ordinal);
            Assert.Contains("actual:   Conforms", output, StringComparison.Ordinal);
            Assert.EndsWith("1 passed, 1 failed\n", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Scenarios_can_give_cases_for_case_indicators()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-case-scenario-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "cases.plan.json"), """
                {
                  "format": "gbv-plan/1", "id": "cases", "title": { "vi": "Thử: chỉ tiêu trên hồ sơ" },
                  "document": { "issuer": "ubnd" }, "level": "district", "period": { "from": 2025, "to": 2025 },
                  "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
                  "indicators": [ { "key": "children-share", "title": { "vi": "Tỷ lệ trẻ em" }, "source": "thử",
                    "metric": { "cases": { "numerator": "age < 16" } },
                    "targets": [ { "by": 2025, "threshold": { "comparison": "at-most", "value": 30 } } ] } ]
                }
                """);
            File.WriteAllText(Path.Combine(folder.FullName, "cases.plan.tests.json"), """
                { "format": "gbv-tests/1", "scenarios": [ { "name": "1 child of 4 cases is 25%", "asOf": "2025-12-31",
                  "cases": [ { "age": 12, "reportedAt": "2025-03-01T10:00:00+07:00" }, { "age": 30, "reportedAt": "2025-03-02T10:00:00+07:00" },
                             { "age": 41, "reportedAt": "2025-04-01T10:00:00+07:00" }, { "reportedAt": "2025-05-01T10:00:00+07:00" } ],
                  "expect": { "indicators": [ { "key": "children-share", "status": "Met", "value": 25 } ] } } ] }
                """);
            var (exit, output, _) = Run("test", folder.FullName, "--lang", "en");
            Assert.Equal(0, exit);
            Assert.EndsWith("1 passed, 0 failed\n", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
