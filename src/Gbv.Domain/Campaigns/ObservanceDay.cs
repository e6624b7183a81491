using NodaTime;

namespace Gbv.Domain.Campaigns;

/// <summary>
/// A day observed every year with communication activities: "Ngày gia đình Việt Nam 28/6", "Ngày Thế giới xóa bỏ
/// bạo lực đối với phụ nữ" (25/11).
/// </summary>
/// <param name="Id">The day's id within the plan.</param>
/// <param name="Name">The day's name.</param>
/// <param name="Date">The day of the year.</param>
/// <param name="DateStated">False when the source names the day without its date and it was resolved from the
/// international or national calendar.</param>
/// <param name="Source">The verbatim source text.</param>
public sealed record ObservanceDay(string Id, LocalizedText Name, AnnualDate Date, bool DateStated, string Source)
{
    /// <summary>The day's id within the plan.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The day's name.</summary>
    public LocalizedText Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The verbatim source text.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>Where the words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }
}
