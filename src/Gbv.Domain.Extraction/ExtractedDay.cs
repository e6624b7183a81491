using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
namespace Gbv.Domain.Extraction;

/// <summary>An observance day: its name and date, stated in the text or resolved from the table of days.</summary>
/// <param name="Id">The table's id for the day ("evaw-day").</param>
/// <param name="Name">The name as written.</param>
/// <param name="Date">"11-25".</param>
/// <param name="DateStated">False when the date comes from the table (the text names the day only).</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedDay(string Id, string Name, string Date, bool DateStated,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>The table's id for the day ("evaw-day").</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The name as written.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>"11-25".</summary>
    public string Date { get; init; } = Date ?? throw new ArgumentNullException(nameof(Date));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Day;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) => $"{Name} {W.Day(Date, vi)}{(DateStated ? string.Empty : W.Get("Day.FromTable", vi))}";
}
