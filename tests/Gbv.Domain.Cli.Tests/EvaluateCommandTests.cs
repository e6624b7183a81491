using System.Text.Json;

using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv evaluate</c> on Đăk Tô's sample data, run in process; the figures are those worked out in samples/data/dak-to.</summary>
public sealed class EvaluateCommandTests
{
    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to", file);

    private static string[] DakTo(params string[] more) =>
    [
        "evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31",
        "--reported", Data("reported.csv"), "--submissions", Data("submissions.csv"), "--completions", Data("completions.csv"),
        "--units", Data("units.csv"), "--cases", Data("cases.csv"), .. more,
    ];

    [Fact]
    public void Dak_To_as_of_the_end_of_2020_prints_the_report_in_Vietnamese()
    {
        var (exit, output, errors) = Run(DakTo());
        Assert.Equal((0, string.Empty), (exit, errors));
        // 33 of 37 victims supported against "trên 90%": 34 needed. The 4 not supported are a small count of people, so the
        // part shows as a bound and nothing it could be worked out from (shortfall, percentages) is printed.
        Assert.Contains("| Nạn nhân được hỗ trợ và can thiệp kịp thời | trên 90% đến năm 2020 | **không đạt** | 2020 | >32/37 | 34 | — | — |", output, StringComparison.Ordinal);
        Assert.Contains("| Người gây bạo lực được tư vấn và có hình thức xử lý phù hợp | trên 60% đến năm 2020 | đạt | 2020 | 20/30 (66,7%) | 19 | 0 | 111,1% |", output, StringComparison.Ordinal);
        // Per commune, by the names units.csv gives: 12 of 12 victims detected in the town, 7 of 7 in Đăk Trăm; the
        // total 37 of 37 under them. Supported: the total's part is hidden, so every commune's is too (the communes'
        // figures would add up to it).
        Assert.Contains("| Thị trấn Đăk Tô | 2020 | 12/12 (100%) | đạt |\n| Xã Đăk Trăm | 2020 | 7/7 (100%) | đạt |", output, StringComparison.Ordinal);
        Assert.Contains("| Xã Tân Cảnh | 2020 | (ẩn) | — |\n| tổng cộng | 2020 | >32/37 | **không đạt** |", output, StringComparison.Ordinal);
        // The six-monthly reports: 4 years x 6 units = 24 due; one missing, one three days late.
        Assert.Contains("| báo cáo 6 tháng | 24 | 23 | 22 | 95,8% | 91,7% |", output, StringComparison.Ordinal);
        Assert.Contains("| Xã Đăk Trăm | báo cáo 6 tháng | 6 tháng đầu năm 2020 | 09/06/2020 | **trễ 3 ngày** |", output, StringComparison.Ordinal);
        Assert.Contains("| Phòng Giáo dục – Đào tạo | báo cáo 6 tháng | 6 tháng đầu năm 2020 | 09/06/2020 | **chưa nộp** |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic-", output, StringComparison.Ordinal);

        // "sơ kết năm 2018" has a completion record; "tổng kết năm 2020" has none by the end of 2020.
        Assert.Contains("| Sơ kết năm 2018 | 2018 | đã tổ chức ngày 10/12/2018 |\n", output, StringComparison.Ordinal);
        Assert.Contains("| Tổng kết năm 2020 | 2020 | **không có ghi nhận đã tổ chức** |\n", output, StringComparison.Ordinal);
        // No id, ISO date or English word of the header: the plan's names, 31/12/2020, "tầm nhìn".
        Assert.Contains("tính đến ngày 31/12/2020 (giai đoạn 2017-2020, tầm nhìn đến năm 2030)", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|victims-|six-monthly|xa-dak|phong-|vision", output);
    }

    [Fact]
    public void The_json_report_is_data_with_full_figures()
    {
        var (exit, output, _) = Run(DakTo("--format", "json"));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("gbv-compliance-report/1", root.GetProperty("format").GetString());
        Assert.Equal("2020-12-31", root.GetProperty("asOfDate").GetString());
        var supported = root.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("key").GetString() == "victims-supported");
        Assert.Equal(("NotMet", 33, 37, 34, 1), (supported.GetProperty("status").GetString(), supported.GetProperty("numerator").GetInt32(),
            supported.GetProperty("denominator").GetInt32(), supported.GetProperty("minimumCount").GetInt32(), supported.GetProperty("shortfall").GetInt32()));
        Assert.Equal(89.1892m, supported.GetProperty("value").GetDecimal());
        Assert.Equal(40, root.GetProperty("cases").GetProperty("read").GetInt32());
        Assert.DoesNotContain("synthetic-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_diagnostics_with_file_line_and_column_and_the_run_stops_after_max_errors()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-evaluate-");
        try
        {
            var reported = Path.Combine(folder.FullName, "reported.csv");
            File.WriteAllLines(reported, ["unit,year,element,value", "xa-a,2020,victims_detected,12", "xa-b,twenty,victims_detected,3", "xa-c,2020,victims_detected,-"]);
            var (exit, output, errors) = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--reported", reported, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.Contains($"{reported}(3,2): error GBV4202: The value \"twenty\" of \"year\" is not a whole number from 1 to 9999; the row is not counted", errors, StringComparison.Ordinal);
            Assert.Contains($"{reported}(4,4): error GBV4202: The value \"-\" of \"value\" is not a number such as 12, or 3.5 with a decimal point where the data element has \"values\": \"decimal\"", errors, StringComparison.Ordinal);
            Assert.Contains("# ", output, StringComparison.Ordinal);

            var stopped = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--reported", reported, "--max-errors", "1");
            Assert.Equal((1, string.Empty), (stopped.Exit, stopped.Out));
            Assert.Contains("GBV4203", stopped.Err, StringComparison.Ordinal);

            // Found by the random-input property: a quote that never closes is located, not a crash.
            var unclosed = Path.Combine(folder.FullName, "unclosed.csv");
            File.WriteAllText(unclosed, "unit,year,element,value\nxa-a,2020,victims_detected,12\nxa,\"2020,victims_detected,4\n");
            var broken = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--reported", unclosed, "--lang", "en");
            Assert.Equal(1, broken.Exit);
            Assert.Contains($"{unclosed}(3,0): error GBV4204: The file is not well-formed CSV from here on", broken.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", broken.Err, StringComparison.Ordinal);

            var headerless = Path.Combine(folder.FullName, "submissions.csv");
            File.WriteAllLines(headerless, ["obligation,unit,when", "six-monthly,xa-a,2020-06-01T08:00:00+07:00"]);
            var missing = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--submissions", headerless, "--max-errors", "0", "--lang", "en");
            Assert.Equal(1, missing.Exit);
            Assert.Contains("error GBV4201: The file has no column \"period\"", missing.Err, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_row_read_in_Vietnamese_says_in_Vietnamese_what_the_value_should_have_been()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-evaluate-");
        try
        {
            var reported = Path.Combine(folder.FullName, "reported.csv");
            File.WriteAllLines(reported, ["unit,year,element,value", "xa-b,twenty,victims_detected,3", "xa-c,2020,victims_detected,-"]);
            var submissions = Path.Combine(folder.FullName, "submissions.csv");
            File.WriteAllLines(submissions, ["obligation,unit,period,submitted_at", "six-monthly,xa-a,2020-H3,2020-06-01T08:00:00+07:00", "six-monthly,xa-a,2020-H1,01/06/2020"]);
            var cases = Path.Combine(folder.FullName, "cases.csv");
            File.WriteAllLines(cases, [
                "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at",
                "c-1,xa-a,fourteen,girl,hitting,theft,maybe,,extreme,,yesterday,",
            ]);
            var (exit, _, errors) = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31",
                "--reported", reported, "--submissions", submissions, "--cases", cases);
            Assert.Equal(1, exit);
            string[] expected =
            [
                $"{reported}(2,2): error GBV4202: Giá trị \"twenty\" của \"year\" không phải số nguyên từ 1 đến 9999; dòng này không được tính",
                $"{reported}(3,4): error GBV4202: Giá trị \"-\" của \"value\" không phải một số, ví dụ 12, hoặc 3.5 (dấu chấm thập phân) nếu số liệu được khai báo \"values\": \"decimal\"; dòng này không được tính",
                $"{submissions}(2,3): error GBV4202: Giá trị \"2020-H3\" của \"period\" không phải kỳ, ví dụ 2019, 2019-H1, 2019-Q3 hoặc 2019-07; dòng này không được tính",
                $"{submissions}(3,4): error GBV4202: Giá trị \"01/06/2020\" của \"submitted_at\" không phải thời điểm, ví dụ 2019-06-09T23:30:00+07:00; dòng này không được tính",
                // A case's values are a survivor's data: not quoted without --show-values.
                $"{cases}(2,3): error GBV4202: Giá trị của \"age\" không phải số năm tròn từ 0 đến 150; dòng này không được tính",
                $"{cases}(2,4): error GBV4202: Giá trị của \"sex\" không phải female, male hoặc other; dòng này không được tính",
                $"{cases}(2,5): error GBV4202: Giá trị của \"violence\" không phải các hình thức bạo lực cách nhau bởi ';' (physical;sexual); dòng này không được tính",
                $"{cases}(2,6): error GBV4202: Giá trị của \"incident_type\" không phải loại vụ việc theo GBVIMS; dòng này không được tính",
                $"{cases}(2,7): error GBV4202: Giá trị của \"trafficking\" không phải true hoặc false; dòng này không được tính",
                $"{cases}(2,9): error GBV4202: Giá trị của \"risk\" không phải low, medium, high hoặc life-threatening; dòng này không được tính",
                $"{cases}(2,11): error GBV4202: Giá trị của \"incident_at\" không phải thời điểm, ví dụ 2019-06-09T23:30:00+07:00; dòng này không được tính",
            ];
            Assert.All(expected, line => Assert.Contains(line, errors, StringComparison.Ordinal));
            Assert.DoesNotContain("fourteen", errors, StringComparison.Ordinal);
            Assert.DoesNotMatch(" is not | such as | or (false|other)", errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_date_or_a_missing_file_exits_2_in_one_line()
    {
        var date = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "31/12/2020");
        Assert.Equal(2, date.Exit);
        Assert.Equal("gbv: --as-of \"31/12/2020\" không phải ngày, ví dụ 2020-12-31", date.Err.Trim());
        var file = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--cases", "no/such.csv");
        Assert.Equal((2, "gbv: no/such.csv: không có tệp này"), (file.Exit, file.Err.Trim()));
    }

    [Fact]
    public void Generated_data_are_the_same_for_a_seed_and_evaluate_without_errors()
    {
        var a = Directory.CreateTempSubdirectory("gbv-generate-");
        var b = Directory.CreateTempSubdirectory("gbv-generate-");
        try
        {
            var plan = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");
            Assert.Equal(0, Run("generate", plan, "--cases", "500", "--seed", "3", "--out", a.FullName).Exit);
            Assert.Equal(0, Run("generate", plan, "--cases", "500", "--seed", "3", "--out", b.FullName).Exit);
            var cases = File.ReadAllLines(Path.Combine(a.FullName, "cases.csv"));
            Assert.Equal(501, cases.Length);
            Assert.Equal(cases, File.ReadAllLines(Path.Combine(b.FullName, "cases.csv")));

            var (exit, output, errors) = Run("evaluate", plan, "--as-of", "2020-12-31", "--cases", Path.Combine(a.FullName, "cases.csv"),
                "--reported", Path.Combine(a.FullName, "reported.csv"), "--format", "json");
            Assert.Equal((0, string.Empty), (exit, errors));
            using var json = JsonDocument.Parse(output);
            Assert.Equal(500, json.RootElement.GetProperty("cases").GetProperty("read").GetInt32());
            Assert.Empty(json.RootElement.GetProperty("consistency").GetProperty("violations").EnumerateArray());
        }
        finally
        {
            a.Delete(recursive: true);
            b.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cases_can_come_as_json_lines_with_bad_lines_located()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(file,
            [
                """{ "caseId": "synthetic-a", "unit": "xa-a", "age": 12, "violence": ["sexual"], "reportedAt": "2020-05-01T10:00:00+07:00" }""",
                """{ "caseId": "synthetic-b", "unit": "xa-b", "age": "twelve" }""",
                "",
                """{ "caseId": "synthetic-c", "unit": "xa-b", "risk": "high", "reportedAt": "2020-06-01T10:00:00+07:00" }""",
                """{ "caseId": "synthetic-d", """,
            ]);
            var (exit, output, errors) = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--cases", file, "--format", "json", "--lang", "en");
            Assert.Equal(1, exit);
            // A case's value is a survivor's data: the diagnostic says where and what was expected, not the value.
            Assert.Contains($"{file}(2,51): error GBV4202: The value of \"age\" is not a whole number of years", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("twelve", errors, StringComparison.Ordinal);
            Assert.Contains($"{file}(5,", errors, StringComparison.Ordinal);
            Assert.Contains("error GBV4252", errors, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(2, json.RootElement.GetProperty("cases").GetProperty("read").GetInt32());
            Assert.DoesNotContain("synthetic-", output, StringComparison.Ordinal);
            Assert.DoesNotContain("synthetic-", errors, StringComparison.Ordinal);

            var shown = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--cases", file, "--format", "json", "--lang", "en", "--show-values");
            Assert.Contains($"{file}(2,51): error GBV4202: The value \"\"twelve\"\" of \"age\" is not a whole number of years", shown.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
