using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>Targets judged as the plan words them: "from" every year, upper bounds with their excess, strict bounds at the threshold, what is ahead.</summary>
public sealed class TargetsAsWordedTests
{
    private static readonly CompiledPlan<CaseRecord> Plan = UntunedPlan.Compiled();

    private static ComplianceReport Evaluate(LocalDate asOf, params ReportedValue[] values) =>
        Plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = values }, Plan.EndOfDay(asOf));

    private static IndicatorResult Result(ComplianceReport report, string key) => report.Indicators.Single(r => r.Indicator.Key == key);

    [Fact]
    public void From_2024_holds_every_year_and_a_missed_year_stays_missed()
    {
        // 2024: 7 of 10 helped (70%), below at least 80%; 2025: 9 of 10. As of the end of 2025 the target is not met.
        var report = Evaluate(new LocalDate(2025, 12, 31),
            new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 7),
            new("thon-1", 2025, "cases_known", 10), new("thon-1", 2025, "cases_helped", 9));
        var helped = Result(report, "cases-helped");
        Assert.Equal((IndicatorStatus.NotMet, 2025, 9L), (helped.Status, helped.Year!.Value, helped.Numerator!.Value));
        Assert.Equal([2024], helped.YearsMissed);
        Assert.StartsWith("cases-helped (at least 80% from 2024): NotMet: every year 2024-2025 counts: missed in 2024; 9 of 10 = 90% in 2025", helped.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("tính mọi năm 2024-2025: không đạt năm 2024", helped.ExplanationVi, StringComparison.Ordinal);

        // Both years at 80% or more: met.
        var both = Result(Evaluate(new LocalDate(2025, 12, 31),
            new("thon-1", 2024, "cases_known", 10), new("thon-1", 2024, "cases_helped", 8),
            new("thon-1", 2025, "cases_known", 10), new("thon-1", 2025, "cases_helped", 9)), "cases-helped");
        Assert.Equal(IndicatorStatus.Met, both.Status);
        Assert.Empty(both.YearsMissed);
    }

    [Fact]
    public void At_least_once_a_year_with_no_record_for_a_year_is_no_data_not_met()
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord> { TaskCompletions = [new TaskCompletion("truyen-thong", "thon-1", new LocalDate(2025, 4, 2))] },
            Plan.EndOfDay(new LocalDate(2025, 12, 31)));
        var communication = Result(report, "communication");
        Assert.Equal(IndicatorStatus.NoData, communication.Status);
        Assert.Equal([2024], communication.YearsWithoutData);
        Assert.Contains("no data for 2024", communication.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_bound_shows_the_ratio_the_most_allowed_and_the_excess()
    {
        // "không quá 0,5 lần": 6 repeat cases against 10 first-time ones is 0.6 times; at most 5 allowed, 1 over.
        var repeat = Result(Evaluate(new LocalDate(2026, 12, 31), new("thon-1", 2026, "first_time_cases", 10), new("thon-1", 2026, "repeat_cases", 6)), "repeat-violence");
        Assert.Equal((IndicatorStatus.NotMet, 0.6m, 5L, 1L), (repeat.Status, repeat.Value!.Value, repeat.MinimumCount!.Value, repeat.Shortfall!.Value));
        Assert.Contains("6 of 10 = 0.6 times in 2026; at most 0.5 times allows at most 5, 1 over", repeat.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("cho phép tối đa 5, vượt 1", repeat.ExplanationVi, StringComparison.Ordinal);
        Assert.DoesNotContain("needed", repeat.ExplanationEn, StringComparison.Ordinal);

        var markdown = ComplianceReportMarkdown.Render(Evaluate(new LocalDate(2026, 12, 31), new("thon-1", 2026, "first_time_cases", 10), new("thon-1", 2026, "repeat_cases", 6)), "en", new SmallCounts(1));
        Assert.Contains("| at most 5 | 1 over |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_at_a_strict_threshold_is_not_met_and_never_reads_100_percent_achieved()
    {
        // "trên 50%": 5 counselled of 10 helped is 50%, not more than 50%.
        var counselled = Result(Evaluate(new LocalDate(2026, 12, 31), new("thon-1", 2026, "cases_helped", 10), new("thon-1", 2026, "cases_counselled", 5)), "cases-counselled");
        Assert.Equal((IndicatorStatus.NotMet, 50m, 6L, 1L), (counselled.Status, counselled.Value!.Value, counselled.MinimumCount!.Value, counselled.Shortfall!.Value));
        Assert.Null(counselled.PercentAchieved);
        Assert.Contains("at the threshold itself, which it does not meet", counselled.ExplanationEn, StringComparison.Ordinal);
        Assert.DoesNotContain("100%", counselled.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_90_days_hold_only_what_comes_after_the_date()
    {
        var due = PlanAgenda.Between(Plan.Schedule, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Single(e => e.Kind == AgendaKind.ReportDue && e.Key == "annual");
        Assert.DoesNotContain(Evaluate(due.End).Ahead, e => e.Uid == due.Uid);
        Assert.Contains(Evaluate(due.End.PlusDays(-1)).Ahead, e => e.Uid == due.Uid);
    }
}

/// <summary>The plan's scenario file, worked by hand, passes in full with <c>gbv test</c>'s runner.</summary>
public sealed class UntunedScenarioTests
{
    [Fact]
    public void Every_hand_worked_expectation_of_the_untuned_plan_passes()
    {
        var run = Gbv.Domain.Scenarios.ScenarioRunner.RunFile(Path.Combine(AppContext.BaseDirectory, "Untuned", "ubnd-xa-hoa-binh-2024-2026.plan.tests.json"));
        Assert.Empty(run.Problems);
        Assert.Equal(8, run.Checks.Length);
        Assert.All(run.Checks, c => Assert.True(c.Passed, $"{c.Scenario} › {c.What}: expected {c.Expected}, actual {c.Actual}, because {c.Explanation}"));
    }
}
