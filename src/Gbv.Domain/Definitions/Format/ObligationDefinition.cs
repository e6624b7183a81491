namespace Gbv.Domain.Definitions.Format;

/// <summary>A reporting obligation.</summary>
public sealed class ObligationDefinition
{
    /// <summary>Obligation key.</summary>
    public required string Key { get; init; }

    /// <summary><c>monthly</c>, <c>quarterly</c>, <c>six-monthly</c>, <c>annual</c>, <c>ad-hoc</c>, <c>once</c>.</summary>
    public required string Frequency { get; init; }

    /// <summary>When it is due.</summary>
    public required DueDefinition Due { get; init; }

    /// <summary>The data window, when not the calendar period.</summary>
    public CutOffDefinition? CutOff { get; init; }

    /// <summary>Reporting agency ids.</summary>
    public required IReadOnlyList<string> Reporters { get; init; }

    /// <summary>Recipient agency id.</summary>
    public required string Recipient { get; init; }

    /// <summary>Agency id the report goes through.</summary>
    public string? Via { get; init; }

    /// <summary>Agencies the recipient consolidates for.</summary>
    public IReadOnlyList<string>? ForwardTo { get; init; }

    /// <summary>Section number in the source.</summary>
    public string? Section { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
