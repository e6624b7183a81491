using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Evaluation.Indicators;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>
/// The same indicators counted by the database: EF Core turns the tally into filtered counts grouped by unit and
/// year, and the results equal counting the same rows in memory.
/// </summary>
public sealed class CaseTallyDatabaseTests
{
    /// <summary>An integrator's table: a year column, a commune, and the case fields under its own names.</summary>
    public sealed class CaseRow
    {
        public int Id { get; set; }

        public string? Commune { get; set; }

        public int? ReportYear { get; set; }

        public ViolenceKinds Violence { get; set; }

        public int? Hours { get; set; }

        public bool ConsentGiven { get; set; }

        public int? AgeYears { get; set; }
    }

    private sealed class CaseDb(SqliteConnection connection, List<string>? commands = null) : DbContext
    {
        public DbSet<CaseRow> Cases => Set<CaseRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlite(connection);
            if (commands is not null)
            {
                options.LogTo(commands.Add, [RelationalEventId.CommandExecuted]);
            }
        }
    }

    internal static readonly FieldMap<CaseRow> Fields = FieldMap<CaseRow>.Empty
        .AddText("unit", c => c.Commune)
        .AddSet("violence", c => c.Violence)
        .AddNumber("hoursSinceIncident", c => c.Hours, 0, null)
        .AddBoolean("consent", c => c.ConsentGiven)
        .AddNumber("age", c => c.AgeYears, 0, 150);

    internal static List<CaseRow> Generate(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(i => new CaseRow
        {
            Id = i,
            Commune = random.Next(5) switch { 0 => null, var n => $"xa-{n}" },
            ReportYear = random.Next(10) == 0 ? null : 2024 + random.Next(2),
            Violence = (ViolenceKinds)random.Next(16),
            Hours = random.Next(6) == 0 ? null : random.Next(200),
            ConsentGiven = random.Next(3) > 0,
            AgeYears = random.Next(8) == 0 ? null : random.Next(70),
        })];
    }

    /// <summary>An in-memory SQLite database holding the rows; open as long as the connection is.</summary>
    private static SqliteConnection Seeded(IEnumerable<CaseRow> rows)
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var setup = new CaseDb(connection);
        setup.Database.EnsureCreated();
        setup.Cases.AddRange(rows);
        setup.SaveChanges();
        return connection;
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 2_000)]
    [InlineData(3, 0)]
    public void The_database_counts_what_memory_counts(int seed, int count)
    {
        var rows = Generate(seed, count);
        using var connection = Seeded(rows);

        var result = CaseTally<CaseRow>.Compile(CaseTallyTests.CasePlan, Fields, c => c.ReportYear, new Dictionary<string, string>());
        Assert.Empty(result.Diagnostics);
        var tally = result.Tally!;

        using var db = new CaseDb(connection);
        var inDatabase = tally.Count(db.Cases.AsNoTracking());
        var inMemory = tally.Count(rows);
        Assert.Equal(inMemory, inDatabase);
        Assert.Equal(count, inDatabase.Read);

        var asOf = new LocalDate(2025, 12, 31);
        Assert.Equal(
            IndicatorEvaluator.Evaluate(CaseTallyTests.CasePlan, inMemory.Totals, asOf).Select(r => r.ExplanationEn),
            IndicatorEvaluator.Evaluate(CaseTallyTests.CasePlan, inDatabase.Totals, asOf).Select(r => r.ExplanationEn));
    }

    [Fact]
    public void The_database_runs_one_grouped_query_with_a_conditional_count_per_element_and_only_counts_come_back()
    {
        using var connection = Seeded(Generate(4, 300));

        var tally = CaseTally<CaseRow>.Compile(CaseTallyTests.CasePlan, Fields, c => c.ReportYear, new Dictionary<string, string>()).Tally!;
        var commands = new List<string>();
        using var db = new CaseDb(connection, commands);
        tally.Count(db.Cases);

        var sql = Assert.Single(commands);
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        // sexual-violence-in-time's numerator and denominator, with-consent's numerator and children-share's numerator
        // are conditional counts; children-share's denominator counts all cases, like the group's own count.
        Assert.Equal(tally.Elements.Length - 1, sql.Split("CASE").Length - 1);
    }

    [Fact]
    public void A_unit_whose_cases_meet_no_condition_has_zeros_in_the_database_as_in_memory()
    {
        CaseRow[] rows = [new() { Id = 1, Commune = "xa-1", ReportYear = 2025, Violence = ViolenceKinds.Economic, ConsentGiven = false, AgeYears = 40 }];
        using var connection = Seeded(rows);

        var tally = CaseTally<CaseRow>.Compile(CaseTallyTests.CasePlan, Fields, c => c.ReportYear, new Dictionary<string, string>()).Tally!;
        using var db = new CaseDb(connection);
        var inDatabase = tally.Count(db.Cases);
        Assert.Equal(tally.Count(rows), inDatabase);
        Assert.Equal(0, inDatabase.Totals.Value("xa-1", 2025, "sexual-violence-in-time#numerator"));
    }
}
