namespace Gbv.Domain.Plans;

/// <summary>A review held in a given year: "tổ chức sơ kết (vào năm 2018) và tổng kết (vào năm 2020)".</summary>
/// <param name="Id">The milestone's id within the plan.</param>
/// <param name="Kind">Mid-term review, final review or inspection.</param>
/// <param name="Year">The year it is held.</param>
/// <param name="Responsible">The id of the agency that organises or advises on it, or null.</param>
/// <param name="Source">The verbatim source text.</param>
public sealed record Milestone(string Id, MilestoneKind Kind, int Year, string? Responsible, string Source)
{
    /// <summary>The milestone's id within the plan.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The verbatim source text.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>Where the words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }
}
