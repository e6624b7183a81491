namespace Gbv.Domain.Definitions.Format;

/// <summary>A service, model or hotline.</summary>
public sealed class ServiceDefinition
{
    /// <summary>Service id.</summary>
    public required string Id { get; init; }

    /// <summary>Kind (<c>hotline</c>, <c>trusted-address</c>, <c>shelter</c>, ...).</summary>
    public required string Kind { get; init; }

    /// <summary>Name.</summary>
    public required LocalizedTextDefinition Name { get; init; }

    /// <summary>Telephone number as printed.</summary>
    public string? Phone { get; init; }

    /// <summary>Operating agency id.</summary>
    public string? Operator { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
