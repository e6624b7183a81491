namespace Gbv.Domain.Referrals;

/// <summary>A service, model or intake channel named in a plan, such as the hotline 18008065.</summary>
/// <param name="Id">The service's id within the plan.</param>
/// <param name="Kind">What kind of service it is.</param>
/// <param name="Name">Its name as the source gives it.</param>
/// <param name="Phone">A telephone number as printed (<c>02203.846.333</c>), or null.</param>
/// <param name="Operator">The id of the agency that runs it, or null.</param>
/// <param name="Source">The verbatim source text.</param>
public sealed record Service(string Id, ServiceKind Kind, LocalizedText Name, string? Phone, string? Operator, string Source)
{
    /// <summary>The service's id within the plan.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>Its name as the source gives it.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The verbatim source text.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>Where the words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }
}
