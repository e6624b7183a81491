using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cli;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// A repeated case id (GBV4013) in fixed memory (issue 24): whatever the filter's size, and whether the file is read in
/// parts or row by row, as CSV or JSON Lines, the repeats reported are exactly those a plain loop over the rows finds:
/// the later row of an id that an earlier good row had, naming that row. A filter of one block makes every id a
/// candidate, so the exact re-check decides everything.
/// </summary>
public sealed class CaseIdRepeatTests
{
    private const string Header = "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at";

    private static readonly string Plan = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");

    private static string Row(string id, string age) => $"{id},xa-01,{age},female,physical,,false,true,low,true,2019-06-09T23:30:00+07:00,2019-06-10T08:00:00+07:00";

    private static string JsonLine(string id, string age) =>
        $"{{\"caseId\": \"{id}\", \"unit\": \"xa-01\", \"age\": {age}, \"reportedAt\": \"2019-06-10T08:00:00+07:00\"}}";

    private static (int Exit, string Out, string Err) Evaluate(string cases, long partSize, int blockBits, int maxErrors = 100_000)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var options = new EvaluateCommand.Options(Plan, "2020-12-31", cases, null, null, null, null, "json", null, "en", maxErrors, 5)
        {
            PartSize = partSize, IdFilterBlockBits = blockBits,
        };
        var exit = EvaluateCommand.Execute(options, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString().ReplaceLineEndings("\n"));
    }

    // The plain loop: a good row whose trimmed id an earlier good row had repeats the first of them.
    private static List<string> Expected(string file, (string Id, string Age)[] rows, bool csv = true)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            // A CSV cell is trimmed; a JSON string is the id as written.
            var (id, age) = (csv ? rows[i].Id.Trim() : rows[i].Id, rows[i].Age);
            if (age == "300" || id.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                repeats.Add(FormattableString.Invariant($"{file}({i + (csv ? 2 : 1)},1): error GBV4013: This case has the same case id as the case on line {earlier}; a case is counted once: this record is not counted (nor in the referral summary)"));
            }
            else
            {
                first[id] = i + (csv ? 2 : 1);
            }
        }

        return repeats;
    }

    private static Gen<(string Id, string Age)[]> Rows { get; } =
        (from id in Gen.Elements("", "s-1", "s-2", " s-2 ", "s-3", "s-4", "s-5", "s-6", "s-7", "s-8")
         from age in Gen.Elements("30", "30", "30", "300")
         select (id, age)).ArrayOf();

    [Property(MaxTest = 60)]
    public Property Repeats_are_those_a_plain_loop_finds_whatever_the_filter_and_the_reader() =>
        Prop.ForAll(Rows.ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (rows, partSize) =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"gbv-ids-{Guid.NewGuid():N}.csv");
            try
            {
                File.WriteAllText(file, string.Concat(rows.Select(r => Row(r.Id, r.Age)).Prepend(Header).Select(l => l + "\n")), new UTF8Encoding(false));
                var expected = Expected(file, rows);
                var ordinary = Evaluate(file, 0, 18);
                Assert.Equal(expected, ordinary.Err.Split('\n').Where(l => l.Contains("GBV4013", StringComparison.Ordinal)));
                Assert.Equal(ordinary, Evaluate(file, 0, 0));
                Assert.Equal(ordinary, Evaluate(file, partSize, 18));
                Assert.Equal(ordinary, Evaluate(file, partSize, 0));

                // The same rows as JSON Lines (the values as numbers: 300 is out of range there too).
                var lines = Path.ChangeExtension(file, ".jsonl");
                File.WriteAllText(lines, string.Concat(rows.Select(r => JsonLine(r.Id, r.Age) + "\n")), new UTF8Encoding(false));
                try
                {
                    var json = Evaluate(lines, 0, 18);
                    Assert.Equal(Expected(lines, rows, csv: false), json.Err.Split('\n').Where(l => l.Contains("GBV4013", StringComparison.Ordinal)));
                    Assert.Equal(json, Evaluate(lines, 0, 0));
                }
                finally
                {
                    File.Delete(lines);
                }
            }
            finally
            {
                File.Delete(file);
            }
        });

    [Property(MaxTest = 40)]
    public Property A_run_stopped_by_max_errors_says_the_same_whatever_the_filter_and_the_reader() =>
        Prop.ForAll(Rows.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (rows, maxErrors, partSize) =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"gbv-ids-{Guid.NewGuid():N}.csv");
            try
            {
                File.WriteAllText(file, string.Concat(rows.Select(r => Row(r.Id, r.Age)).Prepend(Header).Select(l => l + "\n")), new UTF8Encoding(false));
                var ordinary = Evaluate(file, 0, 18, maxErrors);
                Assert.Equal(ordinary, Evaluate(file, 0, 0, maxErrors));
                Assert.Equal(ordinary, Evaluate(file, partSize, 0, maxErrors));
                Assert.Equal(ordinary, Evaluate(file, partSize, 18, maxErrors));

                // Stopped exactly when the bad rows are more than allowed; the problems in the order of their lines.
                var bad = rows.Count(r => r.Age == "300") + Expected(file, rows).Count;
                Assert.Equal(bad > maxErrors, ordinary.Err.Contains("GBV4203", StringComparison.Ordinal));
                var lines = ordinary.Err.Split('\n').Where(l => l.StartsWith(file + "(", StringComparison.Ordinal))
                    .Select(l => int.Parse(l[(file.Length + 1)..l.IndexOf(',', file.Length)], CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(lines.Order(), lines);
            }
            finally
            {
                File.Delete(file);
            }
        });

    [Fact]
    public void More_candidates_than_are_held_at_once_are_settled_in_batches_with_the_same_answer()
    {
        // 9,000 distinct ids and two repeats far apart: with a one-block filter every id after the first few dozen is a
        // candidate, so the reader holds and settles them 4,096 at a time.
        var rows = Enumerable.Range(0, 9000).Select(i => ($"s-{i.ToString(CultureInfo.InvariantCulture)}", "30"))
            .Append(("s-17", "30")).Append(("s-8999", "30")).ToArray();
        var file = Path.Combine(Path.GetTempPath(), $"gbv-ids-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(file, string.Concat(rows.Select(r => Row(r.Item1, r.Item2)).Prepend(Header).Select(l => l + "\n")), new UTF8Encoding(false));
            var usual = Evaluate(file, 64 << 10, 18);
            Assert.Equal(Expected(file, rows), usual.Err.Split('\n').Where(l => l.Length > 0));
            Assert.Contains("\"read\": 9000", usual.Out, StringComparison.Ordinal);
            Assert.Equal(usual, Evaluate(file, 64 << 10, 0));
            Assert.Equal(usual, Evaluate(file, 0, 0));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ids_that_share_a_hash_are_not_repeats()
    {
        // A one-block filter says "perhaps seen" for nearly every id: none of these distinct ids is reported.
        var rows = Enumerable.Range(0, 3000).Select(i => ($"synthetic-{i.ToString(CultureInfo.InvariantCulture)}", "30")).ToArray();
        var file = Path.Combine(Path.GetTempPath(), $"gbv-ids-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(file, string.Concat(rows.Select(r => Row(r.Item1, r.Item2)).Prepend(Header).Select(l => l + "\n")), new UTF8Encoding(false));
            var (exit, output, errors) = Evaluate(file, 16 << 10, 0);
            Assert.Equal((0, string.Empty), (exit, errors));
            Assert.Contains("\"read\": 3000", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_filter_answers_perhaps_only_for_ids_it_has_seen_when_it_is_large()
    {
        var filter = new CaseIdFilter();
        var fresh = Enumerable.Range(0, 200_000).Count(i => filter.Add(CaseIdFilter.Hash($"synthetic-{i.ToString(CultureInfo.InvariantCulture)}")));
        Assert.True(fresh <= 1, $"{fresh} false candidates in 200,000 ids");
        Assert.True(filter.Add(CaseIdFilter.Hash("synthetic-17")));
        Assert.Equal(CaseIdFilter.Hash("xã-Đăk"u8.ToArray()), CaseIdFilter.Hash("xã-Đăk"));
    }

    /// <summary>
    /// Adding a part's hashes together (their blocks read ahead in batches) answers as adding them one by one: the
    /// same candidates, and the same filter afterwards; with few blocks, so that hashes share them.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Hashes_added_together_answer_as_hashes_added_one_by_one() =>
        Prop.ForAll(Gen.Choose(0, 40).SelectMany(n => Gen.Choose(0, 60).Select(h => unchecked((ulong)h * 0x9E3779B97F4A7C15UL)).ArrayOf(n)).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (hashes, bits) =>
        {
            var together = new CaseIdFilter(bits);
            var alone = new CaseIdFilter(bits);
            var candidates = new HashSet<ulong>();
            together.AddAll(hashes, candidates);
            var expected = hashes.Where(alone.Add).ToHashSet();
            Assert.Equal(expected, candidates);
            foreach (var probe in Enumerable.Range(0, 70).Select(h => unchecked((ulong)h * 0x9E3779B97F4A7C15UL)))
            {
                Assert.Equal(alone.Add(probe), together.Add(probe));
            }
        });
}
