using NodaTime;

namespace Gbv.Domain.Cases;

/// <summary>
/// An anonymised case: no names, no contact details. The id is opaque, ages are whole years, places are
/// administrative units. This is the package's own case type; integrators can bind their own entities with a
/// <see cref="Conditions.FieldMap{T}"/> using the same field names as <see cref="CaseFields"/>.
/// </summary>
public sealed record CaseRecord
{
    private readonly int? _age;

    /// <summary>An opaque id, never shown in published reports.</summary>
    public required string CaseId { get; init; }

    /// <summary>Age in whole years, or null when not recorded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative or above 150.</exception>
    public int? Age
    {
        get => _age;
        init => _age = value is < 0 or > 150 ? throw new ArgumentOutOfRangeException(nameof(value), value, "An age is from 0 to 150 years.") : value;
    }

    /// <summary>The survivor's sex, or null.</summary>
    public Sex? Sex { get; init; }

    /// <summary>The forms of violence (a set).</summary>
    public ViolenceKinds Violence { get; init; }

    /// <summary>The GBVIMS incident type, or null.</summary>
    public IncidentType? IncidentType { get; init; }

    /// <summary>Whether the survivor is a (returned) victim of trafficking.</summary>
    public bool Trafficking { get; init; }

    /// <summary>Whether the perpetrator is a family member (domestic violence).</summary>
    public bool Domestic { get; init; }

    /// <summary>The assessed risk, or null.</summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>Whether the survivor's consent to referral is recorded.</summary>
    public bool Consent { get; init; }

    /// <summary>When the incident happened, or null.</summary>
    public Instant? IncidentAt { get; init; }

    /// <summary>When the case was reported, or null.</summary>
    public Instant? ReportedAt { get; init; }

    /// <summary>The administrative unit (commune or ward id), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Whole hours from the incident to the report, or null when either is missing or the report precedes the
    /// incident. Measured at the report so that a decision made on a case stays the same whenever it is re-run.
    /// </summary>
    public int? HoursSinceIncident => CaseTimes.HoursBetween(IncidentAt, ReportedAt);
}
