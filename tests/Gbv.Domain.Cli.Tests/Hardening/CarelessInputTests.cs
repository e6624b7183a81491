using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// Careless and hostile input to the commands (issue 25): outputs that would replace inputs, data files read strictly,
/// impossible option values, and messages that never carry the input or a library's words.
/// </summary>
public sealed class CarelessInputTests : IDisposable
{
    private const string DakTo = "ubnd-dak-to-2017-2020.plan.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-careless-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string CopyOfPlan()
    {
        var path = Path.Combine(_folder, DakTo);
        System.IO.File.Copy(TestFiles.SamplePlan(DakTo), path, overwrite: true);
        return path;
    }

    // --- Outputs never destroy inputs ---

    [Fact]
    public void Extract_refuses_to_write_its_draft_over_the_text_it_reads()
    {
        var text = File("plan.txt", "KẾ HOẠCH\n\nTrên 90% nạn nhân được hỗ trợ năm 2024.");
        var before = System.IO.File.ReadAllText(text);
        var (exit, output, errors) = Run("extract", text, "--out", text, "--lang", "en");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains($"gbv: --out {text}: is the input {text}; writing there would destroy it", errors, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllText(text));

        // The same file by another spelling of its path.
        var other = Path.Combine(_folder, ".", "..", Path.GetFileName(_folder), "plan.txt");
        Assert.Equal(2, Run("extract", text, "--out", other).Exit);
        Assert.Equal(before, System.IO.File.ReadAllText(text));
    }

    [Fact]
    public void Evaluate_refuses_an_out_that_is_its_plan_or_a_data_file_even_through_a_link()
    {
        var plan = CopyOfPlan();
        var cases = File("cases.csv", "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at\n");
        var link = Path.Combine(_folder, "report.md");
        System.IO.File.CreateSymbolicLink(link, cases);
        var planBefore = System.IO.File.ReadAllText(plan);
        Assert.Equal(2, Run("evaluate", plan, "--as-of", "2020-12-31", "--out", plan).Exit);
        var (exit, _, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--cases", cases, "--out", link, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains($"is the input {cases}", errors, StringComparison.Ordinal);
        Assert.Equal(planBefore, System.IO.File.ReadAllText(plan));
        Assert.StartsWith("case_id,", System.IO.File.ReadAllText(cases), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_and_test_refuse_outputs_onto_their_plan_or_scenario_file()
    {
        var plan = CopyOfPlan();
        var before = System.IO.File.ReadAllText(plan);
        Assert.Equal(2, Run("calendar", plan, "--from", "2020-01-01", "--to", "2020-12-31", "--ics", plan).Exit);
        var scenarios = Path.Combine(_folder, "ubnd-dak-to-2017-2020.plan.tests.json");
        System.IO.File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json"), scenarios);
        var scenariosBefore = System.IO.File.ReadAllText(scenarios);
        Assert.Equal(2, Run("test", scenarios, "--format", "junit", "--out", scenarios).Exit);
        Assert.Equal(2, Run("test", scenarios, "--format", "junit", "--out", plan).Exit);
        Assert.Equal((before, scenariosBefore), (System.IO.File.ReadAllText(plan), System.IO.File.ReadAllText(scenarios)));
    }

    [Fact]
    public void Generate_never_replaces_real_data_but_may_write_its_own_files_again()
    {
        var plan = CopyOfPlan();
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        Assert.Equal(0, Run("generate", plan, "--cases", "20", "--out", data).Exit);
        Assert.Equal(0, Run("generate", plan, "--cases", "30", "--out", data).Exit);
        Assert.Equal(31, System.IO.File.ReadAllLines(Path.Combine(data, "cases.csv")).Length);
        Assert.Empty(Directory.GetFiles(data, "*.tmp"));

        var real = "case_id,unit,age\nHN-2024-0001,xa-01,34\n";
        System.IO.File.WriteAllText(Path.Combine(data, "cases.csv"), real);
        var (exit, _, errors) = Run("generate", plan, "--out", data, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("is there and is not synthetic data this command wrote; it is never replaced", errors, StringComparison.Ordinal);
        Assert.Equal(real, System.IO.File.ReadAllText(Path.Combine(data, "cases.csv")));
    }

    [Fact]
    public void A_written_report_replaces_the_old_file_whole_and_leaves_no_temporary_file()
    {
        var plan = CopyOfPlan();
        var report = File("report.md", "old report");
        Assert.Equal(0, Run("evaluate", plan, "--as-of", "2020-12-31", "--out", report).Exit);
        Assert.StartsWith("#", System.IO.File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal([report], Directory.GetFiles(_folder, "report*").Concat(Directory.GetFiles(_folder, ".report*")));
    }

    // --- Data files read strictly ---

    [Fact]
    public void A_column_named_twice_is_an_error_at_the_header_not_the_first_one_wins()
    {
        var plan = CopyOfPlan();
        var reported = File("reported.csv", "unit,year,element,value,value\nxa-01,2020,victims_detected,10,12\n");
        var (exit, _, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--reported", reported, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("reported.csv(1,5): error GBV4250: The header names the column \"value\" twice (columns 4 and 5); name each column once", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("42", "a number")]
    [InlineData("[1,2]", "an array")]
    [InlineData("true", "true or false")]
    [InlineData("\"case\"", "a string")]
    public void Json_lines_that_are_not_objects_are_diagnostics_not_cases(string line, string what)
    {
        var plan = CopyOfPlan();
        var cases = File("cases.jsonl", "{\"caseId\": \"synthetic-1\", \"age\": 30}\n" + line + "\n");
        var (exit, output, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--cases", cases, "--lang", "en", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains($"cases.jsonl(2,1): error GBV4251: This is {what}, not a case object", errors, StringComparison.Ordinal);
        Assert.NotEmpty(output);
    }

    [Fact]
    public void A_malformed_json_line_is_located_without_quoting_the_case()
    {
        var plan = CopyOfPlan();
        var cases = File("cases.jsonl", "{\"caseId\": \"synthetic-7\", \"age\": 30}\n{\"caseId\": \"synthetic-secret\", \"age\": 14, \"unit\": \"xa-bi-mat\" oops}\n");
        var (exit, _, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--cases", cases, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Matches(@"cases\.jsonl\(2,[0-9]+\): error GBV4252: This is not valid JSON from here", errors);
        Assert.DoesNotContain("secret", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("bi-mat", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("oops", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("'o'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_given_twice_is_refused_at_its_second_value_never_read_as_the_last()
    {
        // Two sexes for one person: which is meant cannot be told, so the line is not counted, and its values not shown.
        var plan = CopyOfPlan();
        var cases = File("cases.jsonl", "{\"caseId\": \"synthetic-1\", \"age\": 30}\n{\"caseId\": \"synthetic-2\", \"sex\": \"female\", \"sex\": \"male\"}\n");
        var (exit, _, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--cases", cases, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("cases.jsonl(2,51): error GBV4253: The case gives \"sex\" twice; which value is meant cannot be told, so it is not counted", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("male", errors.Replace("GBV4253", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var refer = Run("refer", TestFiles.SamplePlan(DakTo), "--case", File("twice.json", "{\n  \"age\": 14,\n  \"age\": 30\n}"));
        Assert.Equal(1, refer.Exit);
        Assert.Contains("twice.json(3,10): error GBV4253: Hồ sơ ghi \"age\" hai lần", refer.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("30", refer.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_refer_case_file_is_not_quoted_even_when_redacting_and_bad_values_have_their_line()
    {
        var plan = TestFiles.SamplePlan(DakTo);
        var broken = File("broken.json", "{\n  \"caseId\": \"synthetic-hidden\",\n  \"age\": 14,\n  \"unit\": \"xa-an-danh\" \"risk\": high\n}");
        foreach (var extra in new[] { "--redact", "--show-values" })
        {
            var (exit, _, errors) = Run("refer", plan, "--case", broken, extra);
            Assert.Equal(1, exit);
            Assert.Matches(@"broken\.json\(4,[0-9]+\): error GBV4252: ", errors);
            Assert.DoesNotContain("hidden", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("an-danh", errors, StringComparison.Ordinal);
        }

        var bad = File("bad.json", "{\n  \"age\": 14,\n  \"sex\": \"female\",\n  \"risk\": \"very high\"\n}");
        var located = Run("refer", plan, "--case", bad);
        Assert.Equal(1, located.Exit);
        Assert.Contains("bad.json(4,11): error GBV4202", located.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("very high", located.Err, StringComparison.Ordinal);
        Assert.Contains("GBV4251", Run("refer", plan, "--case", File("array.json", "[{\"age\": 14}]")).Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "it needs a header line naming its columns", "HasHeaders")]
    [InlineData("unit,year,element,value\nxa-01,2020,\"victims", "a quote that never closes", "MaxBufferSize")]
    public void Malformed_csv_is_told_in_the_tools_words_not_the_parsers(string text, string expected, string internals)
    {
        var plan = CopyOfPlan();
        var reported = File("reported.csv", text + (text.Length > 0 ? new string('x', 300_000) : string.Empty));
        foreach (var language in new[] { "en", "vi" })
        {
            var (exit, _, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--reported", reported, "--lang", language);
            Assert.Equal(1, exit);
            Assert.Contains("error GBV4204", errors, StringComparison.Ordinal);
            Assert.DoesNotContain(internals, errors, StringComparison.Ordinal);
            Assert.DoesNotMatch("Exception|Sylvan|Csv[A-Z]", errors);
            if (language == "en")
            {
                Assert.Contains(expected, errors, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("evaluate", "--max-errors", "-1")]
    [InlineData("evaluate", "--small-counts", "-3")]
    [InlineData("generate", "--cases", "-5")]
    [InlineData("targets", "--denominator", "0")]
    public void Impossible_option_values_are_refused_before_any_work(string command, string option, string value)
    {
        string[] rest = command switch
        {
            "evaluate" => ["--as-of", "2020-12-31"],
            "generate" => ["--out", Path.Combine(_folder, "out")],
            _ => ["--denominator", "37"],
        };
        var args = new[] { command, TestFiles.SamplePlan(DakTo) }.Concat(rest.Contains(option) ? [] : rest).Concat([option, value]).ToArray();
        var (exit, output, errors) = Run(args);
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains($"{option} {value}: ", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }
}
