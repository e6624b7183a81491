using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
namespace Gbv.Domain.Extraction;

/// <summary>A reporting obligation: how often, and by when ("6 tháng (trước ngày 10/6)").</summary>
/// <param name="Frequency">monthly, quarterly, six-monthly, annual, ad-hoc or once.</param>
/// <param name="Rule">before ("trước"), on-or-before ("vào ngày", a fixed day), on-request ("đột xuất") or unstated.</param>
/// <param name="Date">"06-10" for a day each year, "2022-12-16" for one day, or null.</param>
/// <param name="Reporter">Who reports, as written ("Các cơ quan, đơn vị, UBND các xã, thị trấn"), or null.</param>
/// <param name="Recipient">Who receives the report, as written ("UBND huyện"), or null.</param>
/// <param name="Via">Through whom ("qua Phòng Lao động ..."), or null.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedDeadline(string Frequency, string Rule, string? Date, string? Reporter, string? Recipient, string? Via,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>monthly, quarterly, six-monthly, annual, ad-hoc or once.</summary>
    public string Frequency { get; init; } = Frequency ?? throw new ArgumentNullException(nameof(Frequency));

    /// <summary>before ("trước"), on-or-before ("vào ngày", a fixed day), on-request ("đột xuất") or unstated.</summary>
    public string Rule { get; init; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Deadline;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{W.Keyword("Frequency.", Frequency, vi)}, {W.Keyword("Rule.", Rule, vi)}{(Date is null ? string.Empty : " " + W.Day(Date, vi))}{(Reporter is null ? string.Empty : W.Format("Deadline.From", vi, Reporter))}{(Recipient is null ? string.Empty : W.Format("Deadline.To", vi, Recipient))}{(Via is null ? string.Empty : W.Format("Deadline.Via", vi, Via))}";
}
