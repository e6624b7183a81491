using System.Text.Json.Nodes;
using System.Xml.Linq;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// Reports carry a plan's text safely (issue 25): markup escaped in HTML and Markdown, control characters kept from
/// the terminal, JUnit XML on stdout alone and valid; and scenario files that cannot pass by checking nothing.
/// </summary>
public sealed class TextSafetyTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script> | \u001b[31mđỏ\u001b[0m \u202Eabc";

    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Plan(string title)
    {
        var plan = JsonNode.Parse(TestFiles.MinimalPlan)!.AsObject();
        plan["title"] = new JsonObject { ["vi"] = title, ["en"] = title };
        plan["observanceDays"] = new JsonArray(new JsonObject { ["id"] = "day", ["name"] = new JsonObject { ["vi"] = title }, ["date"] = "06-28", ["source"] = "thử" });
        var path = Path.Combine(_folder, "t.plan.json");
        File.WriteAllText(path, plan.ToJsonString());
        Assert.Equal(0, Run("validate", path).Exit);
        return path;
    }

    [Fact]
    public void Markup_in_a_plans_text_is_escaped_in_html_and_markdown()
    {
        var plan = Plan(Hostile);
        var html = Run("evaluate", plan, "--as-of", "2024-06-01", "--format", "html").Out;
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);

        var md = Run("evaluate", plan, "--as-of", "2024-06-01", "--format", "md").Out;
        // No '<' before a letter or '/' unescaped: nothing in the page can open a tag (CommonMark's raw HTML).
        Assert.DoesNotMatch(@"(?<!\\)<[A-Za-z/!?]", md);
        Assert.Contains("# \\<script>alert(1)\\</script> \\| ", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_data_never_reach_the_terminal()
    {
        var plan = Plan(Hostile);
        foreach (var args in new[]
        {
            new[] { "evaluate", plan, "--as-of", "2024-06-01" },
            ["calendar", plan, "--from", "2024-01-01", "--to", "2024-12-31"],
            ["calendar", plan, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "json"],
        })
        {
            var (exit, output, errors) = Run(args);
            Assert.Equal(0, exit);
            Assert.DoesNotContain('\u001b', output + errors);
            Assert.DoesNotContain('\u202E', output + errors);
        }

        Assert.Contains("\uFFFD[31mđỏ", Run("calendar", plan, "--from", "2024-01-01", "--to", "2024-12-31").Out, StringComparison.Ordinal);
    }

    private string Scenarios(string json)
    {
        Plan("Kế hoạch thử");
        var path = Path.Combine(_folder, "t.plan.tests.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Junit_on_stdout_is_valid_xml_alone_and_control_characters_are_escaped()
    {
        var file = Scenarios("""
            { "format": "gbv-tests/1", "scenarios": [ { "name": "a \u0001 b \u001b[2J", "asOf": "2024-06-28",
              "expect": { "calendar": [ { "date": "2024-06-28", "kind": "ObservanceDay", "key": "day" } ] } } ] }
            """);
        var (exit, output, errors) = Run("test", file, "--format", "junit", "--lang", "en");
        var xml = XDocument.Parse(output);
        Assert.Equal("testsuites", xml.Root!.Name.LocalName);
        Assert.Contains("a \\u0001 b \\u001B[2J", output, StringComparison.Ordinal);
        Assert.Contains("passed", errors, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Theory]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [] }""", "GBV2280", "/scenarios")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "expect": {} } ] }""", "GBV2280", "/scenarios/0/expect")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "expect": { "indicators": [ { "key": "nope", "status": "Met" } ] } } ] }""", "GBV2281", "/scenarios/0/expect/indicators/0/key")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "expect": { "reports": [ { "obligation": "nope", "unit": "x", "period": "2024", "status": "Missing" } ] } } ] }""", "GBV2281", "/scenarios/0/expect/reports/0/obligation")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "expect": { "referrals": [ { "case": { "age": 10 }, "service": "nope", "status": "Refer" } ] } } ] }""", "GBV2281", "/scenarios/0/expect/referrals/0/service")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "reported": [ { "unit": "x", "year": 0, "element": "n", "value": 1 } ], "expect": { "calendar": [ { "date": "2024-06-28", "kind": "ObservanceDay", "key": "day" } ] } } ] }""", "GBV2282", "/scenarios/0/reported/0/year")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "reported": [ { "unit": "x", "year": 2024, "element": "n", "value": -4 } ], "expect": { "calendar": [ { "date": "2024-06-28", "kind": "ObservanceDay", "key": "day" } ] } } ] }""", "GBV2282", "/scenarios/0/reported/0/value")]
    [InlineData("""{ "format": "gbv-tests/1", "scenarios": [ { "name": "s", "asOf": "2024-06-01", "reported": [ { "unit": "x", "year": "2024", "element": "n", "value": 1 } ], "expect": {} } ] }""", "GBV1127", "/scenarios/0/reported/0/year")]
    public void Scenarios_that_could_pass_by_checking_nothing_fail_with_a_located_diagnostic(string json, string code, string pointer)
    {
        var file = Scenarios(json);
        var (exit, output, _) = Run("test", file, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains($"error {code}", output, StringComparison.Ordinal);
        var run = Gbv.Domain.Scenarios.ScenarioRunner.RunFile(file);
        var problem = Assert.Single(run.Problems, p => p.Id == code);
        Assert.Equal(pointer, problem.Location.Pointer);
        Assert.True(problem.Location.Line > 0, "the problem has its line");
        Assert.DoesNotMatch("System\\.|Gbv\\.Domain\\.|\\.NET", problem.GetMessage("en") + problem.GetMessage("vi"));
        Assert.True(run.Failed > 0);
    }
}
