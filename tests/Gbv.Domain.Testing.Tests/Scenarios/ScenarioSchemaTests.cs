using Gbv.Domain.Scenarios;
using Gbv.Domain.Tests.Definitions;

namespace Gbv.Domain.Tests.Scenarios;

/// <summary>The scenario files' schema: shipped as generated from the runner's contract, and every seed scenario file fits it.</summary>
public sealed class ScenarioSchemaTests
{
    private static readonly string SchemaFile = Path.Combine(TestFiles.RepositoryRoot, "schema", "gbv-tests.v1.schema.json");

    [Fact]
    public void The_shipped_scenario_schema_is_generated_from_the_contract()
    {
        var generated = ScenarioSchema.Json;
        if (Environment.GetEnvironmentVariable("GBV_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, generated);
        }

        Assert.Equal(generated, File.ReadAllText(SchemaFile));
    }

    [Fact]
    public void Every_seed_scenario_file_is_valid_against_the_schema()
    {
        foreach (var file in Directory.GetFiles(TestFiles.SamplePlans, "*.tests.json"))
        {
            Assert.Equal([], SchemaFiles.Errors(SchemaFile, File.ReadAllText(file)));
        }

        var wrong = """{ "format": "gbv-tests/1", "scenarios": [ { "name": "x", "asOf": "2024-12-31", "expect": {}, "extra": 1 } ] }""";
        Assert.NotEmpty(SchemaFiles.Errors(SchemaFile, wrong));
    }
}
