using System.Collections.Immutable;
using Gbv.Domain.Time;

namespace Gbv.Domain.Plans;

/// <summary>
/// A document that a plan implements, is based on, or cites: "Quyết định số 2232/QĐ-TTg ngày 28/12/2020 của
/// Thủ tướng Chính phủ".
/// </summary>
/// <param name="Id">The reference's id within the plan.</param>
/// <param name="Relation">How the plan relates to the document.</param>
/// <param name="Kind">The kind of document, or null when the citing text does not say (<see cref="Unknown"/>).</param>
/// <param name="Number">The document number such as <c>2232/QĐ-TTg</c>, or null when it has none.</param>
/// <param name="Date">The issue date, possibly partial, or null when not stated.</param>
/// <param name="Issuer">The issuing body as the source names it, or null when the source does not say.</param>
/// <param name="Title">The document's title, or null.</param>
/// <param name="PlanId">The id of a loaded plan file that encodes this document, for checks against a parent plan.</param>
/// <param name="Source">The verbatim source text naming the document.</param>
public sealed record DocumentReference(
    string Id,
    ReferenceRelation Relation,
    DocumentKind? Kind,
    string? Number,
    PartialDate? Date,
    string? Issuer,
    LocalizedText? Title,
    string? PlanId,
    string Source)
{
    /// <summary>The reference's id within the plan.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The verbatim source text naming the document.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The facts the citing text does not give (kind, number, date, issuer), in keyword order.</summary>
    public ImmutableArray<UnknownFact> Unknown { get; init; } = [];

    /// <summary>Where the reference's words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }

    /// <inheritdoc />
    public bool Equals(DocumentReference? other) =>
        other is not null && Id == other.Id && Relation == other.Relation && Kind == other.Kind && Number == other.Number
        && Date == other.Date && Issuer == other.Issuer && Title == other.Title && PlanId == other.PlanId && Source == other.Source
        && Sequences.Equal(Unknown, other.Unknown) && SourceKind == other.SourceKind;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Relation, Kind, Number, Date, Source);
}
