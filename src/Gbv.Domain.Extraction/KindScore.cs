namespace Gbv.Domain.Extraction;

/// <summary>How a draft compares with a hand-encoded plan for one kind of element.</summary>
/// <param name="Kind">targets, deadlines, references, campaigns, days or reviews.</param>
/// <param name="Expected">Elements of the kind in the hand-encoded plan.</param>
/// <param name="Extracted">Elements of the kind in the draft.</param>
/// <param name="Found">Draft elements equal to a hand-encoded one (each hand-encoded element matched once).</param>
/// <param name="Wrong">Draft elements that match a missed hand-encoded one on its identity but differ in a value.</param>
/// <param name="Missed">Hand-encoded elements the draft does not have.</param>
/// <param name="Details">One line per wrong, missed or extra element, for the author.</param>
public sealed record KindScore(string Kind, int Expected, int Extracted, int Found, int Wrong, int Missed, IReadOnlyList<string> Details)
{
    /// <summary>targets, deadlines, references, campaigns, days or reviews.</summary>
    public string Kind { get; init; } = Kind ?? throw new ArgumentNullException(nameof(Kind));

    /// <summary>One line per wrong, missed or extra element, for the author.</summary>
    public IReadOnlyList<string> Details { get; init; } = Details ?? throw new ArgumentNullException(nameof(Details));

    /// <summary>The same lines in Vietnamese, or null when only English was written.</summary>
    public IReadOnlyList<string>? DetailsVi { get; init; }

    /// <summary>The lines in a language: "vi" gives <see cref="DetailsVi"/> where there are some, anything else <see cref="Details"/>.</summary>
    public IReadOnlyList<string> DetailsIn(string language) =>
        Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? DetailsVi ?? Details : Details;

    /// <summary>The kind's name in a language: <c>targets</c> in English, <c>chỉ tiêu</c> in Vietnamese.</summary>
    public string KindIn(string language) =>
        Localization.ExtractionWords.Keyword("Score.", Kind, Gbv.Domain.Localization.Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))));

    /// <summary>Found over extracted; 1 when nothing was extracted and nothing expected.</summary>
    public decimal Precision => Extracted == 0 ? (Expected == 0 ? 1m : 0m) : (decimal)Found / Extracted;

    /// <summary>Found over expected; 1 when nothing was expected.</summary>
    public decimal Recall => Expected == 0 ? 1m : (decimal)Found / Expected;

    /// <summary>Equal when every count is and the details are, element by element.</summary>
    public bool Equals(KindScore? other) =>
        other is not null && Kind == other.Kind && Expected == other.Expected && Extracted == other.Extracted && Found == other.Found
        && Wrong == other.Wrong && Missed == other.Missed && Details.SequenceEqual(other.Details, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Expected, Extracted, Found, Wrong, Missed, Details.Count);
}
