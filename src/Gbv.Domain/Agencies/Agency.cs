namespace Gbv.Domain.Agencies;

/// <summary>
/// A body named in a plan: an office, a committee, a mass organisation, or a group of them named together.
/// </summary>
/// <param name="Id">The agency's id within the plan, used by tasks and obligations.</param>
/// <param name="Name">The name as the source gives it, with an English rendering.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Level">Its administrative level, or null where the source does not place it.</param>
public sealed record Agency(string Id, LocalizedText Name, AgencyKind Kind, AdministrativeLevel? Level)
{
    /// <summary>The agency's id within the plan, used by tasks and obligations.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The name as the source gives it, with an English rendering.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}
