namespace Gbv.Domain.Definitions.Format;

/// <summary>A review in a given year.</summary>
public sealed class MilestoneDefinition
{
    /// <summary>Milestone id.</summary>
    public required string Id { get; init; }

    /// <summary><c>mid-term-review</c>, <c>final-review</c> or <c>inspection</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Year.</summary>
    public required int Year { get; init; }

    /// <summary>Responsible agency id.</summary>
    public string? Responsible { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
