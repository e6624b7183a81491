using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
using NodaTime;

namespace Gbv.Domain.Extraction;

/// <summary>A document the plan refers to: "Thực hiện Quyết định số 3101/QĐ-UBND ngày 29/8/2022 của ...".</summary>
/// <param name="Relation">implements ("Thực hiện"), based-on ("Căn cứ") or cites (anywhere else, and a submission wherever it is named).</param>
/// <param name="DocumentKind">decision, plan, directive, resolution, decree, circular, law, guidance ("Hướng dẫn"), submission ("Tờ trình") or letter.</param>
/// <param name="Number">"3101/QĐ-UBND".</param>
/// <param name="Date">The document's date, or null.</param>
/// <param name="Issuer">The issuer after "của", or null.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedReference(string Relation, string DocumentKind, string Number, LocalDate? Date, string? Issuer,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>implements ("Thực hiện"), based-on ("Căn cứ") or cites (anywhere else).</summary>
    public string Relation { get; init; } = Relation ?? throw new ArgumentNullException(nameof(Relation));

    /// <summary>decision, plan, directive, resolution, decree, circular, law or letter.</summary>
    public string DocumentKind { get; init; } = DocumentKind ?? throw new ArgumentNullException(nameof(DocumentKind));

    /// <summary>"3101/QĐ-UBND".</summary>
    public string Number { get; init; } = Number ?? throw new ArgumentNullException(nameof(Number));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Reference;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{W.Keyword("Relation.", Relation, vi)} {W.Keyword("DocumentKind.", DocumentKind, vi)} {Number}{(Date is { } d ? W.Format("Reference.Date", vi, W.Day(d, vi)) : string.Empty)}{(Issuer is null ? string.Empty : W.Format("Reference.Issuer", vi, Issuer))}";
}
