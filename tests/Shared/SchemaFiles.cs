using System.Text.Json;
using Json.Schema;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// The shipped JSON Schemas (schema/*.schema.json), read by a real validator (JsonSchema.Net, draft 2020-12), as an
/// editor or a CI job would read them.
/// </summary>
internal static class SchemaFiles
{
    // JsonSchema.Net registers a schema under its $id once per process and refuses a second registration, so each
    // file is built exactly once: ConcurrentDictionary.GetOrAdd may run its factory twice when two tests race, Lazy
    // (ExecutionAndPublication) may not.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new();

    public static string Folder => Path.Combine(TestFiles.RepositoryRoot, "schema");

    public static string Plan => Path.Combine(Folder, "gbv-plan.v1.schema.json");

    public static string Scenarios => Path.Combine(Folder, "gbv-tests.v1.schema.json");

    public static string Report => Path.Combine(Folder, "gbv-compliance-report.v1.schema.json");

    /// <summary>What the schema file says is wrong with the JSON text: one line per failed keyword, empty when it is valid.</summary>
    public static List<string> Errors(string schemaFile, string json)
    {
        var schema = Built.GetOrAdd(
            Path.GetFullPath(schemaFile),
            file => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(file)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. Flatten(results).Where(r => r.Errors is { Count: > 0 }).SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results) =>
        new[] { results }.Concat((results.Details ?? []).SelectMany(Flatten));
}
