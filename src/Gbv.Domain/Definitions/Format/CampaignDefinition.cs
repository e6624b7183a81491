namespace Gbv.Domain.Definitions.Format;

/// <summary>A campaign window.</summary>
public sealed class CampaignDefinition
{
    /// <summary>Campaign id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required LocalizedTextDefinition Name { get; init; }

    /// <summary>First day, <c>MM-dd</c>.</summary>
    public string? From { get; init; }

    /// <summary>Last day, <c>MM-dd</c>.</summary>
    public string? To { get; init; }

    /// <summary>A whole month, 1-12.</summary>
    public int? Month { get; init; }

    /// <summary>The one year the campaign is named for.</summary>
    public int? Year { get; init; }

    /// <summary>False when the source does not give the dates; default true.</summary>
    public bool? DatesStated { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
