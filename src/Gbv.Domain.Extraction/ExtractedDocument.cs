using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
using NodaTime;

namespace Gbv.Domain.Extraction;

/// <summary>The plan's own document: number, date (possibly partial), place, issuer, level and title.</summary>
/// <param name="Number">"13/KH-BTV", or null when the number is left blank ("Số: /KH-UBND").</param>
/// <param name="Issued">The date, or null; a partial date ("ngày  tháng 04 năm 2024") gives the year and month.</param>
/// <param name="IssuedYear">The year of the date even when the day is missing.</param>
/// <param name="IssuedMonth">The month of the date even when the day is missing.</param>
/// <param name="Place">"Long Biên", or null.</param>
/// <param name="Issuer">The issuing body as written ("UBND huyện Đăk Tô"), or null.</param>
/// <param name="Level">province, district or commune, from the issuer's words, or null.</param>
/// <param name="Title">The title after "KẾ HOẠCH", or null.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedDocument(
    string? Number, LocalDate? Issued, int? IssuedYear, int? IssuedMonth, string? Place, string? Issuer, string? Level, string? Title,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Document;

    /// <summary>
    /// What the text is: <c>plan</c> (the plan itself), <c>decision</c> (a decision that approves or issues the plan,
    /// "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH ...", with the plan attached), <c>summary</c> (a portal's or newspaper's
    /// account of the plan or letter, not its text) or <c>letter</c> (an official letter, "Công văn").
    /// </summary>
    public string Form { get; init; } = "plan";

    /// <summary>
    /// The fields read with doubt or not found, each marked for review: <c>number</c>, <c>date</c>, <c>place</c>,
    /// <c>issuer</c>, <c>level</c>, <c>title</c>, <c>form</c>. A field not listed was read as the text states it.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> Unsure { get; init; } = [];

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{Number ?? W.Get("Document.NoNumber", vi)}, {(Issued is { } day ? W.Day(day, vi) : IssuedYear is { } y ? (vi ? $"{IssuedMonth:00}/{y}" : $"{y}-{IssuedMonth:00}") : W.Get("Document.NoDate", vi))}, {Place ?? W.Get("Document.NoPlace", vi)}, {Issuer ?? W.Get("Document.NoIssuer", vi)} ({(Level is null ? W.Get("Document.NoLevel", vi) : W.Keyword("Level.", Level, vi))})";

    /// <summary>Equal when every field is, the fields read with doubt element by element.</summary>
    public bool Equals(ExtractedDocument? other) =>
        other is not null && base.Equals(other) && Number == other.Number && Issued == other.Issued && IssuedYear == other.IssuedYear && IssuedMonth == other.IssuedMonth
        && Place == other.Place && Issuer == other.Issuer && Level == other.Level && Title == other.Title && Form == other.Form
        && Unsure.AsSpan().SequenceEqual(other.Unsure.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Number, Issued, Place, Issuer, Title, Form, Unsure.Length);
}
