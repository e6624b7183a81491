using Gbv.Domain.Time;

namespace Gbv.Domain.Campaigns;

/// <summary>
/// A campaign window: "Tháng hành động quốc gia vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới (từ 15/11
/// đến 15/12)", or the national action month on domestic violence (June).
/// </summary>
/// <param name="Id">The campaign's id within the plan.</param>
/// <param name="Name">The campaign's name.</param>
/// <param name="Window">The yearly window.</param>
/// <param name="Year">The one year the campaign is named for ("năm 2024"), or null when it recurs every year.</param>
/// <param name="DatesStated">False when the source names the campaign without its dates and the window was
/// resolved from the national calendar; the plan author should check it.</param>
/// <param name="Source">The verbatim source text.</param>
public sealed record Campaign(string Id, LocalizedText Name, AnnualWindow Window, int? Year, bool DatesStated, string Source)
{
    /// <summary>The campaign's id within the plan.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The campaign's name.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The verbatim source text.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>Where the words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }
}
