using System.Text.Json.Serialization;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>Source-generated metadata for scenario files: strict (unknown properties are errors), no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(ScenarioFileDefinition))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
