using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Scenarios;
using NodaTime;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// The three schemas an editor or a pipeline uses: each is a valid draft 2020-12 schema whose <c>$id</c> is the address
/// its file is served from, plan and scenario files may name them with <c>"$schema"</c>, and each accepts the real files
/// it describes (the seed plans, their scenario files, the compliance reports the engine writes) and refuses a wrong one.
/// </summary>
public sealed class ShippedSchemaTests
{
    private const string Raw = "https://raw.githubusercontent.com/gbv-domain/Gbv.Domain/main/";

    [Theory]
    [InlineData("gbv-plan.v1.schema.json")]
    [InlineData("gbv-tests.v1.schema.json")]
    [InlineData("gbv-compliance-report.v1.schema.json")]
    public void Each_schema_is_valid_2020_12_and_its_id_is_the_raw_address_of_its_file(string name)
    {
        var text = File.ReadAllText(Path.Combine(SchemaFiles.Folder, name));
        using var json = JsonDocument.Parse(text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
        // The raw address serves the file itself (a github.com/.../blob/... address serves an HTML page), so an editor
        // that follows a plan file's "$schema" gets the schema.
        Assert.Equal(Raw + "schema/" + name, json.RootElement.GetProperty("$id").GetString());
        var meta = Json.Schema.MetaSchemas.Draft202012.Evaluate(json.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(meta.IsValid, name);
    }

    [Fact]
    public void The_ids_the_library_gives_are_the_schemas_ids()
    {
        Assert.Equal(Raw + "schema/gbv-plan.v1.schema.json", PlanSchema.Id);
        Assert.Equal(Raw + "schema/gbv-tests.v1.schema.json", ScenarioSchema.Id);
    }

    [Theory]
    [InlineData("https://raw.githubusercontent.com/gbv-domain/Gbv.Domain/main/schema/gbv-plan.v1.schema.json")]
    [InlineData("../schema/gbv-plan.v1.schema.json")]
    public void A_plan_file_that_names_its_schema_loads_and_is_valid_against_it(string schema)
    {
        var text = TestFiles.MinimalPlan.Replace("\"format\": \"gbv-plan/1\",", $"\"$schema\": \"{schema}\", \"format\": \"gbv-plan/1\",", StringComparison.Ordinal);
        Assert.Contains("$schema", text, StringComparison.Ordinal);

        var loaded = PlanLoader.Load(text);
        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal([], SchemaFiles.Errors(SchemaFiles.Plan, text));
    }

    [Fact]
    public void A_schema_that_is_not_a_string_is_a_wrong_type_like_any_other_property()
    {
        var text = TestFiles.MinimalPlan.Replace("\"format\": \"gbv-plan/1\",", "\"$schema\": 1, \"format\": \"gbv-plan/1\",", StringComparison.Ordinal);
        var loaded = PlanLoader.Load(text);
        Assert.False(loaded.Success);
        Assert.Equal("GBV1102 /$schema", string.Join(' ', loaded.Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer}")));
    }

    [Fact]
    public void A_scenario_file_that_names_its_schema_runs()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-schema-").FullName;
        try
        {
            File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), Path.Combine(folder, "ubnd-dak-to-2017-2020.plan.json"));
            File.Copy(TestFiles.SamplePlan("qd-1464-ttg-2016.plan.json"), Path.Combine(folder, "qd-1464-ttg-2016.plan.json"));
            var scenarios = File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json"))
                .Replace("\"format\": \"gbv-tests/1\"", $"\"$schema\": \"{ScenarioSchema.Id}\", \"format\": \"gbv-tests/1\"", StringComparison.Ordinal);
            Assert.Contains("$schema", scenarios, StringComparison.Ordinal);
            var file = Path.Combine(folder, "ubnd-dak-to-2017-2020.plan.tests.json");
            File.WriteAllText(file, scenarios);

            var run = ScenarioRunner.RunFile(file);
            Assert.Empty(run.Problems);
            Assert.Equal(0, run.Failed);
            Assert.Equal([], SchemaFiles.Errors(SchemaFiles.Scenarios, scenarios));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_seed_plan_evaluated_without_data_gives_a_report_the_report_schema_accepts()
    {
        foreach (var (_, file) in TestFiles.Seeds)
        {
            var plan = ComplianceEngine.LoadFile(file).CompiledPlan!;
            var report = plan.Evaluate(new ComplianceData<CaseRecord>(), plan.EndOfDay(new LocalDate(plan.Plan.Period.From!.Value, 12, 31)));
            Assert.Equal([], SchemaFiles.Errors(SchemaFiles.Report, ComplianceReportJson.Write(report)));
        }
    }

    [Fact]
    public void The_report_schema_refuses_a_report_with_a_section_it_does_not_describe_or_without_one_it_requires()
    {
        var plan = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
        var json = ComplianceReportJson.Write(plan.Evaluate(new ComplianceData<CaseRecord>(), plan.EndOfDay(new LocalDate(2020, 12, 31))));
        Assert.Equal([], SchemaFiles.Errors(SchemaFiles.Report, json));

        Assert.NotEmpty(SchemaFiles.Errors(SchemaFiles.Report, json.Replace("\"problems\":", "\"surprises\":", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaFiles.Errors(SchemaFiles.Report, json.Replace("\"format\": \"gbv-compliance-report/1\"", "\"format\": \"gbv-compliance-report/2\"", StringComparison.Ordinal)));
    }
}
