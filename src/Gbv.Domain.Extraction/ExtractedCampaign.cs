using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
namespace Gbv.Domain.Extraction;

/// <summary>A campaign: a window of days each year ("từ 15/11 đến 15/12") or a month.</summary>
/// <param name="Name">The campaign's name as written.</param>
/// <param name="From">"11-15", or null for a month.</param>
/// <param name="To">"12-15", or null for a month.</param>
/// <param name="Month">The month, for a campaign month without days ("Tháng hành động ... gia đình": June), or null.</param>
/// <param name="DatesStated">False when the dates come from the table of national campaigns, not the text.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedCampaign(string Name, string? From, string? To, int? Month, bool DatesStated,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>The campaign's name as written.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Campaign;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{Name}: {(Month is { } m ? W.Format("Campaign.Month", vi, m) : W.Format("Campaign.Window", vi, W.Day(From, vi), W.Day(To, vi)))}{(DatesStated ? string.Empty : W.Get("Campaign.FromTable", vi))}";
}
