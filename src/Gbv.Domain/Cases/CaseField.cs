using System.Collections.Immutable;
using NodaTime;

namespace Gbv.Domain.Cases;

/// <summary>
/// A field of a case as files name it: the JSON name (<c>gbv refer</c>, JSON Lines, scenario files) and the CSV
/// column, and what a bad value should have been (GBV4202). The one list of case fields for every reader.
/// </summary>
/// <param name="Json">The JSON property (<c>incidentType</c>).</param>
/// <param name="Csv">The CSV column (<c>incident_type</c>).</param>
/// <param name="Expected">What a value should be, as text (a CSV cell, a JSON string).</param>
internal sealed record CaseField(string Json, string Csv, Expected Expected)
{
    /// <summary>What a JSON value should be where it differs from the text form (violence is a list in JSON).</summary>
    public Expected JsonExpected { get; init; } = Expected;

    public static CaseField CaseId { get; } = new("caseId", "case_id", Expected.CaseId);

    public static CaseField Unit { get; } = new("unit", "unit", Expected.UnitId);

    public static CaseField Age { get; } = new("age", "age", Expected.Age);

    public static CaseField Sex { get; } = new("sex", "sex", Expected.Sex);

    public static CaseField Violence { get; } = new("violence", "violence", Expected.ViolenceList) { JsonExpected = Expected.ViolenceArray };

    public static CaseField IncidentType { get; } = new("incidentType", "incident_type", Expected.IncidentType);

    public static CaseField Trafficking { get; } = new("trafficking", "trafficking", Expected.TrueOrFalse);

    public static CaseField Domestic { get; } = new("domestic", "domestic", Expected.TrueOrFalse);

    public static CaseField Risk { get; } = new("risk", "risk", Expected.Risk);

    public static CaseField Consent { get; } = new("consent", "consent", Expected.TrueOrFalse);

    public static CaseField IncidentAt { get; } = new("incidentAt", "incident_at", Expected.PointInTime);

    public static CaseField ReportedAt { get; } = new("reportedAt", "reported_at", Expected.PointInTime);

    /// <summary>Every field, in the order of a cases CSV file's columns, which is the order bad values are reported in.</summary>
    public static ImmutableArray<CaseField> All { get; } =
        [CaseId, Unit, Age, Sex, Violence, IncidentType, Trafficking, Domestic, Risk, Consent, IncidentAt, ReportedAt];

    /// <summary>
    /// The case the read values make: a yes/no not recorded is no, violence not recorded is none (as
    /// <see cref="CaseRecord"/>'s own defaults); an empty unit is no unit.
    /// </summary>
    public static CaseRecord Record(
        string caseId, string? unit, int? age, Sex? sex, ViolenceKinds? violence, IncidentType? incidentType, bool? trafficking,
        bool? domestic, RiskLevel? risk, bool? consent, Instant? incidentAt, Instant? reportedAt) => new()
        {
            CaseId = caseId, Unit = unit is { Length: > 0 } ? unit : null, Age = age, Sex = sex, Violence = violence ?? ViolenceKinds.None,
            IncidentType = incidentType, Trafficking = trafficking ?? false, Domestic = domestic ?? false, Risk = risk,
            Consent = consent ?? false, IncidentAt = incidentAt, ReportedAt = reportedAt,
        };
}
