using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// The shipped schema equals the one generated from the format's contract, accepts every seed plan, and rejects
/// what the reader rejects for shape (unknown properties, wrong types, bad keywords).
/// To regenerate after a format change: <c>scripts/update-schema.sh</c>.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(TestFiles.RepositoryRoot, "schema", "gbv-plan.v1.schema.json");

    [Fact]
    public void The_shipped_schema_is_generated_from_the_contract()
    {
        var generated = PlanSchema.Generate();
        if (Environment.GetEnvironmentVariable("GBV_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, generated);
        }

        Assert.Equal(generated, File.ReadAllText(SchemaFile));
        Assert.Equal(generated, PlanSchema.Json);
    }

    [Fact]
    public void Every_seed_plan_is_valid_against_the_schema()
    {
        foreach (var file in Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json"))
        {
            Assert.Equal([], SchemaFiles.Errors(SchemaFile, File.ReadAllText(file)));
        }
    }

    [Theory]
    [InlineData("unknown-root-property.json")]
    [InlineData("unknown-nested-property.json")]
    [InlineData("wrong-type-year-as-string.json")]
    [InlineData("unknown-agency-kind.json")]
    [InlineData("unknown-frequency.json")]
    [InlineData("unsupported-format.json")]
    [InlineData("invalid-id.json")]
    [InlineData("missing-format.json")]
    [InlineData("issued-vietnamese-format.json")]
    public void The_schema_rejects_what_the_reader_rejects_for_shape(string file)
    {
        Assert.NotEmpty(SchemaFiles.Errors(SchemaFile, File.ReadAllText(Path.Combine(TestFiles.Malformed, file))));
    }
}
