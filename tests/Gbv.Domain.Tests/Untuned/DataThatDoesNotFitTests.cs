using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// Data that does not fit the plan is never silently lost or silently summed: every row not counted is a located
/// diagnostic in the report's problems, and a repeated row is counted once. Expected figures worked by hand.
/// </summary>
public sealed class DataThatDoesNotFitTests
{
    private static readonly CompiledPlan<CaseRecord> Plan = UntunedPlan.Compiled();
    private static readonly Instant EndOf2024 = Plan.EndOfDay(new LocalDate(2024, 12, 31));

    private static IndicatorResult Helped(ComplianceReport report) => report.Indicators.Single(r => r.Indicator.Key == "cases-helped");

    [Fact]
    public void An_unknown_unit_is_not_summed_into_the_total_and_turns_no_Met_into_NotMet()
    {
        // thon-1 helped 8 of 10, thon-2 5 of 5: 13 of 15 = 86.7%, at least 80%: met. "thon-9" is no village of the
        // plan's: summed in, its 0 of 20 would make 13 of 35 = 37.1%, not met.
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues =
            [
                new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 8),
                new("thon-2", 2024, "cases_known", 5), new("thon-2", 2024, "cases_helped", 5),
                new("thon-9", 2024, "cases_known", 20) { Origin = new SourceLocation("reported.csv", string.Empty, 6, 1) }, new("thon-9", 2024, "cases_helped", 0),
            ],
            ReportingUnits = UntunedPlan.Villages,
        }, EndOf2024);

        var helped = Helped(report);
        Assert.Equal((IndicatorStatus.Met, 13L, 15L), (helped.Status, helped.Numerator!.Value, helped.Denominator!.Value));
        var unknown = report.Problems.Where(d => d.Id == "GBV4007").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Equal("reported.csv(6,1)", unknown[0].Location.ToString());
        Assert.Contains("\"thon-9\"", unknown[0].Message, StringComparison.Ordinal);
        Assert.All(unknown, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void A_misspelt_element_an_empty_unit_and_year_0_are_errors_and_not_counted()
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues =
            [
                new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helpd", 9),
                new("", 2024, "cases_helped", 4), new("thon-2", 0, "cases_known", 3), new(" thon-2", 2024, "cases_known", 3),
            ],
        }, EndOf2024);

        // Nothing but thon-1's 10 known: the misspelt figure is not its "cases_helped", so the indicator has no numerator.
        var helped = Helped(report);
        Assert.Equal(IndicatorStatus.NoData, helped.Status);
        Assert.Equal([new UnitGap("thon-1", "cases_helped", null, 10)], helped.MissingUnits);
        var misspelt = Assert.Single(report.Problems, d => d.Id == "GBV4006");
        Assert.Contains("did you mean \"cases_helped\"", misspelt.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Problems.Count(d => d.Id == "GBV4005"));
        Assert.Single(report.Problems, d => d.Id == "GBV4008");
        Assert.All(report.Problems, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void The_same_row_twice_is_counted_once_with_a_warning_and_two_values_for_one_figure_are_an_error()
    {
        var totals = ReportedTotals.From(UntunedPlan.Plan,
            [new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 8), new("thon-1", 2024, "cases_helped", 9)],
            null, out var problems);
        Assert.Equal(10, totals.Total("cases_known", 2024));
        Assert.Equal(8, totals.Total("cases_helped", 2024));
        Assert.Equal(["GBV4009", "GBV4001"], problems.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Warning, problems[0].Severity);
        Assert.Equal(DiagnosticSeverity.Error, problems[1].Severity);
    }

    [Fact]
    public void A_completion_recorded_twice_counts_once_and_one_from_a_unit_not_listed_not_at_all()
    {
        TaskCompletion[] done =
        [
            new("truyen-thong", "thon-1", new LocalDate(2024, 3, 8)), new("truyen-thong", "thon-1", new LocalDate(2024, 3, 8)),
            new("truyen-thong", "thon-7", new LocalDate(2024, 5, 1)), new("truyen-thong", "", new LocalDate(2024, 5, 2)),
        ];
        var report = Plan.Evaluate(new ComplianceData<CaseRecord> { TaskCompletions = done, ReportingUnits = UntunedPlan.Villages }, EndOf2024);
        Assert.Equal(1L, Assert.Single(report.Tasks).Done);
        Assert.Equal(["GBV4010", "GBV4007", "GBV4005"], report.Problems.Select(d => d.Id));
    }

    [Fact]
    public void A_report_sent_before_its_period_began_is_an_error_and_not_counted()
    {
        // The 2024 annual report "received" on 1 December 2023: a wrong year, never an early report.
        var sent = new Submission("annual", "thon-1", new ReportingPeriod(PeriodKind.Year, 2024, 1), Instant.FromUtc(2023, 12, 1, 2, 0));
        var report = Plan.Evaluate(new ComplianceData<CaseRecord> { Submissions = [sent], ReportingUnits = UntunedPlan.Villages }, EndOf2024);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("GBV4105", problem.Id);
        Assert.Contains("on 2023-12-01, before the period began on 2024-01-01", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Timeliness.Missing, report.Timeliness.Reports.Single(r => r.Unit == "thon-1" && r.Report.Period.Year == 2024).Status);
    }

    [Fact]
    public void Cases_whose_incident_is_after_their_report_and_cases_from_an_unknown_unit_are_reported()
    {
        CaseRecord[] cases =
        [
            new() { CaseId = "s-1", Unit = "thon-1", IncidentAt = Instant.FromUtc(2024, 5, 2, 0, 0), ReportedAt = Instant.FromUtc(2024, 5, 1, 0, 0) },
            new() { CaseId = "s-2", Unit = "thon-1", IncidentAt = Instant.FromUtc(2024, 4, 2, 0, 0), ReportedAt = Instant.FromUtc(2024, 5, 1, 0, 0) },
            new() { CaseId = "s-3", Unit = "xom-moi", ReportedAt = Instant.FromUtc(2024, 6, 1, 0, 0) },
        ];
        var report = Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = cases, ReportingUnits = UntunedPlan.Villages }, EndOf2024);
        Assert.Equal(["GBV4011", "GBV4007"], report.Problems.Select(d => d.Id));
        Assert.Contains("Case number 1 ", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s-1", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("1 case(s) from \"xom-moi\", which is not a unit", report.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_the_problems_and_says_data_are_missing_beside_the_indicator()
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 9), new("thon-2", 2024, "cases_known", 10), new("thon-2", 2024, "cases_helpd", 9)],
        }, EndOf2024);
        var markdown = ComplianceReportMarkdown.Render(report, "en", new SmallCounts(1));
        Assert.DoesNotContain("None.", markdown.Split("## Problems in the data")[1], StringComparison.Ordinal);
        Assert.Contains("GBV4006", markdown, StringComparison.Ordinal);
        Assert.Contains("9/10 (90%) (incomplete: 1 of 2 units; left out: thon-2 missing \"cases_helped\")", markdown, StringComparison.Ordinal);
    }
}
