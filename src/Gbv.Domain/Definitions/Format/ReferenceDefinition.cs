namespace Gbv.Domain.Definitions.Format;

/// <summary>A document the plan implements, is based on, or cites.</summary>
public sealed class ReferenceDefinition
{
    /// <summary>Reference id.</summary>
    public required string Id { get; init; }

    /// <summary><c>implements</c>, <c>based-on</c> or <c>cites</c>.</summary>
    public required string Relation { get; init; }

    /// <summary>Document kind (<c>decision</c>, <c>plan</c>, <c>directive</c>, ...); absent only when <c>unknown</c> lists <c>kind</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>What the citing text does not give: <c>kind</c>, <c>number</c>, <c>date</c>, <c>issuer</c>.</summary>
    public IReadOnlyList<string>? Unknown { get; init; }

    /// <summary>Document number.</summary>
    public string? Number { get; init; }

    /// <summary>Issue date, possibly partial.</summary>
    public string? Date { get; init; }

    /// <summary>Issuing body as the source names it; absent when the source does not say.</summary>
    public string? Issuer { get; init; }

    /// <summary>Document title.</summary>
    public LocalizedTextDefinition? Title { get; init; }

    /// <summary>The id of a plan file encoding the document.</summary>
    public string? Plan { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
