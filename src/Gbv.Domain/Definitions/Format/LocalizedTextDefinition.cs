namespace Gbv.Domain.Definitions.Format;

/// <summary>A text in Vietnamese with an optional English rendering.</summary>
public sealed class LocalizedTextDefinition
{
    /// <summary>Vietnamese, as in the source.</summary>
    public required string Vi { get; init; }

    /// <summary>English rendering.</summary>
    public string? En { get; init; }
}
