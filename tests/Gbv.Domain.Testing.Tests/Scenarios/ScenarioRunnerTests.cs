using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Tests.Scenarios;

/// <summary>
/// What a plan author reads when a scenario fails: each kind of check, passing and failing, with its expected and
/// actual text word for word, and each bad value in a scenario file located by its pointer. Worked out from Đăk Tô's
/// plan: 33 of 37 victims supported in 2020 is 89.2%, not more than 90% (34 needed, 1 more).
/// </summary>
public sealed class ScenarioRunnerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-scenario-runner-");

    public ScenarioRunnerTests() =>
        File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), Path.Combine(_folder.FullName, "ubnd-dak-to-2017-2020.plan.json"));

    public void Dispose() => _folder.Delete(recursive: true);

    private ScenarioRun Run(string json)
    {
        var file = Path.Combine(_folder.FullName, "ubnd-dak-to-2017-2020.plan.tests.json");
        File.WriteAllText(file, json);
        return ScenarioRunner.RunFile(file);
    }

    private const string Reported = """
        "reported": [
          { "unit": "xa", "year": 2020, "element": "gbv_victims", "value": 37 },
          { "unit": "xa", "year": 2020, "element": "victims_detected", "value": 37 },
          { "unit": "xa", "year": 2020, "element": "victims_supported", "value": 33 } ]
        """;

    private static string Line(ScenarioCheck c) => $"{(c.Passed ? "PASS" : "FAIL")} {c.What} | expected {c.Expected} | actual {c.Actual}";

    [Fact]
    public void Indicator_checks_fail_on_any_one_field_and_say_what_was_found()
    {
        var run = Run($$"""
            { "format": "gbv-tests/1", "scenarios": [ { "name": "2020", "asOf": "2020-12-31", {{Reported}},
              "expect": { "indicators": [
                { "key": "victims-supported", "horizon": 2020, "status": "NotMet", "value": 89.2, "minimumCount": 34, "shortfall": 1 },
                { "key": "victims-supported", "horizon": 2020, "status": "Met" },
                { "key": "victims-supported", "horizon": 2020, "value": 89.1 },
                { "key": "victims-supported", "horizon": 2020, "minimumCount": 33 },
                { "key": "victims-supported", "horizon": 2020, "shortfall": 0 },
                { "key": "victims-supported", "status": "NotMet" },
                { "key": "no-such-indicator", "status": "Met" } ] } } ] }
            """);

        // An expectation on an indicator the plan does not have is also a problem of the file (issue 25).
        Assert.Equal("GBV2281", Assert.Single(run.Problems).Id);
        Assert.Equal(
        [
            "PASS indicator victims-supported (2020) | expected status NotMet, value 89.2, minimum 34, shortfall 1 | actual status NotMet, value 89.2, minimum 34, shortfall 1",
            "FAIL indicator victims-supported (2020) | expected status Met | actual status NotMet, value 89.2, minimum 34, shortfall 1",
            "FAIL indicator victims-supported (2020) | expected value 89.1 | actual status NotMet, value 89.2, minimum 34, shortfall 1",
            "FAIL indicator victims-supported (2020) | expected minimum 33 | actual status NotMet, value 89.2, minimum 34, shortfall 1",
            "FAIL indicator victims-supported (2020) | expected shortfall 0 | actual status NotMet, value 89.2, minimum 34, shortfall 1",
            "FAIL indicator victims-supported | expected status NotMet | actual 2 targets: give \"horizon\"",
            "FAIL indicator no-such-indicator | expected status Met | actual no such indicator or target",
        ], run.Checks.Select(Line));
        Assert.StartsWith("victims-supported (more than 90% by 2020): NotMet: 33 of 37 = 89.2% in 2020", run.Checks[0].Explanation, StringComparison.Ordinal);
        Assert.Equal(("2020", 1, 7), (run.Checks[0].Scenario, run.Passed, run.Failed));
    }

    [Fact]
    public void Report_calendar_and_referral_checks_say_what_was_found()
    {
        var run = Run("""
            { "format": "gbv-tests/1", "scenarios": [ { "name": "2019", "asOf": "2019-07-01",
              "submissions": [ { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H1", "submittedAt": "2019-06-12T09:00:00+07:00" } ],
              "expect": {
                "reports": [
                  { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H1", "status": "Late", "daysLate": 3 },
                  { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H1", "status": "Late", "daysLate": 2 },
                  { "obligation": "six-monthly", "unit": "co-quan-don-vi", "period": "2019-H1", "status": "OnTime" },
                  { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H3", "status": "Missing" },
                  { "obligation": "six-monthly", "unit": "nobody", "period": "2019-H1", "status": "Missing" } ],
                "calendar": [
                  { "kind": "ReportDue", "key": "six-monthly", "date": "2019-06-09" },
                  { "kind": "ReportDue", "key": "six-monthly", "date": "2025-06-09" },
                  { "kind": "ReportDue", "key": "six-monthly", "date": "2019-06-31" },
                  { "kind": "ReportDue", "key": "annual", "date": "2019-06-09" } ],
                "referrals": [
                  { "case": { "age": 14, "violence": ["sexual"], "risk": "high", "incidentAt": "2019-05-01T08:00:00+07:00", "reportedAt": "2019-05-01T20:00:00+07:00" },
                    "service": "child-protection", "status": "Refer", "deadline": "2019-05-02T01:00:00Z" },
                  { "case": { "age": 14, "violence": ["sexual"], "risk": "high", "incidentAt": "2019-05-01T08:00:00+07:00", "reportedAt": "2019-05-01T20:00:00+07:00" },
                    "service": "child-protection", "status": "Refer", "deadline": "2019-05-02T02:00:00Z" },
                  { "case": { "age": 30, "risk": "low", "consent": true }, "service": "child-protection", "status": "Refer" },
                  { "case": { "age": 30, "violence": ["shouting"] }, "service": "police", "status": "Refer" } ] } } ] }
            """);
        Assert.Empty(run.Problems);
        Assert.Equal(
        [
            // "trước ngày 10/6": on time until the end of 9 June; 09:00 on 12 June is three days after it.
            "PASS report six-monthly 2019-H1 from ubnd-xa | expected status Late, 3 day(s) late | actual status Late, 3 day(s) late",
            "FAIL report six-monthly 2019-H1 from ubnd-xa | expected status Late, 2 day(s) late | actual status Late, 3 day(s) late",
            "FAIL report six-monthly 2019-H1 from co-quan-don-vi | expected status OnTime | actual status Missing, 0 day(s) late",
            "FAIL report six-monthly 2019-H3 from ubnd-xa | expected status Missing | actual no such report is owed",
            "FAIL report six-monthly 2019-H1 from nobody | expected status Missing | actual no such report is owed",
            "PASS calendar ReportDue six-monthly on 2019-06-09 | expected ReportDue six-monthly on 2019-06-09 | actual ReportDue six-monthly 2019-06-09..2019-06-09",
            "FAIL calendar ReportDue six-monthly on 2025-06-09 | expected ReportDue six-monthly on 2025-06-09 | actual on 2025-06-09: nothing",
            "FAIL calendar ReportDue six-monthly on 2019-06-31 | expected an entry on a date | actual \"2019-06-31\" is not a date such as 2019-06-09",
            // Child protection within 12 hours of the report at 20:00 local (13:00 UTC).
            "PASS referral to child-protection | expected Refer by 2019-05-02T01:00:00Z | actual Refer by 2019-05-02T01:00:00Z",
            "FAIL referral to child-protection | expected Refer by 2019-05-02T02:00:00Z | actual Refer by 2019-05-02T01:00:00Z",
            "FAIL referral to child-protection | expected Refer | actual None",
            "FAIL referral to police | expected Refer | actual the case has a value that does not read (violence)",
        ], run.Checks.Where(c => c != run.Checks[8]).Select(Line));
        // The right day and kind, but another report: not a match, and what is on that day is listed.
        var other = run.Checks[8];
        Assert.Equal(("calendar ReportDue annual on 2019-06-09", false), (other.What, other.Passed));
        Assert.StartsWith("on 2019-06-09: Task ", other.Actual, StringComparison.Ordinal);
        Assert.EndsWith(", ReportDue six-monthly", other.Actual, StringComparison.Ordinal);
        Assert.StartsWith("due before 2019-06-10", run.Checks[5].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("ubnd-xa: six-monthly 2019-H1 due 2019-06-10 (on time until the end of 2019-06-09): late by 3 day(s).", run.Checks[0].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("Refer to", run.Checks[9].Explanation, StringComparison.Ordinal);
        Assert.Equal("no rule sends the case there", run.Checks[11].Explanation);
        Assert.Equal([string.Empty, string.Empty, string.Empty, string.Empty], new[] { run.Checks[3], run.Checks[6], run.Checks[7], run.Checks[12] }.Select(c => c.Explanation));
    }

    /// <summary>A case is read field by field: every keyword, both ends of the ages, several kinds of violence.</summary>
    [Fact]
    public void A_scenario_case_reads_every_field_and_refuses_what_does_not_read()
    {
        var run = Run("""
            { "format": "gbv-tests/1", "scenarios": [ { "name": "cases", "asOf": "2019-05-01",
              "expect": { "referrals": [
                { "case": { "age": 0, "sex": "female", "violence": ["physical", "sexual"], "incidentType": "rape", "trafficking": true, "domestic": true,
                            "risk": "high", "consent": true, "incidentAt": "2019-05-01T08:00:00+07:00", "reportedAt": "2019-05-01T20:00:00+07:00", "unit": "xa-a" },
                  "service": "child-protection", "status": "Refer" },
                { "case": { "age": 150, "violence": ["physical", "sexual"], "risk": "high", "consent": true, "incidentAt": "2019-05-01T08:00:00+07:00", "reportedAt": "2019-05-01T10:00:00+07:00" },
                  "service": "health-facility", "status": "Refer" },
                { "case": { "age": 151 }, "service": "police", "status": "Refer" },
                { "case": { "age": -1 }, "service": "police", "status": "Refer" },
                { "case": { "sex": "unknown-sex" }, "service": "police", "status": "Refer" },
                { "case": { "risk": "extreme" }, "service": "police", "status": "Refer" },
                { "case": { "incidentAt": "2019-05-01 08:00" }, "service": "police", "status": "Refer" } ] } } ] }
            """);
        Assert.Empty(run.Problems);
        Assert.Equal([true, true, false, false, false, false, false], run.Checks.Select(c => c.Passed));
        Assert.Equal(
            ["age", "age", "sex", "risk", "incidentAt"],
            run.Checks.Skip(2).Select(c => c.Actual.Replace("the case has a value that does not read (", string.Empty, StringComparison.Ordinal).TrimEnd(')')));
    }

    [Fact]
    public void Conformance_checks_name_each_verdict_and_a_parent_that_does_not_load()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "parent.plan.json"), TestFiles.CanThoParentPlan("at-least", 50, 2025));
        File.WriteAllText(Path.Combine(_folder.FullName, "ubnd-can-tho-2024.plan.json"), TestFiles.CanThoLinkedToParent());
        File.WriteAllText(Path.Combine(_folder.FullName, "broken.plan.json"), "{ \"format\": \"gbv-plan/1\" }");
        var file = Path.Combine(_folder.FullName, "ubnd-can-tho-2024.plan.tests.json");
        File.WriteAllText(file, """
            { "format": "gbv-tests/1", "scenarios": [ { "name": "conformance", "asOf": "2024-12-31",
              "expect": { "conformance": [
                { "parent": "parent.plan.json", "indicator": "victims-seek-help", "verdict": "Conforms" },
                { "parent": "parent.plan.json", "indicator": "victims-seek-help", "verdict": "Looser" },
                { "parent": "parent.plan.json", "indicator": "no-such-indicator", "verdict": "Conforms" },
                { "parent": "broken.plan.json", "indicator": "victims-seek-help", "verdict": "Conforms" } ] } } ] }
            """);
        var run = ScenarioRunner.RunFile(file);
        Assert.Equal(
        [
            "PASS conformance of victims-seek-help with parent.plan.json | expected Conforms | actual Conforms",
            "FAIL conformance of victims-seek-help with parent.plan.json | expected Looser | actual Conforms",
            "FAIL conformance of no-such-indicator with parent.plan.json | expected Conforms | actual no linked target",
        ], run.Checks.Take(3).Select(Line));
        Assert.StartsWith("ubnd-can-tho-2024#victims-seek-help against can-tho-2021-2025#seek-help: ", run.Checks[0].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("the parent plan does not load: ", run.Checks[3].Actual, StringComparison.Ordinal);
        Assert.Contains("error GBV", run.Checks[3].Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_in_a_scenario_are_located_and_the_scenario_is_not_run()
    {
        var run = Run("""
            { "format": "gbv-tests/1", "scenarios": [
              { "name": "bad data", "asOf": "2019-07-01",
                "submissions": [ { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H3", "submittedAt": "2019-06-12T09:00:00+07:00" },
                                 { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H1", "submittedAt": "12/06/2019" } ],
                "completions": [ { "task": "ii-2-1-capacity-building", "unit": "xa", "date": "14/05/2019" } ],
                "cases": [ { "age": 200 } ],
                "expect": { "indicators": [ { "key": "victims-supported", "horizon": 2020, "status": "Met" } ] } },
              { "name": "bad date", "asOf": "2019-02-30", "expect": { "indicators": [ { "key": "victims-supported", "horizon": 2020, "status": "Met" } ] } },
              { "name": "fine", "asOf": "2019-07-01", "expect": { "reports": [ { "obligation": "six-monthly", "unit": "ubnd-xa", "period": "2019-H1", "status": "Missing" } ] } } ] }
            """);
        Assert.Equal(
        [
            "GBV4202 /scenarios/0/submissions/0/period",
            "GBV4202 /scenarios/0/submissions/1/submittedAt",
            "GBV4202 /scenarios/0/completions/0/date",
            "GBV4202 /scenarios/0/cases/0/age",
            "GBV4202 /scenarios/1/asOf",
        ], run.Problems.Select(p => $"{p.Id} {p.Location.Pointer}"));
        Assert.Equal(
        [
            "The value \"2019-H3\" of \"period\" is not a period such as 2019, 2019-H1, 2019-Q3 or 2019-07; the row is not counted",
            "The value \"12/06/2019\" of \"submittedAt\" is not a point in time such as 2019-06-09T23:30:00+07:00; the row is not counted",
            "The value \"14/05/2019\" of \"date\" is not a date such as 2019-05-14; the row is not counted",
            "The value of \"age\" is not a whole number of years from 0 to 150; the row is not counted",
            "The value \"2019-02-30\" of \"asOf\" is not a date such as 2020-12-31; the row is not counted",
        ], run.Problems.Select(p => p.GetMessage("en")));
        Assert.Equal(
        [
            "Giá trị \"2019-H3\" của \"period\" không phải kỳ, ví dụ 2019, 2019-H1, 2019-Q3 hoặc 2019-07; dòng này không được tính",
            "Giá trị \"12/06/2019\" của \"submittedAt\" không phải thời điểm, ví dụ 2019-06-09T23:30:00+07:00; dòng này không được tính",
            "Giá trị \"14/05/2019\" của \"date\" không phải ngày, ví dụ 2019-05-14; dòng này không được tính",
            "Giá trị của \"age\" không phải số năm tròn từ 0 đến 150; dòng này không được tính",
            "Giá trị \"2019-02-30\" của \"asOf\" không phải ngày, ví dụ 2020-12-31; dòng này không được tính",
        ], run.Problems.Select(p => p.GetMessage("vi")));

        // Only the third scenario ran; the five problems count as failures.
        Assert.Equal(["fine"], run.Checks.Select(c => c.Scenario));
        Assert.Equal((1, 5), (run.Passed, run.Failed));
    }

    [Fact]
    public void A_file_of_another_format_or_that_cannot_be_read_is_one_located_problem()
    {
        var other = Run("""{ "format": "gbv-tests/2", "scenarios": [] }""");
        var problem = Assert.Single(other.Problems);
        Assert.Equal(("GBV1108", "/format"), (problem.Id, problem.Location.Pointer));
        Assert.Contains("gbv-tests/1", problem.GetMessage("en"), StringComparison.Ordinal);

        var broken = Run("{ \"format\": \"gbv-tests/1\",\n  \"scenarios\": [ }");
        var syntax = Assert.Single(broken.Problems);
        Assert.Equal(("GBV1003", 2), (syntax.Id, syntax.Location.Line));
        Assert.Empty(broken.Checks);

        var folder = ScenarioRunner.RunFile(_folder.FullName);
        Assert.Equal("GBV1000", Assert.Single(folder.Problems).Id);
        Assert.Equal("GBV1000", Assert.Single(ScenarioRunner.RunFile(Path.Combine(_folder.FullName, "none.tests.json")).Problems).Id);
        Assert.Throws<ArgumentNullException>(() => ScenarioRunner.RunFile(null!));
    }
}
