namespace Gbv.Domain.Definitions.Format;

/// <summary>A body named in the plan.</summary>
public sealed class AgencyDefinition
{
    /// <summary>Agency id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required LocalizedTextDefinition Name { get; init; }

    /// <summary>Kind (<c>peoples-committee</c>, <c>womens-union</c>, <c>health</c>, ...).</summary>
    public required string Kind { get; init; }

    /// <summary>Administrative level.</summary>
    public string? Level { get; init; }
}
