using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// One reading of a case's fields (issue 22): the same field value gives the same value, or the same GBV4202, whether
/// it comes in a CSV cases file (read from bytes in parts, or row by row), a JSON Lines file or a scenario file.
/// </summary>
public sealed class CaseFieldReadingTests
{
    private const string Header = "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at";

    /// <summary>One field's value: its field, its CSV cell and its JSON value (which a scenario file holds too).</summary>
    internal sealed record FieldValue(CaseField Field, string Cell, string Json)
    {
        public override string ToString() => $"{Field.Json}: cell [{Cell}], JSON {Json}";
    }

    // Words a file may hold where a keyword, a unit or a time goes: the keywords, near misses, and random text.
    private static readonly string[] Near = ["Female", "FEMALE", "sexual assault", "life threatening", "xã", "none", "0", "true", "high-risk"];

    private static Gen<string> Token { get; } =
        Gen.Elements("abcdefghijklmnopqrstuvwxyz-0123456789:+.TZ ãĐ".ToCharArray()).ArrayOf().Select(c => new string(c).Trim())
            .Where(t => t.Length > 0);

    private static Gen<string> Word<TEnum>()
        where TEnum : struct, Enum =>
        Gen.OneOf(Gen.Elements(Keywords<TEnum>.Names.ToArray()), Gen.Elements(Near), Token);

    private static Gen<string> Time { get; } =
        from year in Gen.Choose(1790, 2310)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from hour in Gen.Choose(0, 25)
        from minute in Gen.Choose(0, 61)
        from second in Gen.Choose(0, 61)
        from fraction in Gen.Elements(string.Empty, string.Empty, ".5", ".123456789")
        from offset in Gen.Elements("Z", "+07:00", "-03:30", "+00:00", "-00:00", "+07", "+18:00", "+19:00", string.Empty, " +07:00")
        select FormattableString.Invariant($"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:{second:00}{fraction}{offset}");

    private static string Quoted(string text) => JsonSerializer.Serialize(text);

    private static Gen<FieldValue> Values { get; } = Gen.OneOf(
        Gen.Choose(-3, 200).Select(n => new FieldValue(CaseField.Age, n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Word<Sex>().Select(w => new FieldValue(CaseField.Sex, w, Quoted(w))),
        Word<IncidentType>().Select(w => new FieldValue(CaseField.IncidentType, w, Quoted(w))),
        Word<RiskLevel>().Select(w => new FieldValue(CaseField.Risk, w, Quoted(w))),
        Word<ViolenceKinds>().ArrayOf().Where(a => a.Length <= 4)
            .Select(ws => new FieldValue(CaseField.Violence, string.Join(';', ws), "[" + string.Join(", ", ws.Select(Quoted)) + "]")),
        Gen.Elements(
            (CaseField.Trafficking, true), (CaseField.Trafficking, false), (CaseField.Domestic, true), (CaseField.Domestic, false),
            (CaseField.Consent, true), (CaseField.Consent, false))
            .Select(p => new FieldValue(p.Item1, p.Item2 ? "true" : "false", p.Item2 ? "true" : "false")),
        Time.Select(t => new FieldValue(CaseField.IncidentAt, t.Trim(), Quoted(t.Trim()))),
        Time.Select(t => new FieldValue(CaseField.ReportedAt, t.Trim(), Quoted(t.Trim()))),
        Gen.OneOf(Token, Gen.Elements("xa-01", "xã-Đăk")).Select(u => new FieldValue(CaseField.Unit, u, Quoted(u))));

    /// <summary>What a reader made of the value: the field's value in the case, or the diagnostic's code and message.</summary>
    private static string Outcome(FieldValue v, IReadOnlyList<CaseRecord> cases, IEnumerable<Diagnostic> problems)
    {
        var bad = problems.ToList();
        if (bad.Count > 0)
        {
            // The column or property is named as the file names it; what was expected is the field's, in both languages.
            return string.Join(" | ", bad.Select(d => $"{d.Id} {d.GetMessage("en")} / {d.GetMessage("vi")}"
                .Replace($"\"{v.Field.Csv}\"", $"\"{v.Field.Json}\"", StringComparison.Ordinal)
                .Replace(v.Field.Expected.En, v.Field.JsonExpected.En, StringComparison.Ordinal)
                .Replace(v.Field.Expected.Vi, v.Field.JsonExpected.Vi, StringComparison.Ordinal)));
        }

        var c = Assert.Single(cases);
        object? value = v.Field.Json switch
        {
            "age" => c.Age, "sex" => c.Sex, "violence" => c.Violence, "incidentType" => c.IncidentType, "trafficking" => c.Trafficking,
            "domestic" => c.Domestic, "risk" => c.Risk, "consent" => c.Consent, "incidentAt" => c.IncidentAt, "reportedAt" => c.ReportedAt,
            _ => c.Unit,
        };
        return $"read {value?.ToString() ?? "(none)"}";
    }

    private static string Csv(FieldValue v, bool parts)
    {
        var cells = Header.Split(',').Select(c => c == "case_id" ? "c-1" : c == v.Field.Csv ? v.Cell : string.Empty);
        var file = Path.Combine(Path.GetTempPath(), $"gbv-field-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(file, Header + "\n" + string.Join(',', cells) + "\n", new UTF8Encoding(false));
            var files = new DataFiles(100);
            if (!parts)
            {
                var read = files.Cases(file).ToList();
                return Outcome(v, read, files.Problems);
            }

            using var reader = CaseCsvParts.TryOpen(file, files, hideValues: true, progress: null, partSize: 1 << 20);
            Assert.NotNull(reader);
            // Each part fills one row again for every line: copied as it is read, as the engine counts it before the next.
            var cases = reader.Partitions.Parts.SelectMany(p => p).Select(r => CaseField.Record("c-1", r.Unit, r.Age, r.Sex, r.Violence, r.IncidentType,
                r.Trafficking, r.Domestic, r.Risk, r.Consent, r.IncidentAt, r.ReportedAt)).ToList();
            return Outcome(v, cases, files.Problems);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string JsonLines(FieldValue v)
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-field-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(file, $"{{\"caseId\": \"c-1\", \"{v.Field.Json}\": {v.Json}}}\n", new UTF8Encoding(false));
            var files = new DataFiles(100);
            var read = files.Cases(file).ToList();
            return Outcome(v, read, files.Problems);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Scenario(FieldValue v)
    {
        var definition = JsonSerializer.Deserialize($"{{\"id\": \"c-1\", \"{v.Field.Json}\": {v.Json}}}", ScenarioJsonContext.Default.CaseDefinition)!;
        var problems = new List<Diagnostic>();
        var record = ScenarioRunner.Case(definition, "s.tests.json", "/scenarios/0/cases/0", problems);
        return Outcome(v, record is null ? [] : [record], problems);
    }

    [Property(MaxTest = 300)]
    public Property A_field_reads_the_same_in_CSV_JSON_Lines_and_scenario_files() =>
        Prop.ForAll(Values.ToArbitrary(), v =>
        {
            var csv = Csv(v, parts: false);
            Assert.Equal(csv, Csv(v, parts: true));
            Assert.Equal(csv, JsonLines(v));
            Assert.Equal(csv, Scenario(v));
        });

    [Theory]
    [InlineData("2019-06-09T16:30:00Z", "read 2019-06-09T16:30:00Z")]
    [InlineData("2019-06-09T23:30:00+07:00", "read 2019-06-09T16:30:00Z")]
    [InlineData("2019-06-09T23:30:00+07", "read 2019-06-09T16:30:00Z")]
    [InlineData("1899-12-31T23:00:00Z", "GBV4202")]
    [InlineData("2200-01-01T00:00:00Z", "GBV4202")]
    [InlineData("2019-06-09T23:30:00", "GBV4202")]
    public void A_time_in_UTC_reads_in_every_file_and_one_outside_1900_2199_in_none(string time, string outcome)
    {
        var v = new FieldValue(CaseField.ReportedAt, time, Quoted(time));
        foreach (var read in new[] { Csv(v, parts: false), Csv(v, parts: true), JsonLines(v), Scenario(v) })
        {
            Assert.StartsWith(outcome, read, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_JSON_unit_or_case_id_of_the_wrong_kind_is_a_bad_value_not_a_missing_one()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-field-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(file, "{\"caseId\": true, \"age\": 3}\n{\"caseId\": 7, \"unit\": 12}\n{\"caseId\": 8, \"unit\": \"\"}\n");
            var files = new DataFiles(100);
            var read = files.Cases(file).ToList();
            Assert.Equal(
            [
                "(1,12) GBV4202 The value of \"caseId\" is not a case id: text or a whole number; the row is not counted",
                "(2,23) GBV4202 The value of \"unit\" is not a unit's id as text (\"xa-a\"); the row is not counted",
            ], files.Problems.Select(d => $"({d.Location.Line},{d.Location.Column}) {d.Id} {d.GetMessage("en")}"));
            var only = Assert.Single(read);
            Assert.Equal("8", only.CaseId);
            Assert.Null(only.Unit);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
