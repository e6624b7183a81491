using System.Collections.Immutable;
using Gbv.Domain.Time;

namespace Gbv.Domain.Plans;

/// <summary>The identity of the plan as a document: number, date and place of issue, issuer and signature.</summary>
/// <param name="Kind">The kind of document (almost always a plan), or null when the source does not say (<see cref="Unknown"/> holds <see cref="UnknownFact.Kind"/>).</param>
/// <param name="Number">The number such as <c>13/KH-BTV</c>, or null where the source has none (a blank "Số: /KH-UBND").</param>
/// <param name="Issued">The issue date, possibly partial ("ngày  tháng 04 năm 2024"), or null when not stated.</param>
/// <param name="Place">The place line, such as "Long Biên", or null.</param>
/// <param name="Issuer">The id of the issuing agency among the plan's agencies, or null when the source does not say.</param>
/// <param name="Signatory">The signing capacity, or null when the source does not show it.</param>
public sealed record PlanDocument(
    DocumentKind? Kind,
    string? Number,
    PartialDate? Issued,
    string? Place,
    string? Issuer,
    Signatory? Signatory)
{
    /// <summary>
    /// The facts the source does not give (kind, number, date, issuer), in keyword order: a null <see cref="Number"/>
    /// with <see cref="UnknownFact.Number"/> here is not known, without it the source has none.
    /// </summary>
    public ImmutableArray<UnknownFact> Unknown { get; init; } = [];

    /// <summary>Whether the source leaves a fact unknown.</summary>
    [System.Diagnostics.Contracts.Pure]
    public bool IsUnknown(UnknownFact fact) => Unknown.Contains(fact);

    /// <inheritdoc />
    public bool Equals(PlanDocument? other) =>
        other is not null && Kind == other.Kind && Number == other.Number && Issued == other.Issued && Place == other.Place
        && Issuer == other.Issuer && Signatory == other.Signatory && Sequences.Equal(Unknown, other.Unknown);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Number, Issued, Issuer, Sequences.Hash(Unknown));
}
