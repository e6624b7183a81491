using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Gbv.Domain.Referrals;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// <c>gbv evaluate</c> over a CSV file of synthetic cases against DuckDB counting the same things in the same file:
/// cases by unit and year with the plan's three case indicators (five counts), and the referral summary (the default
/// rules, each "holds" and "could hold once missing values are recorded", folded per service as the engine does).
/// The two are checked to agree first (every indicator's numerator and denominator in every year, the cases read and
/// undated, every service's three counts and the counts per urgency); then each runs as its own process, one after the
/// other, several times in the same minute, with wall time and peak memory from <c>/usr/bin/time</c>.
/// </summary>
/// <remarks>
/// DuckDB is used as its documentation recommends for a CSV file: <c>read_csv</c> with the header and every column's
/// type given (no sniffing), all threads, and the whole count as one query. Its figure is the better of two: the query
/// alone, timed inside its process (no start-up at all), and its whole process.
/// </remarks>
public static class FileComparison
{
    private const string PlanJson = """
        {
          "format": "gbv-plan/1", "id": "bench-files", "title": { "vi": "Kế hoạch thử: chỉ tiêu trên hồ sơ vụ việc" },
          "document": { "issuer": "ubnd" }, "level": "district", "period": { "from": 2017, "to": 2020 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
          "indicators": [
            { "key": "sexual-violence-in-time", "title": { "vi": "Bạo lực tình dục được tiếp nhận trong 72 giờ" }, "source": "thử",
              "metric": { "cases": { "numerator": "hoursSinceIncident <= 72", "denominator": "violence has sexual" } },
              "targets": [ { "by": 2017, "threshold": { "comparison": "at-least", "value": 80 } }, { "by": 2018, "threshold": { "comparison": "at-least", "value": 80 } },
                           { "by": 2019, "threshold": { "comparison": "at-least", "value": 80 } }, { "by": 2020, "threshold": { "comparison": "at-least", "value": 80 } } ] },
            { "key": "with-consent", "title": { "vi": "trong đó có sự đồng ý" }, "source": "thử", "ofWhich": "sexual-violence-in-time",
              "metric": { "cases": { "numerator": "consent" } },
              "targets": [ { "by": 2017, "threshold": { "comparison": "more-than", "value": 50 } }, { "by": 2018, "threshold": { "comparison": "more-than", "value": 50 } },
                           { "by": 2019, "threshold": { "comparison": "more-than", "value": 50 } }, { "by": 2020, "threshold": { "comparison": "more-than", "value": 50 } } ] },
            { "key": "children-share", "title": { "vi": "Tỷ lệ trẻ em dưới 16 tuổi" }, "source": "thử",
              "metric": { "cases": { "numerator": "age < 16" } },
              "targets": [ { "by": 2017, "threshold": { "comparison": "at-most", "value": 30 } }, { "by": 2018, "threshold": { "comparison": "at-most", "value": 30 } },
                           { "by": 2019, "threshold": { "comparison": "at-most", "value": 30 } }, { "by": 2020, "threshold": { "comparison": "at-most", "value": 30 } } ] }
          ]
        }
        """;

    // The file read with every type given; the plan's conditions and the default referral rules written by hand in
    // SQL, each rule twice: h (holds) and p (could hold: no recorded value rules it out). As the engine reads a
    // condition, a test on a missing value does not hold and "not" turns that round: "not (sex = male)" holds for a
    // case whose sex is not recorded.
    private static string Query(string csv) => $$"""
        WITH c AS (
          SELECT unit, age, sex, risk, coalesce(domestic, false) AS domestic, coalesce(trafficking, false) AS trafficking,
                 coalesce(consent, false) AS consent,
                 coalesce(contains(violence, 'sexual'), false) AS sexual, coalesce(contains(violence, 'physical'), false) AS physical,
                 CASE WHEN reported_at >= incident_at THEN (epoch_ms(reported_at) - epoch_ms(incident_at)) // 3600000 END AS hours,
                 year(timezone('Asia/Ho_Chi_Minh', reported_at)) AS y
          FROM read_csv('{{csv.Replace("'", "''", StringComparison.Ordinal)}}', header = true, auto_detect = false, delim = ',', quote = '"',
            columns = {'case_id': 'VARCHAR', 'unit': 'VARCHAR', 'age': 'INTEGER', 'sex': 'VARCHAR', 'violence': 'VARCHAR',
                       'incident_type': 'VARCHAR', 'trafficking': 'BOOLEAN', 'domestic': 'BOOLEAN', 'risk': 'VARCHAR',
                       'consent': 'BOOLEAN', 'incident_at': 'TIMESTAMPTZ', 'reported_at': 'TIMESTAMPTZ'})
        ), r AS (
          SELECT unit, y, consent,
            -- the tally: bit 0 sexual, bit 1 sexual and within 72 hours, bit 2 under 16
            (CASE WHEN sexual THEN 1 ELSE 0 END) + (CASE WHEN sexual AND hours <= 72 THEN 2 ELSE 0 END) + (CASE WHEN age < 16 THEN 4 ELSE 0 END) AS e,
            (CASE WHEN age < 16 AND sexual THEN 1 ELSE 0 END)
            + (CASE WHEN age < 16 AND risk IN ('high', 'life-threatening') THEN 2 ELSE 0 END)
            + (CASE WHEN risk = 'life-threatening' THEN 4 ELSE 0 END)
            + (CASE WHEN sexual AND hours <= 72 THEN 8 ELSE 0 END)
            + (CASE WHEN sexual AND hours <= 120 AND (sex IS NULL OR sex <> 'male') THEN 16 ELSE 0 END)
            + (CASE WHEN sexual AND hours <= 72 THEN 32 ELSE 0 END)
            + (CASE WHEN physical OR sexual THEN 64 ELSE 0 END)
            + (CASE WHEN age < 16 THEN 128 ELSE 0 END)
            + (CASE WHEN age < 16 THEN 256 ELSE 0 END)
            + (CASE WHEN domestic THEN 512 ELSE 0 END)
            + (CASE WHEN risk IN ('high', 'life-threatening') THEN 1024 ELSE 0 END)
            + (CASE WHEN domestic AND risk IN ('high', 'life-threatening') THEN 2048 ELSE 0 END)
            + (CASE WHEN trafficking THEN 4096 ELSE 0 END)
            + 8192 + 16384 AS h,
            (CASE WHEN (age IS NULL OR age < 16) AND sexual THEN 1 ELSE 0 END)
            + (CASE WHEN (age IS NULL OR age < 16) AND (risk IS NULL OR risk IN ('high', 'life-threatening')) THEN 2 ELSE 0 END)
            + (CASE WHEN risk IS NULL OR risk = 'life-threatening' THEN 4 ELSE 0 END)
            + (CASE WHEN sexual AND (hours IS NULL OR hours <= 72) THEN 8 ELSE 0 END)
            + (CASE WHEN sexual AND (hours IS NULL OR hours <= 120) AND (sex IS NULL OR sex <> 'male') THEN 16 ELSE 0 END)
            + (CASE WHEN sexual AND (hours IS NULL OR hours <= 72) THEN 32 ELSE 0 END)
            + (CASE WHEN physical OR sexual THEN 64 ELSE 0 END)
            + (CASE WHEN age IS NULL OR age < 16 THEN 128 ELSE 0 END)
            + (CASE WHEN age IS NULL OR age < 16 THEN 256 ELSE 0 END)
            + (CASE WHEN domestic THEN 512 ELSE 0 END)
            + (CASE WHEN risk IS NULL OR risk IN ('high', 'life-threatening') THEN 1024 ELSE 0 END)
            + (CASE WHEN domestic AND (risk IS NULL OR risk IN ('high', 'life-threatening')) THEN 2048 ELSE 0 END)
            + (CASE WHEN trafficking THEN 4096 ELSE 0 END)
            + 8192 + 16384 AS p
          FROM c
        )
        SELECT unit, y, consent, e, h, p, count(*) AS n FROM r GROUP BY ALL
        """;

    /// <summary>What both sides report: per indicator and year (numerator, denominator), cases, and the referral summary.</summary>
    private sealed record Result(SortedDictionary<string, (long Numerator, long Denominator)> Indicators, long Read, long Undated,
        SortedDictionary<string, (long Refer, long Consent, long Information)> Services, SortedDictionary<string, long> Urgencies)
    {
        public IEnumerable<string> Lines() =>
            Indicators.Select(p => $"{p.Key}: {p.Value.Numerator}/{p.Value.Denominator}")
                .Append($"cases read {Read}, undated {Undated}")
                .Concat(Services.Select(p => $"{p.Key}: refer {p.Value.Refer}, consent required {p.Value.Consent}, needs information {p.Value.Information}"))
                .Concat(Urgencies.Select(p => $"{p.Key}: {p.Value}"));
    }

    public static int Run(string[] args)
    {
        var cases = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var gbv = Option(args, "--gbv") ?? Path.Combine(AppContext.BaseDirectory, "../../../../../src/Gbv.Domain.Cli/bin/Release/net10.0/gbv.dll");
        var folder = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "gbv-file-benchmark");
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        var plan = Path.Combine(folder, "bench-files.plan.json");
        File.WriteAllText(plan, PlanJson);
        var csv = Path.Combine(folder, $"cases-{cases}.csv");
        if (!File.Exists(csv))
        {
            Generate(csv, cases);
        }

        // A .dll runs on the installed runtime (dotnet gbv.dll); anything else is the tool's own executable, as a
        // self-contained build (dotnet publish -r linux-x64) or an installed tool runs.
        (string File, string[] Args) Gbv(params string[] rest) => gbv.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [gbv, .. rest]) : (gbv, rest);
        string[] evaluate = ["evaluate", plan, "--as-of", "2020-12-31", "--cases", csv, "--format", "json", "--out", Path.Combine(folder, "report.json")];
        Console.WriteLine($"{cases:N0} synthetic cases, {new FileInfo(csv).Length / 1e6:F1} MB; gbv: {Path.GetFullPath(gbv)}; DuckDB threads: {Environment.ProcessorCount}");

        // Agreement first.
        var report = Path.Combine(folder, "report.json");
        var (exit, _, _, error) = Measure(Gbv(evaluate).File, Gbv(evaluate).Args);
        if (exit != 0)
        {
            Console.Error.WriteLine($"gbv evaluate exited with {exit}: {error}");
            return 1;
        }

        var ours = FromReport(report);
        var theirs = Duck(csv, out _);
        var a = ours.Lines().ToList();
        var b = theirs.Lines().ToList();
        if (!a.SequenceEqual(b))
        {
            Console.Error.WriteLine("gbv and DuckDB disagree:");
            foreach (var (x, y) in a.Zip(b).Where(p => p.First != p.Second))
            {
                Console.Error.WriteLine($"  gbv: {x}\n  DuckDB: {y}");
            }

            Console.Error.WriteLine(a.Count == b.Count ? string.Empty : $"  {a.Count} lines against {b.Count}");
            return 1;
        }

        Console.WriteLine($"gbv and DuckDB agree on {a.Count} figures:");
        foreach (var line in a)
        {
            Console.WriteLine("  " + line);
        }

        var self = Environment.ProcessPath!;
        var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(FileComparison).Assembly.Location] : Array.Empty<string>();
        var ourTimes = new List<(double Wall, long Kb)>();
        var duckTimes = new List<(double Wall, long Kb, double Query)>();
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var run = 0; run < runs; run++)
        {
            var (_, wall, kb, _) = Measure(Gbv(evaluate).File, Gbv(evaluate).Args);
            ourTimes.Add((wall, kb));
            var (_, duckWall, duckKb, output) = Measure(self, [.. selfArgs, "duckdb-side", csv]);
            duckTimes.Add((duckWall, duckKb, double.Parse(output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture)));
            Console.WriteLine($"run {run + 1}: gbv {wall:F2} s, {kb / 1024.0:F1} MB; DuckDB process {duckWall:F2} s, {duckKb / 1024.0:F1} MB, its query {duckTimes[^1].Query:F2} s");
        }

        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        var ourMedian = Median(ourTimes.Select(t => t.Wall));
        var duckQuery = Median(duckTimes.Select(t => t.Query));
        var duckProcess = Median(duckTimes.Select(t => t.Wall));
        Console.WriteLine($"median: gbv {ourMedian:F2} s (peak {ourTimes.Max(t => t.Kb) / 1024.0:F1} MB); DuckDB query {duckQuery:F2} s, process {duckProcess:F2} s (peak {duckTimes.Max(t => t.Kb) / 1024.0:F1} MB)");
        Console.WriteLine($"ratio gbv / DuckDB: {ourMedian / Math.Min(duckQuery, duckProcess):F2} (against its query alone), {ourMedian / duckProcess:F2} (against its process)");
        return 0;
    }

    /// <summary>The DuckDB side as a process of its own: prints the query's seconds on the last line.</summary>
    public static int DuckSide(string csv)
    {
        Duck(csv, out var seconds);
        Console.WriteLine(seconds.ToString("F3", CultureInfo.InvariantCulture));
        return 0;
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // Wall seconds and peak resident kilobytes of a process, from /usr/bin/time; its exit code and what it printed.
    private static (int Exit, double Wall, long Kb, string Output) Measure(string file, string[] args)
    {
        var times = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-o", times, "-f", "%e %M", file, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var parts = File.ReadAllText(times).Trim().Split('\n')[^1].Split(' ');
        File.Delete(times);
        return (process.ExitCode, double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), output.Result + error);
    }

    private static Result FromReport(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var indicators = new SortedDictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var indicator in root.GetProperty("indicators").EnumerateArray())
        {
            indicators[$"{indicator.GetProperty("key").GetString()} {indicator.GetProperty("year").GetInt32()}"] =
                (indicator.GetProperty("numerator").GetInt64(), indicator.GetProperty("denominator").GetInt64());
        }

        var referrals = root.GetProperty("referrals");
        var services = new SortedDictionary<string, (long, long, long)>(StringComparer.Ordinal);
        foreach (var service in referrals.GetProperty("perService").EnumerateObject())
        {
            services[service.Name] = (service.Value.GetProperty("refer").GetInt64(), service.Value.GetProperty("consentRequired").GetInt64(), service.Value.GetProperty("needsInformation").GetInt64());
        }

        var urgencies = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var urgency in referrals.GetProperty("perUrgency").EnumerateObject())
        {
            urgencies[urgency.Name] = urgency.Value.GetInt64();
        }

        var cases = root.GetProperty("cases");
        return new Result(indicators, cases.GetProperty("read").GetInt64(), cases.GetProperty("undated").GetInt64(), services, urgencies);
    }

    private static Result Duck(string csv, out double seconds)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var set = connection.CreateCommand())
        {
            set.CommandText = $"SET threads = {Environment.ProcessorCount}";
            set.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = Query(csv);
        using var reader = command.ExecuteReader();
        var perUnitYear = new Dictionary<(string, int?), long[]>();
        long read = 0, undated = 0;
        var rules = DefaultReferralRules.Rules;
        var services = new SortedDictionary<string, (long Refer, long Consent, long Information)>(StringComparer.Ordinal);
        var urgencies = new long[3];
        while (reader.Read())
        {
            var unit = reader.IsDBNull(0) ? string.Empty : reader.GetString(0);
            int? year = reader.IsDBNull(1) ? null : Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            var consent = reader.GetBoolean(2);
            var e = Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture);
            var h = Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture);
            var p = Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture);
            var n = Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture);
            read += n;
            if (year is null)
            {
                undated += n;
            }
            else
            {
                // sexual-violence-in-time: numerator bit 1 (within 72 hours, of the sexual cases), denominator bit 0;
                // with-consent: bit 1 and consent; children-share: bit 2 over all cases.
                var counts = perUnitYear.TryGetValue((unit, year), out var known) ? known : perUnitYear[(unit, year)] = new long[5];
                counts[0] += (e & 2) != 0 ? n : 0;
                counts[1] += (e & 1) != 0 ? n : 0;
                counts[2] += (e & 2) != 0 && consent ? n : 0;
                counts[3] += (e & 4) != 0 ? n : 0;
                counts[4] += n;
            }

            Fold(rules, h, p & ~h, consent, n, services, urgencies);
        }

        seconds = clock.Elapsed.TotalSeconds;
        var indicators = new SortedDictionary<string, (long, long)>(StringComparer.Ordinal);
        for (var y = 2017; y <= 2020; y++)
        {
            long Sum(int i) => perUnitYear.Where(p => p.Key.Item2 == y).Sum(p => p.Value[i]);
            indicators[$"sexual-violence-in-time {y}"] = (Sum(0), Sum(1));
            indicators[$"with-consent {y}"] = (Sum(2), Sum(0));
            indicators[$"children-share {y}"] = (Sum(3), Sum(4));
        }

        var perUrgency = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var urgency in Enum.GetValues<Urgency>().Where(u => urgencies[(int)u] > 0))
        {
            perUrgency[urgency.ToString()] = urgencies[(int)urgency];
        }

        return new Result(indicators, read, undated, services, perUrgency);
    }

    // Per service, the best status of its rules (refer, then consent required, then needs information), and the
    // urgency of the rules at that status (or of a rule that asks for an assessment while it could hold).
    private static void Fold(System.Collections.Immutable.ImmutableArray<ReferralRule> rules, long holds, long undetermined, bool consent, long n,
        SortedDictionary<string, (long Refer, long Consent, long Information)> services, long[] urgencies)
    {
        var best = new Dictionary<string, (int Status, int Urgency, int Assessing)>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            var fired = (holds & (1L << i)) != 0;
            if (!fired && (undetermined & (1L << i)) == 0)
            {
                continue;
            }

            var rule = rules[i];
            var status = !fired ? 2 : rule.Consent == ConsentRequirement.NotRequired || consent ? 0 : 1;
            var (bestStatus, urgency, assessing) = best.GetValueOrDefault(rule.Service, (int.MaxValue, -1, -1));
            if (status < bestStatus)
            {
                (bestStatus, urgency) = (status, -1);
            }

            if (status == bestStatus && status < 2)
            {
                urgency = Math.Max(urgency, (int)rule.Urgency);
            }

            if (rule.Assessment is not null)
            {
                assessing = Math.Max(assessing, (int)rule.Urgency);
            }

            best[rule.Service] = (bestStatus, urgency, assessing);
        }

        foreach (var (service, (status, urgency, assessing)) in best)
        {
            var (refer, needsConsent, information) = services.GetValueOrDefault(service);
            services[service] = status switch { 0 => (refer + n, needsConsent, information), 1 => (refer, needsConsent + n, information), _ => (refer, needsConsent, information + n) };
            if (status < 2)
            {
                urgencies[Math.Max(urgency, assessing)] += n;
            }
        }
    }

    /// <summary>
    /// Synthetic cases only, from a fixed seed: twelve communes and some cases with none, 2017-2020, a tenth with no
    /// report time (undated), some with no incident time, times in UTC and at +07:00.
    /// </summary>
    private static void Generate(string path, int count)
    {
        string[] violence = ["physical", "psychological", "sexual", "economic"];
        string[] risk = ["", "low", "medium", "high", "life-threatening"];
        string[] types = ["", "", "", "rape", "sexual-assault", "physical-assault", "forced-marriage", "denial-of-resources", "psychological-abuse"];
        string[] sexes = ["female", "female", "female", "female", "female", "female", "female", "male", "other", ""];
        var random = new Random(24);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at\n");
            var line = new StringBuilder();
            for (var i = 1; i <= count; i++)
            {
                var reported = new DateTime(2017 + random.Next(4), 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(365 * 24 * 60));
                var hours = random.Next(6) == 0 ? -1 : random.Next(200);
                var age = random.Next(8) == 0 ? -1 : random.Next(4) == 0 ? random.Next(1, 16) : random.Next(16, 80);
                var utc = random.Next(5) == 0;
                string Stamp(DateTime at) => utc
                    ? at.AddHours(-7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : at.ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'", CultureInfo.InvariantCulture);
                line.Clear()
                    .Append("synthetic-").Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(random.Next(40) == 0 ? string.Empty : $"xa-{random.Next(1, 13):00}").Append(',')
                    .Append(age < 0 ? string.Empty : age.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(sexes[random.Next(sexes.Length)]).Append(',')
                    .Append(string.Join(';', violence.Where(_ => random.Next(3) == 0).DefaultIfEmpty("psychological"))).Append(',')
                    .Append(types[random.Next(types.Length)]).Append(',')
                    .Append(random.Next(20) == 0 ? "true" : "false").Append(',')
                    .Append(random.Next(3) > 0 ? "true" : "false").Append(',')
                    .Append(risk[random.Next(risk.Length)]).Append(',')
                    .Append(random.Next(4) > 0 ? "true" : "false").Append(',')
                    .Append(hours < 0 ? string.Empty : Stamp(reported.AddHours(-hours))).Append(',')
                    .Append(random.Next(10) == 0 ? string.Empty : Stamp(reported)).Append('\n');
                writer.Write(line);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
