namespace Gbv.Domain.Plans;

/// <summary>
/// The administrative units a plan covers, as the source counts them: "14/14 phường" is 14 of 14 wards.
/// </summary>
/// <param name="Level">The level of the units counted.</param>
/// <param name="Total">How many such units there are.</param>
/// <param name="Covered">How many the plan covers, or null when the source only gives the total.</param>
/// <param name="Source">The verbatim source text.</param>
public sealed record UnitCoverage(AdministrativeLevel Level, int Total, int? Covered, string Source)
{
    /// <summary>The verbatim source text.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));
}
