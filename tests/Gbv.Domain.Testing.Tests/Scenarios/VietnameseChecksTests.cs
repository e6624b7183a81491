using Gbv.Domain.Scenarios;
using Gbv.Domain.Testing.Localization;

namespace Gbv.Domain.Tests.Scenarios;

/// <summary>
/// What a Vietnamese plan author reads when a scenario passes or fails (issue 23): each kind of check in Vietnamese
/// words, with days as 09/06/2019 and figures with a decimal comma, written out here by hand from Đăk Tô's plan; English
/// stays the English of <see cref="ScenarioRunnerTests"/>. Both resource files say the same things.
/// </summary>
public sealed class VietnameseChecksTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-scenario-vi-");

    public VietnameseChecksTests() =>
        File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), Path.Combine(_folder.FullName, "ubnd-dak-to-2017-2020.plan.json"));

    public void Dispose() => _folder.Delete(recursive: true);

    private ScenarioRun Run(string json)
    {
        var file = Path.Combine(_folder.FullName, "ubnd-dak-to-2017-2020.plan.tests.json");
        File.WriteAllText(file, json);
        return ScenarioRunner.RunFile(file);
    }

    private static string Line(ScenarioCheck c, string language) =>
        $"{(c.Passed ? "PASS" : "FAIL")} {c.WhatIn(language)} | {c.ExpectedIn(language)} | {c.ActualIn(language)}";

    [Fact]
    public void Indicator_checks_in_vietnamese_with_a_decimal_comma()
    {
        var run = Run("""
            { "format": "gbv-tests/1", "scenarios": [ { "name": "2020", "asOf": "2020-12-31",
              "reported": [
                { "unit": "xa", "year": 2020, "element": "gbv_victims", "value": 37 },
                { "unit": "xa", "year": 2020, "element": "victims_detected", "value": 37 },
                { "unit": "xa", "year": 2020, "element": "victims_supported", "value": 33 } ],
              "expect": { "indicators": [
                { "key": "victims-supported", "horizon": 2020, "status": "NotMet", "value": 89.2, "minimumCount": 34, "shortfall": 1 },
                { "key": "victims-supported", "horizon": 2020, "status": "Met", "value": 90.2 },
                { "key": "victims-supported", "status": "NotMet" } ] } } ] }
            """);
        Assert.Equal(
        [
            "PASS chỉ số victims-supported (năm 2020) | trạng thái không đạt, giá trị 89,2, tối thiểu 34, còn thiếu 1 | trạng thái không đạt, giá trị 89,2, tối thiểu 34, còn thiếu 1",
            "FAIL chỉ số victims-supported (năm 2020) | trạng thái đạt, giá trị 90,2 | trạng thái không đạt, giá trị 89,2, tối thiểu 34, còn thiếu 1",
            "FAIL chỉ số victims-supported | trạng thái không đạt | 2 chỉ tiêu: hãy ghi \"horizon\"",
        ], run.Checks.Select(c => Line(c, "vi")));
        // The engine's own Vietnamese explanation; English keeps the English one.
        Assert.StartsWith("Nạn nhân được hỗ trợ và can thiệp kịp thời (trên 90% đến năm 2020): không đạt: 33/37 = 89,2% năm 2020", run.Checks[1].ExplanationIn("vi"), StringComparison.Ordinal);
        Assert.Equal(run.Checks[1].Explanation, run.Checks[1].ExplanationIn("en"));
        Assert.Equal("FAIL indicator victims-supported (2020) | status Met, value 90.2 | status NotMet, value 89.2, minimum 34, shortfall 1", Line(run.Checks[1], "en"));
    }

    [Fact]
    public void Report_referral_and_calendar_checks_in_vietnamese_with_days_as_vietnamese_write_them()
    {
        var run = Run("""
            { "format": "gbv-tests/1", "scenarios": [
              { "name": "reports", "asOf": "2019-07-01", "units": { "ubnd-xa": ["xa-a", "xa-b"] },
                "submissions": [ { "obligation": "six-monthly", "unit": "xa-b", "period": "2019-H1", "submittedAt": "2019-06-10T00:30:00+07:00" } ],
                "expect": { "reports": [
                  { "obligation": "six-monthly", "unit": "xa-b", "period": "2019-H1", "status": "Late", "daysLate": 1 },
                  { "obligation": "six-monthly", "unit": "xa-b", "period": "2019-H1", "status": "OnTime" } ] } },
              { "name": "referral", "asOf": "2019-05-01",
                "expect": { "referrals": [ { "case": { "age": 14, "violence": ["sexual"], "risk": "high", "consent": false,
                  "incidentAt": "2019-05-01T08:00:00+07:00", "reportedAt": "2019-05-01T20:00:00+07:00" },
                  "service": "child-protection", "status": "Refer", "deadline": "2019-05-02T02:00:00Z" } ] } },
              { "name": "calendar", "asOf": "2019-01-01",
                "expect": { "calendar": [ { "date": "2019-06-09", "kind": "ReportDue", "key": "six-monthly" }, { "date": "2019-06-08", "kind": "ReportDue", "key": "six-monthly" } ] } } ] }
            """);
        Assert.Equal(
        [
            "PASS báo cáo 6 tháng (six-monthly) kỳ 2019-H1 của xa-b | trạng thái trễ hạn, trễ 1 ngày | trạng thái trễ hạn, trễ 1 ngày",
            "FAIL báo cáo 6 tháng (six-monthly) kỳ 2019-H1 của xa-b | trạng thái đúng hạn | trạng thái trễ hạn, trễ 1 ngày",
            "FAIL chuyển gửi đến Người làm công tác bảo vệ trẻ em cấp xã (Chủ tịch UBND cấp xã) (child-protection) | chuyển gửi, hạn 09:00 02/05/2019 (+07:00) | chuyển gửi, hạn 08:00 02/05/2019 (+07:00)",
            "PASS lịch: hạn nộp báo cáo 6 tháng (six-monthly) ngày 09/06/2019 | hạn nộp báo cáo 6 tháng (six-monthly) ngày 09/06/2019 | hạn nộp báo cáo 6 tháng (six-monthly) từ 09/06/2019 đến 09/06/2019",
        ], run.Checks.Take(4).Select(c => Line(c, "vi")));
        Assert.StartsWith("xa-b: báo cáo 6 tháng, kỳ 6 tháng đầu năm 2019, hạn 10/06/2019", run.Checks[1].ExplanationIn("vi"), StringComparison.Ordinal);
        Assert.StartsWith("Chuyển gửi đến ", run.Checks[2].ExplanationIn("vi"), StringComparison.Ordinal);
        Assert.StartsWith("FAIL lịch: hạn nộp báo cáo 6 tháng (six-monthly) ngày 08/06/2019 | hạn nộp báo cáo 6 tháng (six-monthly) ngày 08/06/2019 | ngày 08/06/2019: ", Line(run.Checks[4], "vi"), StringComparison.Ordinal);
        Assert.Equal("FAIL referral to child-protection | Refer by 2019-05-02T02:00:00Z | Refer by 2019-05-02T01:00:00Z", Line(run.Checks[2], "en"));
    }

    [Fact]
    public void A_check_made_in_english_only_reads_the_same_in_vietnamese()
    {
        var check = new ScenarioCheck("s", "what", false, "expected", "actual", "because");
        Assert.Equal(("what", "expected", "actual", "because"), (check.WhatIn("vi-VN"), check.ExpectedIn("vi"), check.ActualIn("vi"), check.ExplanationIn("vi")));
        var both = check with { WhatVi = "điều kiểm tra" };
        Assert.Equal(("điều kiểm tra", "what"), (both.WhatIn("vi"), both.WhatIn("en")));
    }

    [Fact]
    public void Both_resource_files_have_the_same_keys_and_placeholders()
    {
        var en = ScenarioWords.All(vi: false);
        var vi = ScenarioWords.All(vi: true);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), vi.Keys.Order(StringComparer.Ordinal));
        static string Holes(string text) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
        Assert.All(en, p => Assert.True(Holes(p.Value) == Holes(vi[p.Key]), $"{p.Key}: {p.Value} / {vi[p.Key]}"));
        Assert.All(vi, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
    }
}
