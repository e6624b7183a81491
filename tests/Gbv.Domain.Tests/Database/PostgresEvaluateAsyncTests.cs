using Gbv.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gbv.Domain.Tests.Database;

/// <summary>
/// <see cref="CompiledPlan{T}.EvaluateAsync"/> on PostgreSQL through Npgsql's EF Core provider and its NodaTime
/// plug-in, as an integrator runs it: two grouped queries, restricted to the plan's years, with hours since the
/// incident computed in SQL from two instants; the report equals the one from the same rows in memory.
/// </summary>
public sealed class PostgresEvaluateAsyncTests
{
    private sealed class CaseDb(string connection, List<string>? commands = null) : DbContext
    {
        public DbSet<CaseTableRow> Cases => Set<CaseTableRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseNpgsql(connection, npgsql => npgsql.UseNodaTime());
            if (commands is not null)
            {
                options.LogTo(commands.Add, [RelationalEventId.CommandExecuted]);
            }
        }
    }

    private static readonly CompiledPlan<CaseTableRow> FromInstants = EvaluateAsyncTests.Compile(CaseTable.Instants);

    [Theory]
    [InlineData(1, 2_000)]
    [InlineData(2, 0)]
    public async Task PostgreSQL_reports_what_memory_reports_in_two_grouped_queries(int seed, int count)
    {
        using var database = PostgresServer.Create();
        var rows = CaseTable.Generate(seed, count);
        await using (var setup = new CaseDb(database.ConnectionString))
        {
            await setup.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            setup.Cases.AddRange(rows);
            await setup.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        foreach (var compiled in new[] { EvaluateAsyncTests.Compiled, FromInstants })
        {
            var commands = new List<string>();
            await using var db = new CaseDb(database.ConnectionString, commands);
            var inDatabase = await compiled.EvaluateAsync(new ComplianceData<CaseTableRow> { Cases = db.Cases.AsNoTracking() }, EvaluateAsyncTests.AsOf, TestContext.Current.CancellationToken);
            var inMemory = compiled.Evaluate(new ComplianceData<CaseTableRow> { Cases = EvaluateAsyncTests.InPlanYears(rows) }, EvaluateAsyncTests.AsOf);

            Assert.Equal(EvaluateAsyncTests.Figures(inMemory), EvaluateAsyncTests.Figures(inDatabase));
            Assert.Equal(2, commands.Count);
            Assert.All(commands, c => Assert.Contains("GROUP BY", c, StringComparison.Ordinal));
            // Npgsql writes a conditional count as COUNT(*) FILTER (WHERE ...).
            Assert.Contains("FILTER (WHERE", commands[0], StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A national deployment counts in each province's database and merges: the counts and the summary form monoids, so
    /// rows split across two databases (by commune, as provinces hold them) give the counts of all rows in one.
    /// </summary>
    [Fact]
    public async Task Counts_from_two_databases_merge_into_the_counts_of_one()
    {
        var rows = CaseTable.Generate(3, 1_200);
        using var north = PostgresServer.Create();
        using var south = PostgresServer.Create();
        var ct = TestContext.Current.CancellationToken;
        foreach (var (database, part) in new[] { (north, rows.Where(r => r.Commune is "xa-1" or "xa-2")), (south, rows.Where(r => r.Commune is not ("xa-1" or "xa-2"))) })
        {
            await using var setup = new CaseDb(database.ConnectionString);
            await setup.Database.EnsureCreatedAsync(ct);
            setup.Cases.AddRange(part);
            await setup.SaveChangesAsync(ct);
        }

        var compiled = EvaluateAsyncTests.Compiled;
        await using var first = new CaseDb(north.ConnectionString);
        await using var second = new CaseDb(south.ConnectionString);
        var counts = (await compiled.Tally.CountAsync(first.Cases.AsNoTracking(), ct)).Merge(await compiled.Tally.CountAsync(second.Cases.AsNoTracking(), ct));
        var summary = (await compiled.Referrals.SummarizeAsync(first.Cases.AsNoTracking(), ct)).Merge(await compiled.Referrals.SummarizeAsync(second.Cases.AsNoTracking(), ct));

        Assert.Equal(compiled.Tally.Count(rows), counts);
        var whole = compiled.Referrals.Summarize(rows);
        Assert.Equal(whole.Cases, summary.Cases);
        Assert.Equal(whole.PerService, summary.PerService);
        Assert.Equal(whole.PerUnit, summary.PerUnit);
        Assert.Equal(whole.PerUrgency, summary.PerUrgency);
    }
}
