using System.Text.Json.Serialization;
using Gbv.Domain.Definitions.Reading;

namespace Gbv.Domain.Definitions.Format;

/// <summary>Source-generated System.Text.Json metadata for the plan format: no reflection, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true,
    MaxDepth = JsonLimits.MaxDepth + 1)]
[JsonSerializable(typeof(PlanDefinition))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
