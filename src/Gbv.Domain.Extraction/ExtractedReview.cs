using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
namespace Gbv.Domain.Extraction;

/// <summary>A review the plan schedules: "sơ kết" (mid-term) or "tổng kết" (final), in a year.</summary>
/// <param name="ReviewKind">mid-term-review or final-review.</param>
/// <param name="Year">The year.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedReview(string ReviewKind, int Year, SourceSpan Span, ExtractionConfidence Confidence, string? Review)
    : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>mid-term-review or final-review.</summary>
    public string ReviewKind { get; init; } = ReviewKind ?? throw new ArgumentNullException(nameof(ReviewKind));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Review;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) => W.Format("Review.In", vi, W.Keyword("ReviewKind.", ReviewKind, vi), Year);
}
