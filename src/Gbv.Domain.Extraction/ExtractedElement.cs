namespace Gbv.Domain.Extraction;

/// <summary>
/// One element read from a plan's text, with the line it came from, how sure the reading is and, when it needs an
/// author's eye, why. Subtypes carry the values (<see cref="ExtractedTarget"/>, <see cref="ExtractedDeadline"/>, ...).
/// </summary>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure; below <see cref="ExtractionConfidence.High"/> it is marked for review.</param>
/// <param name="Review">What the author should check, or null.</param>
public abstract record ExtractedElement(SourceSpan Span, ExtractionConfidence Confidence, string? Review)
{
    /// <summary>Where in the text.</summary>
    public SourceSpan Span { get; init; } = Span ?? throw new ArgumentNullException(nameof(Span));

    /// <summary>The kind, for the review report and the comparison.</summary>
    public abstract ExtractedKind Kind { get; }

    /// <summary>The values in a line: <c>more than 90% by 2020</c>.</summary>
    public abstract string Describe();

    /// <summary>
    /// The values in a line in a language: "vi" (or a culture of it) gives Vietnamese words and days as 13/01/2022
    /// (<c>thực hiện quyết định 45/QĐ-TTg ngày 13/01/2022</c>), anything else <see cref="Describe()"/>. What the text
    /// says (numbers, names, subjects) is quoted as written.
    /// </summary>
    public virtual string Describe(string language) => language is null ? throw new ArgumentNullException(nameof(language)) : Describe();

    /// <summary>What the author should check, in Vietnamese, or null when only English was written.</summary>
    public string? ReviewVi { get; init; }

    /// <summary>What the author should check in a language: "vi" gives <see cref="ReviewVi"/> where there is one, anything else <see cref="Review"/>.</summary>
    public string? ReviewIn(string language) => Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? ReviewVi ?? Review : Review;

    /// <summary>The kind's name in a language: <c>Document</c> in English, <c>Văn bản</c> in Vietnamese.</summary>
    public string KindIn(string language) => Localization.ExtractionWords.Get("Kind." + Kind, Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    /// <summary>How sure, in a language: <c>high</c> in English, <c>chắc chắn</c> in Vietnamese.</summary>
    public string ConfidenceIn(string language) => Localization.ExtractionWords.Get("Confidence." + Confidence, Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));
}
