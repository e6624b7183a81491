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
}
