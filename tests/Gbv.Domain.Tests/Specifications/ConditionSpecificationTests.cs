using Ardalis.Specification;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Specifications;
using Gbv.Domain.Tests.Conditions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gbv.Domain.Tests.Specifications;

/// <summary>
/// An integrator's own entity in their own database (SQLite here), bound with a field map that uses the standard
/// case field names: the same condition selects the same rows in memory and in SQL.
/// </summary>
public sealed class ConditionSpecificationTests
{
    public sealed class SurvivorRow
    {
        public int Id { get; set; }

        public int? AgeYears { get; set; }

        public Sex? Sex { get; set; }

        public ViolenceKinds Violence { get; set; }

        public IncidentType? Incident { get; set; }

        public bool Trafficked { get; set; }

        public bool Domestic { get; set; }

        public bool ConsentGiven { get; set; }

        public RiskLevel? Risk { get; set; }

        public int? Hours { get; set; }

        public Instant? IncidentAt { get; set; }

        public Instant? ReportedAt { get; set; }

        public string? Commune { get; set; }
    }

    private sealed class SurvivorDb(SqliteConnection connection) : DbContext
    {
        public DbSet<SurvivorRow> Survivors => Set<SurvivorRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite(connection);

        protected override void OnModelCreating(ModelBuilder model)
        {
            var entity = model.Entity<SurvivorRow>();
            entity.Property(s => s.IncidentAt).HasConversion(i => i!.Value.ToDateTimeUtc(), d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
            entity.Property(s => s.ReportedAt).HasConversion(i => i!.Value.ToDateTimeUtc(), d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
        }
    }

    private static readonly FieldMap<SurvivorRow> Fields = FieldMap<SurvivorRow>.Empty
        .AddNumber("age", s => s.AgeYears, 0, 150)
        .AddEnum("sex", s => s.Sex)
        .AddSet("violence", s => s.Violence)
        .AddEnum("incidentType", s => s.Incident)
        .AddBoolean("trafficking", s => s.Trafficked)
        .AddBoolean("domestic", s => s.Domestic)
        .AddBoolean("consent", s => s.ConsentGiven)
        .AddEnum("risk", s => s.Risk)
        .AddNumber("hoursSinceIncident", s => s.Hours, 0, null)
        .AddInstant("incidentAt", s => s.IncidentAt)
        .AddInstant("reportedAt", s => s.ReportedAt)
        .AddText("unit", s => s.Commune);

    /// <summary>
    /// What Ardalis.Specification.EntityFrameworkCore's <c>WithSpecification</c> does for a specification that only
    /// filters: apply its Where expressions to the query.
    /// </summary>
    private static IQueryable<T> Where<T>(IQueryable<T> query, ISpecification<T> spec) =>
        spec.WhereExpressions.Aggregate(query, (q, where) => q.Where(where.Filter));

    private static SurvivorRow Row(CaseRecord c, int id) => new()
    {
        Id = id,
        AgeYears = c.Age,
        Sex = c.Sex,
        Violence = c.Violence,
        Incident = c.IncidentType,
        Trafficked = c.Trafficking,
        Domestic = c.Domestic,
        ConsentGiven = c.Consent,
        Risk = c.Risk,
        Hours = c.HoursSinceIncident,
        IncidentAt = c.IncidentAt,
        ReportedAt = c.ReportedAt,
        Commune = c.Unit,
    };

    [Property(MaxTest = 25)]
    public void The_same_condition_selects_the_same_rows_in_memory_and_in_SQLite(int seed)
    {
        var random = new RandomConditions(seed);
        var rows = Enumerable.Range(1, 200).Select(i => Row(random.Case(i), i)).ToList();

        using var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var db = new SurvivorDb(connection);
        db.Database.EnsureCreated();
        db.Survivors.AddRange(rows);
        db.SaveChanges();
        db.ChangeTracker.Clear();

        for (var i = 0; i < 15; i++)
        {
            var result = Condition.Compile(random.Condition(), Fields);
            Assert.True(result.Success, string.Join('\n', result.Diagnostics));
            var spec = new ConditionSpecification<SurvivorRow>(result.Condition!);

            var inMemory = spec.Evaluate(rows).Select(r => r.Id).Order().ToList();
            var inSql = Where(db.Survivors.AsNoTracking(), spec).Select(r => r.Id).Order().ToList();

            Assert.True(inMemory.SequenceEqual(inSql), $"{result.Condition}\nmemory: {string.Join(',', inMemory)}\nsql:    {string.Join(',', inSql)}");
        }
    }

    [Fact]
    public void The_condition_runs_in_the_database_as_a_where_clause()
    {
        using var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var db = new SurvivorDb(connection);
        db.Database.EnsureCreated();
        var spec = new ConditionSpecification<SurvivorRow>(Condition.Compile("age < 16 and violence has sexual and unit = \"u-1\"", Fields).Condition!);

        var sql = Where(db.Survivors, spec).ToQueryString();

        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("\"AgeYears\" < 16", sql, StringComparison.Ordinal);
        Assert.Contains("\"Violence\" & 4", sql, StringComparison.Ordinal);
        Assert.Contains("\"Commune\" = 'u-1'", sql, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new ConditionSpecification<SurvivorRow>(null!));
    }
}
