using Gbv.Domain.Extraction.Localization;
using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
namespace Gbv.Domain.Extraction;

/// <summary>The plan's years: "giai đoạn 2017-2020 và tầm nhìn đến năm 2030", "năm 2023".</summary>
/// <param name="From">The first year.</param>
/// <param name="To">The last year.</param>
/// <param name="Vision">The vision year, or null.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedPeriod(int From, int To, int? Vision, SourceSpan Span, ExtractionConfidence Confidence, string? Review)
    : ExtractedElement(Span, Confidence, Review)
{
    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Period;

    /// <summary>Whether a year is in the period or is its vision year, as the validator requires of a horizon.</summary>
    internal bool Covers(int year) => (year >= From && year <= To) || year == Vision;

    /// <summary>The review note for a year outside the period, before what was done about it.</summary>
    internal Note Outside(int year, string key = "Review.Outside", params object?[] more) =>
        Note.Of(key, vi => [year, Describe(vi ? "vi" : "en"), .. more]);

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) => From == To ? $"{From}" : $"{From}-{To}" + (Vision is { } v ? W.Format("Period.Vision", vi, v) : string.Empty);
}
