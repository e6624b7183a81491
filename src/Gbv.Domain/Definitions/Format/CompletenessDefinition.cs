namespace Gbv.Domain.Definitions.Format;

/// <summary>Whether the source document was complete.</summary>
public sealed class CompletenessDefinition
{
    /// <summary>False when the source is cut short.</summary>
    public required bool Complete { get; init; }

    /// <summary>What is missing.</summary>
    public string? Note { get; init; }
}
