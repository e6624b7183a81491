namespace Gbv.Domain.Extraction;

/// <summary>A phone number and what it is for ("đường dây nóng ... (qua số điện thoại 02203.846.333)").</summary>
/// <param name="Phone">The number as written, spaces removed.</param>
/// <param name="Purpose">The words before the number that say what it is.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedService(string Phone, string Purpose, SourceSpan Span, ExtractionConfidence Confidence, string? Review)
    : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>The number as written, spaces removed.</summary>
    public string Phone { get; init; } = Phone ?? throw new ArgumentNullException(nameof(Phone));

    /// <summary>The words before the number that say what it is.</summary>
    public string Purpose { get; init; } = Purpose ?? throw new ArgumentNullException(nameof(Purpose));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Service;

    /// <inheritdoc />
    public override string Describe() => $"{Phone}: {Purpose}";
}
