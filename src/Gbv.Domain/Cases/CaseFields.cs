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

    /// <summary>The map.</summary>
    public static FieldMap<CaseRecord> Map { get; } = FieldMap<CaseRecord>.Empty
        .AddNumber("age", c => c.Age, minimum: 0, maximum: 150)
        .AddEnum("sex", c => c.Sex)
        .AddSet("violence", c => c.Violence)
        .AddEnum("incidentType", c => c.IncidentType)
        .AddBoolean("trafficking", c => c.Trafficking)
        .AddBoolean("domestic", c => c.Domestic)
        .AddEnum("risk", c => c.Risk)
        .AddBoolean("consent", c => c.Consent)
        .AddNumber("hoursSinceIncident", c => c.HoursSinceIncident, minimum: 0, maximum: null)
        .AddInstant("incidentAt", c => c.IncidentAt)
        .AddInstant("reportedAt", c => c.ReportedAt)
        .AddText("unit", c => c.Unit);

    /// <summary>
    /// The year a case counts in for indicators: the year of its report in Vietnam's time zone (Asia/Ho_Chi_Minh), or
    /// null when the report time is not recorded. A report at 23:30 on 31 December local time counts in that year.
    /// </summary>
    public static Expression<Func<CaseRecord, int?>> ReportedYear { get; } =
        c => c.ReportedAt == null ? null : c.ReportedAt.Value.InZone(Vietnam).Year;

}
