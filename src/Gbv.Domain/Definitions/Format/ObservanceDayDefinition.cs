namespace Gbv.Domain.Definitions.Format;

/// <summary>An observance day.</summary>
public sealed class ObservanceDayDefinition
{
    /// <summary>Day id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required LocalizedTextDefinition Name { get; init; }

    /// <summary>Day of the year, <c>MM-dd</c>.</summary>
    public required string Date { get; init; }

    /// <summary>False when the source does not give the date; default true.</summary>
    public bool? DateStated { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
