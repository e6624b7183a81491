namespace Gbv.Domain.Definitions.Format;

/// <summary>A reported figure.</summary>
public sealed class DataElementDefinition
{
    /// <summary>Key such as <c>victims_detected</c>.</summary>
    public required string Key { get; init; }

    /// <summary>What is counted.</summary>
    public required LocalizedTextDefinition Name { get; init; }
}
