using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Extraction;

/// <summary>A target read from a phrase, with the horizon it falls under.</summary>
/// <param name="Threshold">The threshold ("trên 90%" is more than 90%).</param>
/// <param name="By">The year it is due by ("Phấn đấu đến năm 2020"), or null for a recurring target.</param>
/// <param name="From">For a recurring target ("ít nhất 01 lần/năm"), the first year, or null.</param>
/// <param name="Phrase">The phrase as written.</param>
/// <param name="Subject">The rest of the sentence: what the target is about.</param>
/// <param name="OfWhich">True for the part after "trong đó" (of which): its denominator is the target before it.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedTarget(Threshold Threshold, int? By, int? From, string Phrase, string Subject, bool OfWhich,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>The threshold ("trên 90%" is more than 90%).</summary>
    public Threshold Threshold { get; init; } = Threshold ?? throw new ArgumentNullException(nameof(Threshold));

    /// <summary>The phrase as written.</summary>
    public string Phrase { get; init; } = Phrase ?? throw new ArgumentNullException(nameof(Phrase));

    /// <summary>The rest of the sentence: what the target is about.</summary>
    public string Subject { get; init; } = Subject ?? throw new ArgumentNullException(nameof(Subject));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Target;

    /// <summary>
    /// True for a reduction against a baseline ("Giảm 10% số vụ bạo lực gia đình"): the threshold is the fall, in
    /// percent of the baseline's value, not a share of something.
    /// </summary>
    public bool Reduction { get; init; }

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{(Reduction ? W.Get("Target.Reduction", vi) : string.Empty)}{(vi ? Threshold.Describe("vi") : Threshold.ToString())} {(By is { } b ? W.Format("Target.By", vi, b) : W.Format("Target.Every", vi, From))}{(OfWhich ? W.Get("Target.OfWhich", vi) : string.Empty)}: {Subject}";
}
