using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Tests.Evaluation.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using CaseRow = Gbv.Domain.Tests.Evaluation.Indicators.CaseTallyDatabaseTests.CaseRow;

namespace Gbv.Domain.Tests.Database;

/// <summary>
/// A plan's case counts in PostgreSQL through Npgsql's EF Core provider, as an integrator runs them: the counts equal
/// counting the same rows in memory, and the SQL is a grouped count.
/// </summary>
public sealed class PostgresCaseTallyTests
{
    private sealed class CaseDb(string connection, List<string>? commands = null) : DbContext
    {
        public DbSet<CaseRow> Cases => Set<CaseRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseNpgsql(connection, npgsql => npgsql.UseNodaTime());
            if (commands is not null)
            {
                options.LogTo(commands.Add, [RelationalEventId.CommandExecuted]);
            }
        }
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 3_000)]
    [InlineData(3, 0)]
    public void PostgreSQL_counts_what_memory_counts(int seed, int count)
    {
        using var database = PostgresServer.Create();
        var rows = CaseTallyDatabaseTests.Generate(seed, count);
        using (var setup = new CaseDb(database.ConnectionString))
        {
            setup.Database.EnsureCreated();
            setup.Cases.AddRange(rows);
            setup.SaveChanges();
        }

        var tally = CaseTally<CaseRow>.Compile(CaseTallyTests.CasePlan, CaseTallyDatabaseTests.Fields, c => c.ReportYear, new Dictionary<string, string>()).Tally!;
        var commands = new List<string>();
        using var db = new CaseDb(database.ConnectionString, commands);
        var inDatabase = tally.Count(db.Cases.AsNoTracking());
        var inMemory = tally.Count(rows);

        Assert.Equal(inMemory, inDatabase);
        Assert.Equal(count, inDatabase.Read);
        Assert.All(commands, c => Assert.Contains("GROUP BY", c, StringComparison.Ordinal));
        var asOf = new LocalDate(2025, 12, 31);
        Assert.Equal(
            IndicatorEvaluator.Evaluate(CaseTallyTests.CasePlan, inMemory.Totals, asOf).Select(r => r.ExplanationEn),
            IndicatorEvaluator.Evaluate(CaseTallyTests.CasePlan, inDatabase.Totals, asOf).Select(r => r.ExplanationEn));
    }
}
