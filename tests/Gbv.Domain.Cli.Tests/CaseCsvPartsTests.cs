using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// The cases file read in parts from bytes says exactly what the ordinary reader says: the same report, the same
/// diagnostics at the same lines, the same exit code, whatever the file holds.
/// </summary>
public sealed class CaseCsvPartsTests
{
    private const string Header = "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at";

    private static readonly string Plan = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");

    // Values a file may hold in each column: good ones, bad ones, blanks around them, bytes that are not ASCII.
    private static readonly string[][] Values =
    [
        ["synthetic-1", "synthetic-2", " synthetic-3 "],
        ["", "xa-01", "xa-02", " xa-01 ", "xã-Đăk", "xa\t01"],
        ["", "12", "0", "150", "151", "-1", "abc", " 7 ", "007", "99999999999", "1٢"],
        ["", "female", "male", "other", "Female", "x"],
        ["", "physical", "sexual;economic", " physical ; sexual ", ";;", "none", "bad", "physical;bad", "sexual;"],
        ["", "rape", "Rape", "sexual-assault"],
        ["", "true", "false", "1", "0", "yes", "no", "TRUE"],
        ["", "true", "false", "no"],
        ["", "low", "high", "life-threatening", "extreme"],
        ["", "true", "false", "maybe"],
        ["", "2019-06-09T23:30:00+07:00", "2019-06-09T16:30:00Z", "2019-06-09T23:30:00.5+07:00", "2019-02-30T10:00:00+07:00", "nope", "2019-06-09"],
        ["", "2019-06-10T08:00:00+07:00", "2020-12-31T23:30:00+07:00", "2018-01-01T00:00:00+00:00", "2019-06-09T23:30:00-03:30", "1899-12-31T23:00:00Z", "2199-12-31T23:59:59-01:00", "2019-06-09T24:00:00+07:00"],
    ];

    private static (int Exit, string Out, string Err) Evaluate(string cases, long partSize, int maxErrors, bool showValues)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var options = new EvaluateCommand.Options(Plan, "2020-12-31", cases, null, null, null, null, "json", null, "en", maxErrors, 5)
        {
            PartSize = partSize, ShowCaseValues = showValues,
        };
        var exit = EvaluateCommand.Execute(options, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    // A row of values drawn from the columns' lists (a seed picks them, so that FsCheck can record the case).
    private static Gen<string> Row { get; } =
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return string.Join(',', Values.Select(v => v[random.Next(v.Length)]));
        });

    private static Gen<(string[] Rows, int PartSize, int MaxErrors, string Newline, bool ShowValues)> Files { get; } =
        from rows in Row.ArrayOf()
        from partSize in Gen.Choose(1, 400)
        from maxErrors in Gen.Choose(0, 12)
        from newline in Gen.Elements("\n", "\r\n")
        from showValues in Gen.Elements(true, false)
        select (rows, partSize, maxErrors, newline, showValues);

    [Property(MaxTest = 80)]
    public Property Parts_read_from_bytes_say_what_the_ordinary_reader_says() =>
        Prop.ForAll(Files.ToArbitrary(), f =>
            {
                var (rows, partSize, maxErrors, newline, showValues) = f;
                var file = Path.Combine(Path.GetTempPath(), $"gbv-parts-{Guid.NewGuid():N}.csv");
                try
                {
                    File.WriteAllText(file, string.Concat(rows.Prepend(Header).Select(r => r + newline)), new UTF8Encoding(false));
                    var ordinary = Evaluate(file, 0, maxErrors, showValues);
                    Assert.Equal(ordinary, Evaluate(file, partSize, maxErrors, showValues));
                }
                finally
                {
                    File.Delete(file);
                }
            });

    [Fact]
    public void A_bad_value_in_a_later_part_is_reported_at_its_line_in_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-parts-{Guid.NewGuid():N}.csv");
        try
        {
            static string Good(int n) => $"synthetic-{n},xa-01,30,female,physical,,false,true,low,true,2019-06-09T23:30:00+07:00,2019-06-10T08:00:00+07:00";
            // Header on line 1, six good rows (lines 2-7), the bad one on line 8, one more good row: 64-byte parts put it in a later part.
            File.WriteAllLines(file, [Header, Good(1), Good(2), Good(3), Good(4), Good(5), Good(6), Good(7).Replace(",30,", ",300,", StringComparison.Ordinal), Good(8)]);
            var (exit, output, errors) = Evaluate(file, 64, 100, showValues: true);
            Assert.Equal(1, exit);
            Assert.Equal($"{file}(8,3): error GBV4202: The value \"300\" of \"age\" is not a whole number of years from 0 to 150; the row is not counted\n", errors.ReplaceLineEndings("\n"));
            Assert.Contains("\"read\": 7", output, StringComparison.Ordinal);
            Assert.Equal((exit, output, errors), Evaluate(file, 0, 100, showValues: true));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// A case id repeated in another part: the parts cannot know which came first, so the ordinary reader reads the
    /// file again and reports the later one at its line (GBV4013), exactly as without parts.
    /// </summary>
    [Fact]
    public void A_case_id_repeated_across_parts_is_reported_as_the_ordinary_reader_reports_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-parts-{Guid.NewGuid():N}.csv");
        try
        {
            static string Row(string id) => $"{id},xa-01,30,female,physical,,false,true,low,true,2019-06-09T23:30:00+07:00,2019-06-10T08:00:00+07:00";
            File.WriteAllLines(file, [Header, Row("synthetic-a"), Row("synthetic-b"), Row("synthetic-c"), Row("synthetic-d"), Row("synthetic-e"), Row("synthetic-b"), Row("synthetic-f")]);
            var (exit, output, errors) = Evaluate(file, 64, 100, showValues: true);
            Assert.Equal(1, exit);
            Assert.StartsWith($"{file}(7,1): error GBV4013: ", errors, StringComparison.Ordinal);
            Assert.Contains("line 3", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("synthetic-b", errors, StringComparison.Ordinal);
            Assert.Contains("\"read\": 6", output, StringComparison.Ordinal);
            Assert.Equal((exit, output, errors), Evaluate(file, 0, 100, showValues: true));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The byte reader of times gives what NodaTime's pattern gives, wherever it answers itself.</summary>
    [Property(MaxTest = 3000)]
    public Property Times_read_from_bytes_are_those_NodaTime_reads() =>
        Prop.ForAll(
            (from year in Gen.Choose(1790, 2310)
             from month in Gen.Choose(0, 13)
             from day in Gen.Choose(0, 32)
             from hour in Gen.Choose(0, 25)
             from minute in Gen.Choose(0, 61)
             from second in Gen.Choose(0, 61)
             from offsetHours in Gen.Choose(0, 19)
             from offsetMinutes in Gen.Choose(0, 61)
             from sign in Gen.Elements("Z", "+", "-")
             let stamp = FormattableString.Invariant($"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:{second:00}")
             select sign == "Z" ? stamp + "Z" : FormattableString.Invariant($"{stamp}{sign}{offsetHours:00}:{offsetMinutes:00}")).ToArbitrary(),
            text =>
            {
                var bytes = Encoding.ASCII.GetBytes(text);
                Assert.Equal(CaseTimes.Parse(text), CaseTimes.Parse(bytes));
                if (CaseTimes.TryStamp(bytes, out var fast))
                {
                    Assert.Equal(CaseTimes.Parse(text), fast);
                }
            });

    /// <summary>
    /// A stamp with any printable byte in any place (a space or a slash where a digit goes was an overflow, and the
    /// command stopped with an internal error) is read as NodaTime reads it: a time, or no time.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property A_stamp_with_any_byte_anywhere_is_read_as_NodaTime_reads_it() =>
        Prop.ForAll(
            (from stamp in Gen.Elements("2019-06-09T23:30:00+07:00", "2019-06-09T16:30:00Z", "2020-02-29T00:00:00-03:30")
             from at in Gen.Choose(0, stamp.Length - 1)
             from b in Gen.Choose(0x20, 0x7E)
             select stamp[..at] + (char)b + stamp[(at + 1)..]).ToArbitrary(),
            text => Assert.Equal(CaseTimes.Parse(text), CaseTimes.Parse(Encoding.ASCII.GetBytes(text))));

    /// <summary>An age with any printable byte in it is read as the text reader reads it: an age, or no age.</summary>
    [Property(MaxTest = 2000)]
    public Property An_age_with_any_byte_in_it_is_read_as_the_text_reader_reads_it() =>
        Prop.ForAll(
            (from digits in Gen.Elements("7", "16", "150", "151", "007", "1000")
             from at in Gen.Choose(0, digits.Length - 1)
             from b in Gen.Choose(0x20, 0x7E)
             select digits[..at] + (char)b + digits[(at + 1)..]).ToArbitrary(),
            text => Assert.Equal(CaseFieldText.Age(text.AsSpan()), CaseFieldText.Age(Encoding.ASCII.GetBytes(text))));

    [Fact]
    public void The_usual_times_are_read_from_bytes_and_unusual_ones_by_NodaTime()
    {
        Assert.True(CaseTimes.TryStamp("2019-06-09T23:30:00+07:00"u8, out var local));
        Assert.Equal(NodaTime.Instant.FromUtc(2019, 6, 9, 16, 30), local);
        Assert.True(CaseTimes.TryStamp("2019-06-09T16:30:00Z"u8, out var utc));
        Assert.Equal(local, utc);
        // Outside the days a command accepts (1900-2199 in UTC): read, and not a time a case can have.
        Assert.True(CaseTimes.TryStamp("1900-01-01T06:59:59+07:00"u8, out var before));
        Assert.Null(before);
        Assert.False(CaseTimes.TryStamp("2019-06-09T23:30:00.5+07:00"u8, out _));
        Assert.False(CaseTimes.TryStamp("2019-06-09T23:30:00+00:00"u8, out _));
        Assert.Equal(NodaTime.Instant.FromUtc(2019, 6, 9, 16, 30) + NodaTime.Duration.FromMilliseconds(500), CaseTimes.Parse("2019-06-09T23:30:00.5+07:00"u8));
    }
}
