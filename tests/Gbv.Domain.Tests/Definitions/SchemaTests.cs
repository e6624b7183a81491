using System.Text.Json;
using System.Text.RegularExpressions;
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
        using var schema = JsonDocument.Parse(PlanSchema.Json);
        foreach (var file in Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json"))
        {
            using var plan = JsonDocument.Parse(File.ReadAllBytes(file));
            Assert.Equal([], MiniSchemaValidator.Errors(schema.RootElement, plan.RootElement));
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
        using var schema = JsonDocument.Parse(PlanSchema.Json);
        using var plan = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestFiles.Malformed, file)));
        Assert.NotEmpty(MiniSchemaValidator.Errors(schema.RootElement, plan.RootElement));
    }
}

/// <summary>Just enough of JSON Schema for the generated schema: type, properties, required, additionalProperties, items, enum, const, pattern, $ref, anyOf.</summary>
internal static class MiniSchemaValidator
{
    public static List<string> Errors(JsonElement root, JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, root, instance, "", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = Resolve(root, reference.GetString()!);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            if (!anyOf.EnumerateArray().Any(s => { var e = new List<string>(); Check(root, s, value, path, e); return e.Count == 0; }))
            {
                errors.Add($"{path}: matches no alternative");
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                errors.Add($"{path}: expected {string.Join('|', types)}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value} not in enum");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: {value} does not match {pattern}");
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var member in value.EnumerateObject())
            {
                if (properties.TryGetProperty(member.Name, out var sub))
                {
                    Check(root, sub, member.Value, path + "/" + member.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}/{member.Name}: not allowed");
                }
            }

            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{path}: missing {name}");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, $"{path}/{i++}", errors);
            }
        }
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static JsonElement Resolve(JsonElement root, string reference)
    {
        var node = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(name);
        }

        return node;
    }
}
