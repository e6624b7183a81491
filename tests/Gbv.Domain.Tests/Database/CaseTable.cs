using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Tests.Database;

/// <summary>
/// An integrator's case table with its own column names (synthetic rows only), the field map that binds the standard
/// case fields to it, and a generator of rows. Hours since the incident is a column here; <see cref="Instants"/> binds
/// it instead as computed from two instants, as a database translates it.
/// </summary>
public sealed class CaseTableRow
{
    public int Id { get; set; }

    public string? Commune { get; set; }

    public int? ReportYear { get; set; }

    public int? AgeYears { get; set; }

    public Sex? Sex { get; set; }

    public ViolenceKinds Violence { get; set; }

    public IncidentType? Incident { get; set; }

    public bool Trafficked { get; set; }

    public bool InFamily { get; set; }

    public RiskLevel? Risk { get; set; }

    public bool ConsentGiven { get; set; }

    public int? Hours { get; set; }

    public Instant? IncidentAt { get; set; }

    public Instant? ReportedAt { get; set; }
}

internal static class CaseTable
{
    private static FieldMap<CaseTableRow> Common => FieldMap<CaseTableRow>.Empty
        .AddNumber("age", c => c.AgeYears, minimum: 0, maximum: 150)
        .AddEnum("sex", c => c.Sex)
        .AddSet("violence", c => c.Violence)
        .AddEnum("incidentType", c => c.Incident)
        .AddBoolean("trafficking", c => c.Trafficked)
        .AddBoolean("domestic", c => c.InFamily)
        .AddEnum("risk", c => c.Risk)
        .AddBoolean("consent", c => c.ConsentGiven)
        .AddText("unit", c => c.Commune);

    /// <summary>Hours since the incident from its own column (SQLite has no instant type).</summary>
    public static FieldMap<CaseTableRow> Columns { get; } = Common.AddNumber("hoursSinceIncident", c => c.Hours, minimum: 0, maximum: null);

    /// <summary>
    /// Hours since the incident computed from the two instants, whole hours as <see cref="CaseRecord.HoursSinceIncident"/>
    /// gives them. <c>Math.Floor</c>, not a cast alone: PostgreSQL rounds a cast to integer (71.6 hours would be 72, inside a
    /// 72-hour window in SQL and outside it in memory).
    /// </summary>
    public static FieldMap<CaseTableRow> Instants { get; } = Common.AddNumber(
        "hoursSinceIncident",
        c => c.IncidentAt == null || c.ReportedAt == null ? null : (int?)Math.Floor((c.ReportedAt.Value - c.IncidentAt.Value).TotalHours),
        minimum: 0,
        maximum: null);

    /// <summary>Rows from a seed: years from 2022 to 2027 and missing (the plan reads some of them), every field sometimes missing.</summary>
    public static List<CaseTableRow> Generate(int seed, int count)
    {
        var random = new Random(seed);
        T? Sometimes<T>(Func<T> value) where T : struct => random.Next(6) == 0 ? null : value();
        var reported = Instant.FromUtc(2025, 3, 1, 0, 0);
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var hours = Sometimes(() => random.Next(200));
            var at = reported + Duration.FromMinutes(random.Next(500_000));
            return new CaseTableRow
            {
                Id = i,
                Commune = random.Next(5) switch { 0 => null, var n => $"xa-{n}" },
                ReportYear = random.Next(8) == 0 ? null : 2022 + random.Next(6),
                AgeYears = Sometimes(() => random.Next(70)),
                Sex = Sometimes(() => (Sex)random.Next(3)),
                Violence = (ViolenceKinds)random.Next(16),
                Incident = Sometimes(() => (IncidentType)random.Next(6)),
                Trafficked = random.Next(10) == 0,
                InFamily = random.Next(3) > 0,
                Risk = Sometimes(() => (RiskLevel)random.Next(4)),
                ConsentGiven = random.Next(3) > 0,
                Hours = hours,
                ReportedAt = hours is null ? null : at,
                // Minutes past the hour, so that whole hours are truncated as in memory.
                IncidentAt = hours is { } h ? at - Duration.FromHours(h) - Duration.FromMinutes(random.Next(60)) : null,
            };
        })];
    }
}
