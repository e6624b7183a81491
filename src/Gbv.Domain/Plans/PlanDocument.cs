using Gbv.Domain.Time;

namespace Gbv.Domain.Plans;

/// <summary>The identity of the plan as a document: number, date and place of issue, issuer and signature.</summary>
/// <param name="Kind">The kind of document (almost always a plan).</param>
/// <param name="Number">The number such as <c>13/KH-BTV</c>, or null where the source has none (a blank "Số: /KH-UBND").</param>
/// <param name="Issued">The issue date, possibly partial ("ngày  tháng 04 năm 2024"), or null when not stated.</param>
/// <param name="Place">The place line, such as "Long Biên", or null.</param>
/// <param name="Issuer">The id of the issuing agency among the plan's agencies.</param>
/// <param name="Signatory">The signing capacity, or null when the source does not show it.</param>
public sealed record PlanDocument(
    DocumentKind Kind,
    string? Number,
    PartialDate? Issued,
    string? Place,
    string Issuer,
    Signatory? Signatory)
{
    /// <summary>The id of the issuing agency among the plan's agencies.</summary>
    public string Issuer { get; init; } = Issuer ?? throw new ArgumentNullException(nameof(Issuer));
}
