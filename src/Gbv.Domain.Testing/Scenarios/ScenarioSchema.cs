using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>The JSON Schema of scenario files (<c>gbv-tests/1</c>), generated from the same contract the runner reads.</summary>
public static class ScenarioSchema
{
    /// <summary>The schema's id.</summary>
    public const string Id = "https://raw.githubusercontent.com/gbv-domain/Gbv.Domain/main/schema/gbv-tests.v1.schema.json";

    /// <summary>The schema as JSON text.</summary>
    public static string Json => Generate();

    internal static string Generate()
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(ScenarioJsonContext.Default.ScenarioFileDefinition, options);
        return Definitions.PlanSchema.Document(schema, Id, "Gbv.Domain scenario file, format gbv-tests/1",
            "Scenarios beside a plan file: data, a date and expectations. See docs/scenarios.md.");
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is JsonObject schema)
        {
            if (schema.ContainsKey("properties"))
            {
                schema["additionalProperties"] = false;
            }

            if (context.PropertyInfo is { } property && property.DeclaringType == typeof(ScenarioFileDefinition) && property.Name == "format")
            {
                schema["const"] = ScenarioRunner.Format;
            }
        }

        return node;
    }
}
