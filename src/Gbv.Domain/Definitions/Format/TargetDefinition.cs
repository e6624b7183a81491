namespace Gbv.Domain.Definitions.Format;

/// <summary>A threshold at a horizon.</summary>
public sealed class TargetDefinition
{
    /// <summary>Reach by the end of this year.</summary>
    public int? By { get; init; }

    /// <summary>Hold from this year on.</summary>
    public int? From { get; init; }

    /// <summary>The level.</summary>
    public required ThresholdDefinition Threshold { get; init; }

    /// <summary>The threshold words verbatim ("trên 90%").</summary>
    public string? Phrase { get; init; }
}
