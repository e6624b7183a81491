using W = Gbv.Domain.Extraction.Localization.ExtractionWords;
using System.Collections.Immutable;

namespace Gbv.Domain.Extraction;

/// <summary>
/// A task or activity: one bullet, "Hoạt động N: ..." or duty of an agency, with the agencies' roles as the text
/// states them ("X chủ trì, phối hợp với Y, Z"; a duty under an agency's heading is that agency's, as lead, or as a
/// coordinator when it begins "Phối hợp").
/// </summary>
/// <param name="Title">The task's words, without its bullet.</param>
/// <param name="Section">The section numbers it is under ("V.2.1"), or null.</param>
/// <param name="Lead">The agency that leads ("chủ trì"), as written, or null.</param>
/// <param name="Coordinators">The agencies that coordinate ("phối hợp"), as written.</param>
/// <param name="Recurrence">annual, quarterly or monthly from "Thời gian thực hiện: hàng năm" (or the task's own words), or null.</param>
/// <param name="Span">Where in the text.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="Review">What the author should check, or null.</param>
public sealed record ExtractedTask(string Title, string? Section, string? Lead, ImmutableArray<string> Coordinators, string? Recurrence,
    SourceSpan Span, ExtractionConfidence Confidence, string? Review) : ExtractedElement(Span, Confidence, Review)
{
    /// <summary>The task's words, without its bullet.</summary>
    public string Title { get; init; } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <inheritdoc />
    public override ExtractedKind Kind => ExtractedKind.Task;

    /// <inheritdoc />
    public override string Describe() => Describe(vi: false);

    /// <inheritdoc />
    public override string Describe(string language) => Describe(Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    private string Describe(bool vi) =>
        $"{(Section is null ? string.Empty : Section + " ")}{(Title.Length > 80 ? Title[..80] + "…" : Title)}"
        + (Recurrence is null ? string.Empty : $"; {W.Keyword("Recurrence.", Recurrence, vi)}") + (Lead is null ? string.Empty : W.Format("Task.Lead", vi, Lead))
        + (Coordinators.IsEmpty ? string.Empty : W.Format("Task.With", vi, string.Join(", ", Coordinators)));

    /// <summary>Equal when every field is, the coordinators element by element: the same text read twice gives equal tasks.</summary>
    public bool Equals(ExtractedTask? other) =>
        other is not null && base.Equals(other) && string.Equals(Title, other.Title, StringComparison.Ordinal) && Section == other.Section && Lead == other.Lead
        && Coordinators.AsSpan().SequenceEqual(other.Coordinators.AsSpan()) && Recurrence == other.Recurrence;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Title, Section, Lead, Coordinators.Length, Recurrence);
}
