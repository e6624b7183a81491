using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Indicators;
using Gbv.Domain.Referrals;
using Gbv.Domain.Tests.Evaluation.Indicators;
using Gbv.Domain.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Gbv.Domain.Tests.Database;

/// <summary>
/// <see cref="CompiledPlan{T}.EvaluateAsync"/> over an integrator's table: the report equals evaluating the same rows
/// in memory, and the database is asked two aggregate queries (the case counts, the referral summary), restricted
/// to the years the plan reads. SQLite in process here; <see cref="PostgresEvaluateAsyncTests"/> on a real server.
/// </summary>
public sealed class EvaluateAsyncTests
{
    private sealed class CaseDb(SqliteConnection connection, List<string>? commands = null) : DbContext
    {
        public DbSet<CaseTableRow> Cases => Set<CaseTableRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlite(connection);
            if (commands is not null)
            {
                options.LogTo(commands.Add, [RelationalEventId.CommandExecuted]);
            }
        }

        protected override void OnModelCreating(ModelBuilder model) =>
            model.Entity<CaseTableRow>().Ignore(c => c.IncidentAt).Ignore(c => c.ReportedAt);
    }

    internal static readonly CompiledPlan<CaseTableRow> Compiled = Compile(CaseTable.Columns);

    internal static CompiledPlan<CaseTableRow> Compile(Gbv.Domain.Conditions.FieldMap<CaseTableRow> fields)
    {
        var result = ComplianceEngine.Compile(CaseTallyTests.CasePlan, fields, c => c.ReportYear, ImmutableDictionary<string, string>.Empty, WorkingCalendar.Vietnam);
        Assert.Empty(result.Diagnostics);
        return result.CompiledPlan!;
    }

    internal static readonly Instant AsOf = Instant.FromUtc(2025, 12, 31, 16, 0);

    private static SqliteConnection Seeded(IEnumerable<CaseTableRow> rows)
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var setup = new CaseDb(connection);
        setup.Database.EnsureCreated();
        setup.Cases.AddRange(rows);
        setup.SaveChanges();
        return connection;
    }

    /// <summary>What a report says about cases, in a form that compares by value.</summary>
    internal static string Figures(ComplianceReport report) =>
        string.Join('\n', report.Indicators.Select(r => r.ExplanationEn))
        + $"\nread {report.Cases.Read}, undated {report.Cases.Undated}\n"
        + string.Join('\n',
            from unit in report.Cases.Totals.Units
            from year in report.Cases.Totals.Years
            from element in Compiled.Tally.Elements
            select $"{unit}/{year}/{element}: {report.Cases.Totals.Value(unit, year, element)}")
        + $"\nreferrals: {report.Referrals.Cases}; "
        + string.Join("; ", report.Referrals.PerService.Select(p => $"{p.Key} {p.Value}")) + "; "
        + string.Join("; ", report.Referrals.PerUnit.Select(p => $"{p.Key} {p.Value}")) + "; "
        + string.Join("; ", report.Referrals.PerUrgency.Select(p => $"{p.Key} {p.Value}"));

    /// <summary>The rows an evaluation as of 2025 reads: the plan's years 2024-2025 and the undated (worked by hand from the plan).</summary>
    internal static IEnumerable<CaseTableRow> InPlanYears(IEnumerable<CaseTableRow> rows) =>
        rows.Where(r => r.ReportYear is null or (>= 2024 and <= 2025));

    [Fact]
    public async Task The_database_report_is_the_memory_report_from_two_grouped_queries()
    {
        var rows = CaseTable.Generate(7, 1_500);
        using var connection = Seeded(rows);
        var commands = new List<string>();
        using var db = new CaseDb(connection, commands);

        var inDatabase = await Compiled.EvaluateAsync(new ComplianceData<CaseTableRow> { Cases = db.Cases.AsNoTracking() }, AsOf, TestContext.Current.CancellationToken);
        var inMemory = Compiled.Evaluate(new ComplianceData<CaseTableRow> { Cases = InPlanYears(rows) }, AsOf);

        Assert.Equal(Figures(inMemory), Figures(inDatabase));
        Assert.Equal(InPlanYears(rows).Count(), inDatabase.Cases.Read);
        // Indicators read only the plan's years: the same results as from every row.
        Assert.Equal(
            Compiled.Evaluate(new ComplianceData<CaseTableRow> { Cases = rows }, AsOf).Indicators.Select(r => r.ExplanationEn),
            inDatabase.Indicators.Select(r => r.ExplanationEn));

        Assert.Equal(2, commands.Count);
        Assert.All(commands, c => Assert.Contains("GROUP BY", c, StringComparison.Ordinal));
        Assert.All(commands, c => Assert.Contains("WHERE", c, StringComparison.Ordinal));
        // The counts are conditional aggregates in the query, not rows brought back.
        Assert.Contains("CASE", commands[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_tally_is_one_query_with_a_conditional_count_per_element()
    {
        using var connection = Seeded(CaseTable.Generate(8, 300));
        var commands = new List<string>();
        using var db = new CaseDb(connection, commands);
        var counts = Compiled.Tally.Count(db.Cases);

        Assert.Single(commands);
        Assert.Contains("GROUP BY", commands[0], StringComparison.Ordinal);
        Assert.Equal(Compiled.Tally.Count(CaseTable.Generate(8, 300)), counts);
    }

    [Fact]
    public async Task The_summary_query_tests_each_distinct_condition_once_and_could_hold_only_where_a_value_can_be_missing()
    {
        // child-protection and child-hotline-111 share "age < 16" (age can be missing); trafficking-support is
        // "trafficking" (a bool column, never missing); counselling and legal-aid share "true", which EF Core folds to
        // a constant. So the "holds" mask has two CASEs and the "could hold" mask one: three, where a bit per rule in
        // both masks gave six (age twice and trafficking, in each).
        string[] ids = ["child-protection", "child-hotline-111", "trafficking-support", "counselling", "legal-aid"];
        var set = ReferralRuleSet.Create(DefaultReferralRules.Rules.Where(r => ids.Contains(r.Id)), DefaultReferralRules.Services);
        var engine = ReferralEngine<CaseTableRow>.Compile(set, CaseTable.Columns).Engine!;
        CaseTableRow[] rows =
        [
            new() { Commune = "xa-1", AgeYears = 10, Trafficked = false, ConsentGiven = true },
            new() { Commune = "xa-1", AgeYears = null, Trafficked = true, ConsentGiven = false },
            new() { Commune = "xa-2", AgeYears = 30, Trafficked = false, ConsentGiven = false },
        ];
        using var connection = Seeded(rows);
        var commands = new List<string>();
        using var db = new CaseDb(connection, commands);

        var summary = await engine.SummarizeAsync(db.Cases.AsNoTracking(), TestContext.Current.CancellationToken);

        // Worked by hand: (refer, consent required, needs information) per service.
        Assert.Equal(new ServiceCounts(1, 0, 1), summary.PerService["child-protection"]);
        Assert.Equal(new ServiceCounts(1, 0, 1), summary.PerService["hotline-111"]);
        Assert.Equal(new ServiceCounts(0, 1, 0), summary.PerService["social-services"]);
        Assert.Equal(new ServiceCounts(1, 2, 0), summary.PerService["counselling"]);
        Assert.Equal(new ServiceCounts(1, 2, 0), summary.PerService["legal-aid"]);
        Assert.Equal(engine.Summarize(rows), summary);

        var sql = Assert.Single(commands);
        var cases = sql.Split("CASE").Length - 1;
        Assert.True(cases == 3, $"{cases} CASE expressions in:\n{sql}");
    }

    [Fact]
    public async Task An_empty_table_gives_the_report_of_no_cases()
    {
        using var connection = Seeded([]);
        using var db = new CaseDb(connection);
        var report = await Compiled.EvaluateAsync(new ComplianceData<CaseTableRow> { Cases = db.Cases }, AsOf, TestContext.Current.CancellationToken);
        Assert.Equal(Figures(Compiled.Evaluate(new ComplianceData<CaseTableRow>(), AsOf)), Figures(report));
        Assert.All(report.Indicators, r => Assert.Equal(IndicatorStatus.NoData, r.Status));
    }

    [Fact]
    public async Task A_cancelled_evaluation_stops()
    {
        using var connection = Seeded(CaseTable.Generate(9, 50));
        using var db = new CaseDb(connection);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Compiled.EvaluateAsync(new ComplianceData<CaseTableRow> { Cases = db.Cases }, AsOf, cancel.Token));
    }

    [Fact]
    public async Task An_asynchronous_stream_is_read_once_and_counts_every_case()
    {
        var rows = CaseTable.Generate(10, 400);
        var reads = 0;
        async IAsyncEnumerable<CaseTableRow> Stream()
        {
            foreach (var row in rows)
            {
                reads++;
                await Task.Yield();
                yield return row;
            }
        }

        var report = await Compiled.EvaluateAsync(new AsyncCases(Stream()), AsOf, TestContext.Current.CancellationToken);
        Assert.Equal(rows.Count, reads);
        Assert.Equal(Figures(Compiled.Evaluate(new ComplianceData<CaseTableRow> { Cases = rows }, AsOf)), Figures(report));
    }

    /// <summary>On any rows the database and memory agree (FsCheck picks the seed and the size).</summary>
    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property On_any_rows_the_database_report_is_the_memory_report() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (seed, count) =>
        {
            var rows = CaseTable.Generate(seed, count);
            using var connection = Seeded(rows);
            using var db = new CaseDb(connection);
            var inDatabase = Compiled.EvaluateAsync(new ComplianceData<CaseTableRow> { Cases = db.Cases.AsNoTracking() }, AsOf, CancellationToken.None).GetAwaiter().GetResult();
            return Figures(Compiled.Evaluate(new ComplianceData<CaseTableRow> { Cases = InPlanYears(rows) }, AsOf)) == Figures(inDatabase);
        });

    /// <summary>Cases as an asynchronous stream only: enumerating them synchronously is a test failure.</summary>
    private sealed class AsyncCases(IAsyncEnumerable<CaseTableRow> stream) : IComplianceData<CaseTableRow>
    {
        public IEnumerable<CaseTableRow> Cases { get; } = new StreamOnly(stream);

        public IEnumerable<ReportedValue> ReportedValues => [];

        public IEnumerable<Gbv.Domain.Reporting.Submission> Submissions => [];

        public IEnumerable<Gbv.Domain.Tasks.TaskCompletion> TaskCompletions => [];

        public IReadOnlyDictionary<string, ImmutableArray<string>> ReportingUnits => ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    }

    private sealed class StreamOnly(IAsyncEnumerable<CaseTableRow> stream) : IEnumerable<CaseTableRow>, IAsyncEnumerable<CaseTableRow>
    {
        public IAsyncEnumerator<CaseTableRow> GetAsyncEnumerator(CancellationToken cancellationToken = default) => stream.GetAsyncEnumerator(cancellationToken);

        public IEnumerator<CaseTableRow> GetEnumerator() => throw new InvalidOperationException("read synchronously");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
