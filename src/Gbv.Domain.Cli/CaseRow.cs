using System.Linq.Expressions;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Cli;

/// <summary>
/// A case's values as the parts reader holds them: one row per part, filled again for each line and handed to the
/// engine, which has counted it before the next line is read. A <see cref="CaseRecord"/> per case was the largest
/// share of the reader's work after parsing (an object and an id string for every line, and the collections they
/// cost); the case id is not a field (conditions never name one person), so the row does not keep it.
/// </summary>
internal sealed class CaseRow
{
    /// <summary>The standard fields over the row, from the one list of them (<see cref="CaseFields"/>).</summary>
    public static FieldMap<CaseRow> Map { get; } = CaseFields.Standard<CaseRow>(
        r => r.Age, r => r.Sex, r => r.Violence, r => r.IncidentType, r => r.Trafficking, r => r.Domestic, r => r.Risk,
        r => r.Consent, r => r.HoursSinceIncident, r => r.IncidentAt, r => r.ReportedAt, r => r.Unit);

    /// <summary>The year a row counts in, as <see cref="CaseFields.ReportedYear"/>.</summary>
    public static Expression<Func<CaseRow, int?>> ReportedYear { get; } = CaseFields.YearOf<CaseRow>(r => r.ReportedAt);

    public int? Age { get; private set; }

    public Sex? Sex { get; private set; }

    public ViolenceKinds Violence { get; private set; }

    public IncidentType? IncidentType { get; private set; }

    public bool Trafficking { get; private set; }

    public bool Domestic { get; private set; }

    public RiskLevel? Risk { get; private set; }

    public bool Consent { get; private set; }

    public Instant? IncidentAt { get; private set; }

    public Instant? ReportedAt { get; private set; }

    public string? Unit { get; private set; }

    public int? HoursSinceIncident => CaseTimes.HoursBetween(IncidentAt, ReportedAt);

    /// <summary>Fills the row with a line's values, missing ones as <see cref="CaseField.Record"/> makes them.</summary>
    public CaseRow Set(
        string? unit, int? age, Sex? sex, ViolenceKinds? violence, IncidentType? incidentType, bool? trafficking,
        bool? domestic, RiskLevel? risk, bool? consent, Instant? incidentAt, Instant? reportedAt)
    {
        Unit = unit is { Length: > 0 } ? unit : null;
        Age = age;
        Sex = sex;
        Violence = violence ?? ViolenceKinds.None;
        IncidentType = incidentType;
        Trafficking = trafficking ?? false;
        Domestic = domestic ?? false;
        Risk = risk;
        Consent = consent ?? false;
        IncidentAt = incidentAt;
        ReportedAt = reportedAt;
        return this;
    }
}
