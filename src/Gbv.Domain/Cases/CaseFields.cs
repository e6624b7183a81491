using System.Linq.Expressions;
using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Cases;

/// <summary>
/// The standard field names for conditions over cases, bound to <see cref="CaseRecord"/>. Conditions in plan files
/// are checked against these names; an integrator's own map should use the same names for its own entity.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>age</term><description>whole number, 0-150, can be missing</description></item>
/// <item><term>sex</term><description>female, male, other; can be missing</description></item>
/// <item><term>violence</term><description>set of physical, psychological, sexual, economic</description></item>
/// <item><term>incidentType</term><description>rape, sexual-assault, physical-assault, forced-marriage, denial-of-resources, psychological-abuse</description></item>
/// <item><term>trafficking, domestic, consent</term><description>true or false</description></item>
/// <item><term>risk</term><description>low, medium, high, life-threatening</description></item>
/// <item><term>hoursSinceIncident</term><description>whole hours from incident to report, at least 0</description></item>
/// <item><term>incidentAt, reportedAt</term><description>points in time (is missing / is present)</description></item>
/// <item><term>unit</term><description>text: the administrative unit's id</description></item>
/// </list>
/// The case id is deliberately not a field: conditions describe kinds of cases, never one person.
/// </remarks>
public static class CaseFields
{
    // Declared before the expressions that read it: static initializers run in order.
    private static DateTimeZone Vietnam { get; } = DateTimeZoneProviders.Tzdb[Plans.Plan.DefaultTimeZone];

    private static Expression<Func<Instant?, int?>> YearOfInstant { get; } = at => at == null ? null : at.Value.InZone(Vietnam).Year;

    /// <summary>The map.</summary>
    public static FieldMap<CaseRecord> Map { get; } = Standard<CaseRecord>(
        c => c.Age, c => c.Sex, c => c.Violence, c => c.IncidentType, c => c.Trafficking, c => c.Domestic, c => c.Risk,
        c => c.Consent, c => c.HoursSinceIncident, c => c.IncidentAt, c => c.ReportedAt, c => c.Unit);

    /// <summary>
    /// The year a case counts in for indicators: the year of its report in Vietnam's time zone (Asia/Ho_Chi_Minh), or
    /// null when the report time is not recorded. A report at 23:30 on 31 December local time counts in that year.
    /// </summary>
    public static Expression<Func<CaseRecord, int?>> ReportedYear { get; } = YearOf<CaseRecord>(c => c.ReportedAt);

    /// <summary>
    /// The standard fields, with their names, kinds and ranges, over any type that holds a case's values: the one list
    /// of them, for <see cref="CaseRecord"/> and for the tool's own row type (a reader that fills one row per line
    /// instead of making a record per case), so the two can never differ in a name or a range.
    /// </summary>
    internal static FieldMap<T> Standard<T>(
        Expression<Func<T, int?>> age, Expression<Func<T, Sex?>> sex, Expression<Func<T, ViolenceKinds>> violence,
        Expression<Func<T, IncidentType?>> incidentType, Expression<Func<T, bool>> trafficking, Expression<Func<T, bool>> domestic,
        Expression<Func<T, RiskLevel?>> risk, Expression<Func<T, bool>> consent, Expression<Func<T, int?>> hoursSinceIncident,
        Expression<Func<T, Instant?>> incidentAt, Expression<Func<T, Instant?>> reportedAt, Expression<Func<T, string?>> unit) => FieldMap<T>.Empty
        .AddNumber("age", age, minimum: CaseFieldText.MinimumAge, maximum: CaseFieldText.MaximumAge)
        .AddEnum("sex", sex)
        .AddSet("violence", violence)
        .AddEnum("incidentType", incidentType)
        .AddBoolean("trafficking", trafficking)
        .AddBoolean("domestic", domestic)
        .AddEnum("risk", risk)
        .AddBoolean("consent", consent)
        .AddNumber("hoursSinceIncident", hoursSinceIncident, minimum: 0, maximum: null)
        .AddInstant("incidentAt", incidentAt)
        .AddInstant("reportedAt", reportedAt)
        .AddText("unit", unit);

    /// <summary>The year of <see cref="ReportedYear"/> over any type with a report time.</summary>
    internal static Expression<Func<T, int?>> YearOf<T>(Expression<Func<T, Instant?>> reportedAt) =>
        Expression.Lambda<Func<T, int?>>(Expression.Invoke(YearOfInstant, reportedAt.Body), reportedAt.Parameters);

}
