using System.Collections.Immutable;
using System.Diagnostics;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Referrals;
using Gbv.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Npgsql;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// One plan's case counts over a table of synthetic cases in PostgreSQL, three ways: the façade's grouped query
/// (<see cref="CaseTally{T}.CountAsync(IQueryable{T}, CancellationToken)"/>, and the whole <see cref="CompiledPlan{T}.EvaluateAsync"/>),
/// loading the rows and counting in memory, and one hand-written SQL query. A wall-clock comparison (each query takes
/// seconds; BenchmarkDotNet's per-operation statistics add nothing here): a warm-up run, then the median of five.
/// The three are checked to give the same counts before anything is timed.
/// </summary>
public static class DatabaseComparison
{
    /// <summary>A table of synthetic cases, with the columns of an integrator's own.</summary>
    public sealed class CaseRow
    {
        public long Id { get; set; }

        public string? Commune { get; set; }

        public int? ReportYear { get; set; }

        public int? AgeYears { get; set; }

        public ViolenceKinds Violence { get; set; }

        public bool ConsentGiven { get; set; }

        public int? Hours { get; set; }

        public Sex? Sex { get; set; }

        public IncidentType? Incident { get; set; }

        public bool Trafficked { get; set; }

        public bool InFamily { get; set; }

        public RiskLevel? Risk { get; set; }
    }

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

        protected override void OnModelCreating(ModelBuilder model) => model.Entity<CaseRow>().ToTable("bench_cases");
    }

    private const string PlanJson = """
        {
          "format": "gbv-plan/1", "id": "bench-cases", "title": { "vi": "Kế hoạch thử: chỉ tiêu trên hồ sơ vụ việc" },
          "document": { "issuer": "ubnd" }, "level": "district", "period": { "from": 2024, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
          "indicators": [
            { "key": "sexual-violence-in-time", "title": { "vi": "Bạo lực tình dục được tiếp nhận trong 72 giờ" }, "source": "thử",
              "metric": { "cases": { "numerator": "hoursSinceIncident <= 72", "denominator": "violence has sexual" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 80 } } ] },
            { "key": "with-consent", "title": { "vi": "trong đó có sự đồng ý" }, "source": "thử", "ofWhich": "sexual-violence-in-time",
              "metric": { "cases": { "numerator": "consent" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 50 } } ] },
            { "key": "children-share", "title": { "vi": "Tỷ lệ trẻ em dưới 16 tuổi" }, "source": "thử",
              "metric": { "cases": { "numerator": "age < 16" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-most", "value": 30 } } ] }
          ]
        }
        """;

    // The same counts written by hand: the plan's conditions as SQL, one conditional count each, the plan's years.
    private const string HandSql = """
        SELECT "Commune", "ReportYear", COUNT(*),
          COUNT(*) FILTER (WHERE "Violence" & 4 <> 0 AND "Hours" <= 72),
          COUNT(*) FILTER (WHERE "Violence" & 4 <> 0),
          COUNT(*) FILTER (WHERE "Violence" & 4 <> 0 AND "Hours" <= 72 AND "ConsentGiven"),
          COUNT(*) FILTER (WHERE "AgeYears" < 16)
        FROM bench_cases
        WHERE "ReportYear" IS NULL OR "ReportYear" BETWEEN 2024 AND 2025
        GROUP BY "Commune", "ReportYear"
        """;

    private static readonly FieldMap<CaseRow> Fields = FieldMap<CaseRow>.Empty
        .AddText("unit", c => c.Commune)
        .AddSet("violence", c => c.Violence)
        .AddNumber("hoursSinceIncident", c => c.Hours, 0, null)
        .AddBoolean("consent", c => c.ConsentGiven)
        .AddNumber("age", c => c.AgeYears, 0, 150)
        .AddEnum("sex", c => c.Sex)
        .AddEnum("incidentType", c => c.Incident)
        .AddBoolean("trafficking", c => c.Trafficked)
        .AddBoolean("domestic", c => c.InFamily)
        .AddEnum("risk", c => c.Risk);

    public static async Task<int> RunAsync(string connection, int rows)
    {
        var plan = PlanLoader.Load(PlanJson).Plan!;
        var result = ComplianceEngine.Compile(plan, Fields, c => c.ReportYear, ImmutableDictionary<string, string>.Empty, WorkingCalendar.Vietnam);
        if (result.CompiledPlan is not { } compiled)
        {
            Console.Error.WriteLine(string.Join('\n', result.Diagnostics));
            return 1;
        }

        await Fill(connection, rows);
        var asOf = Instant.FromUtc(2025, 12, 31, 16, 0);

        // Agreement first: the façade, memory and the hand-written query count the same things.
        var commands = new List<string>();
        CaseCounts facade;
        await using (var db = new CaseDb(connection, commands))
        {
            facade = await compiled.Tally.CountAsync(InPlanYears(db), CancellationToken.None);
        }

        var memory = await InMemory(connection, compiled);
        var hand = await Hand(connection);
        foreach (var (unit, year, c) in hand)
        {
            long Get(string element) => (long)(facade.Totals.Value(unit, year, element) ?? -1);
            long Mem(string element) => (long)(memory.Totals.Value(unit, year, element) ?? -1);
            long[] expected = [c[1], c[2], c[3], c[4], c[0]];
            long[] fromFacade = [Get("sexual-violence-in-time#numerator"), Get("sexual-violence-in-time#denominator"), Get("with-consent#numerator"), Get("children-share#numerator"), Get("children-share#denominator")];
            long[] fromMemory = [Mem("sexual-violence-in-time#numerator"), Mem("sexual-violence-in-time#denominator"), Mem("with-consent#numerator"), Mem("children-share#numerator"), Mem("children-share#denominator")];
            if (!expected.SequenceEqual(fromFacade) || !expected.SequenceEqual(fromMemory))
            {
                Console.Error.WriteLine($"disagree at {unit}/{year}: hand {string.Join(',', expected)}, façade {string.Join(',', fromFacade)}, memory {string.Join(',', fromMemory)}");
                return 1;
            }
        }

        Console.WriteLine($"{rows:N0} rows; {hand.Count} unit-years; the three agree. Façade tally: {commands.Count} query.");
        commands.Clear();
        await using (var db = new CaseDb(connection, commands))
        {
            await compiled.EvaluateAsync(new ComplianceData<CaseRow> { Cases = db.Cases.AsNoTracking() }, asOf, CancellationToken.None);
        }

        Console.WriteLine($"EvaluateAsync: {commands.Count} queries");

        // The referral summary from the grouped query must be the one from the rows themselves.
        ReferralSummary fromQuery, fromRows;
        await using (var db = new CaseDb(connection))
        {
            fromQuery = await compiled.Referrals.SummarizeAsync(InPlanYears(db), CancellationToken.None);
        }

        await using (var db = new CaseDb(connection))
        {
            fromRows = await compiled.Referrals.SummarizeAsync(InPlanYears(db).AsAsyncEnumerable(), CancellationToken.None);
        }

        if (!fromQuery.Equals(fromRows))
        {
            Console.Error.WriteLine($"the referral summaries disagree: query {fromQuery.Cases} cases, rows {fromRows.Cases} cases");
            return 1;
        }

        Console.WriteLine($"Referral summary: the grouped query and the rows agree ({fromRows.Cases:N0} cases, {fromRows.PerService.Count} services).");
        foreach (var command in commands)
        {
            Console.WriteLine("  " + command.ReplaceLineEndings(" ")[..Math.Min(400, command.Length)]);
        }

        await Time("façade: CaseTally.CountAsync (one grouped query)", async () =>
        {
            await using var db = new CaseDb(connection);
            await compiled.Tally.CountAsync(InPlanYears(db), CancellationToken.None);
        });
        await Time("façade: EvaluateAsync (counts + referral summary)", async () =>
        {
            await using var db = new CaseDb(connection);
            await compiled.EvaluateAsync(new ComplianceData<CaseRow> { Cases = db.Cases.AsNoTracking() }, asOf, CancellationToken.None);
        });
        await Time("load the rows, count in memory", async () => await InMemory(connection, compiled));
        await Time("load the rows, EvaluateAsync in memory (counts + referral summary)", async () =>
        {
            await using var db = new CaseDb(connection);
            await compiled.EvaluateAsync(new ComplianceData<CaseRow> { Cases = new Streamed(InPlanYears(db).AsAsyncEnumerable()) }, asOf, CancellationToken.None);
        });
        await Time("hand-written SQL (Npgsql)", async () => await Hand(connection));
        return 0;
    }

    /// <summary>Rows as a stream only, so that EvaluateAsync reads them rather than sending a query.</summary>
    private sealed class Streamed(IAsyncEnumerable<CaseRow> rows) : IEnumerable<CaseRow>, IAsyncEnumerable<CaseRow>
    {
        public IAsyncEnumerator<CaseRow> GetAsyncEnumerator(CancellationToken cancellationToken = default) => rows.GetAsyncEnumerator(cancellationToken);

        public IEnumerator<CaseRow> GetEnumerator() => throw new NotSupportedException();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static IQueryable<CaseRow> InPlanYears(CaseDb db) =>
        db.Cases.AsNoTracking().Where(c => c.ReportYear == null || (c.ReportYear >= 2024 && c.ReportYear <= 2025));

    private static async Task<CaseCounts> InMemory(string connection, CompiledPlan<CaseRow> compiled)
    {
        await using var db = new CaseDb(connection);
        return await compiled.Tally.CountAsync(InPlanYears(db).AsAsyncEnumerable(), CancellationToken.None);
    }

    private static async Task<List<(string Unit, int Year, long[] Counts)>> Hand(string connection)
    {
        await using var data = NpgsqlDataSource.Create(connection);
        await using var command = data.CreateCommand(HandSql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int, long[])>();
        while (await reader.ReadAsync())
        {
            if (reader.IsDBNull(1))
            {
                continue;
            }

            rows.Add((reader.IsDBNull(0) ? string.Empty : reader.GetString(0), reader.GetInt32(1), [reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)]));
        }

        return rows;
    }

    private static async Task Time(string name, Func<Task> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name}: median {times[2]:F0} ms (min {times[0]:F0}, max {times[4]:F0})");
    }

    private static async Task Fill(string connection, int rows)
    {
        // Synthetic rows made by the server itself (a fixed seed): units xa-0..xa-19 and none, years 2020-2027 and none.
        await using var data = NpgsqlDataSource.Create(connection);
        await using var command = data.CreateCommand($"""
            DROP TABLE IF EXISTS bench_cases;
            CREATE TABLE bench_cases ("Id" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "Commune" text, "ReportYear" integer,
              "AgeYears" integer, "Violence" integer NOT NULL, "ConsentGiven" boolean NOT NULL, "Hours" integer,
              "Sex" integer, "Incident" integer, "Trafficked" boolean NOT NULL, "InFamily" boolean NOT NULL, "Risk" integer);
            SELECT setseed(0.42);
            INSERT INTO bench_cases ("Commune", "ReportYear", "AgeYears", "Violence", "ConsentGiven", "Hours", "Sex", "Incident", "Trafficked", "InFamily", "Risk")
            SELECT CASE WHEN random() < 0.05 THEN NULL ELSE 'xa-' || floor(random() * 20)::int END,
                   CASE WHEN random() < 0.1 THEN NULL ELSE 2020 + floor(random() * 8)::int END,
                   CASE WHEN random() < 0.1 THEN NULL ELSE floor(random() * 70)::int END,
                   floor(random() * 16)::int,
                   random() < 0.6,
                   CASE WHEN random() < 0.15 THEN NULL ELSE floor(random() * 200)::int END,
                   CASE WHEN random() < 0.1 THEN NULL ELSE floor(random() * 3)::int END,
                   CASE WHEN random() < 0.2 THEN NULL ELSE floor(random() * 6)::int END,
                   random() < 0.05,
                   random() < 0.7,
                   CASE WHEN random() < 0.2 THEN NULL ELSE floor(random() * 4)::int END
            FROM generate_series(1, {rows});
            ANALYZE bench_cases;
            """);
        await command.ExecuteNonQueryAsync();
    }
}
