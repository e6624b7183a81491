using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation;

/// <summary>The façade: load, compile once, evaluate; results explained, shareable between threads, data read once.</summary>
public sealed class ComplianceEngineTests
{
    private static readonly CompiledPlan<CaseRecord> DakTo = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
    private static readonly Instant EndOf2020 = Instant.FromUtc(2020, 12, 31, 16, 59, 59);

    private static ComplianceData<CaseRecord> Data() => new()
    {
        ReportedValues =
        [
            new("xa-a", 2020, "gbv_victims", 20), new("xa-a", 2020, "victims_detected", 20), new("xa-a", 2020, "victims_supported", 18),
            new("xa-b", 2020, "gbv_victims", 17), new("xa-b", 2020, "victims_detected", 17), new("xa-b", 2020, "victims_supported", 15),
        ],
        Submissions = [new("annual", "ubnd-xa", new ReportingPeriod(PeriodKind.Year, 2020, 1), Instant.FromUtc(2020, 11, 20, 2, 0))],
        Cases = [new CaseRecord { CaseId = "synthetic-1", Age = 12, Unit = "xa-a", ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) }],
    };

    [Fact]
    public void One_call_gives_indicators_timeliness_and_referrals_each_explained()
    {
        var report = DakTo.Evaluate(Data(), EndOf2020);
        Assert.Equal(new LocalDate(2020, 12, 31), report.AsOfDate);
        var supported = report.Indicators.Single(r => r.Indicator.Key == "victims-supported" && r.Target.Horizon.Year == 2020);
        Assert.Equal((IndicatorStatus.NotMet, 1L), (supported.Status, supported.Shortfall!.Value));

        // "trước ngày 20/11": received at 09:00 on 20 November local time, one day late.
        var annual = report.Timeliness.Reports.Single(r => r.Report.Obligation.Key == "annual" && r.Unit == "ubnd-xa" && r.Report.Period.Year == 2020);
        Assert.Equal((Timeliness.Late, 1), (annual.Status, annual.DaysLate));

        // A 12-year-old: the child-protection rules apply.
        Assert.Equal(1, report.Cases.Read);
        Assert.True(report.Referrals.PerService["child-protection"].Refer == 1);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void The_rendered_report_suppresses_small_counts_and_never_shows_a_case_id()
    {
        var report = DakTo.Evaluate(Data(), EndOf2020);
        var markdown = ComplianceReportMarkdown.Render(report, "en");
        Assert.Contains("Cases read: <5", markdown, StringComparison.Ordinal);
        Assert.Contains("| child-protection | <5 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic-1", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic-1", ComplianceReportJson.Write(report), StringComparison.Ordinal);

        // With a threshold of 1, every count is shown.
        Assert.Contains("Cases read: 1", ComplianceReportMarkdown.Render(report, "en", new SmallCounts(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_compiled_plan_evaluated_from_eight_threads_gives_what_one_thread_gives()
    {
        var expected = ComplianceReportJson.Write(DakTo.Evaluate(Data(), EndOf2020));
        var results = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = ComplianceReportJson.Write(DakTo.Evaluate(Data(), EndOf2020)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Each_sequence_is_read_once()
    {
        var data = Data();
        var once = new ComplianceData<CaseRecord>
        {
            Cases = new Once<CaseRecord>(data.Cases), ReportedValues = new Once<ReportedValue>(data.ReportedValues),
            Submissions = new Once<Submission>(data.Submissions), TaskCompletions = new Once<Tasks.TaskCompletion>([]),
        };
        Assert.Equal(ComplianceReportJson.Write(DakTo.Evaluate(data, EndOf2020)), ComplianceReportJson.Write(DakTo.Evaluate(once, EndOf2020)));
    }

    [Fact]
    public void A_task_done_after_the_moment_evaluated_does_not_count_yet()
    {
        var data = Data() with { TaskCompletions = [new("ii-2-1-capacity-building", "xa-a", new LocalDate(2021, 1, 10))] };
        var training = DakTo.Evaluate(data, EndOf2020).Indicators.Single(r => r.Indicator.Key == "annual-training");
        Assert.Equal((IndicatorStatus.NoData, 2020), (training.Status, training.Year!.Value));
        var later = DakTo.Evaluate(data, Instant.FromUtc(2021, 12, 31, 16, 59, 59)).Indicators.Single(r => r.Indicator.Key == "annual-training");
        // Counted in 2021 once it has happened; "from 2017" still lacks records for 2017-2020.
        Assert.Equal((1L, 2021), (later.Numerator!.Value, later.Year!.Value));
        Assert.Equal([2017, 2018, 2019, 2020], later.YearsWithoutData);
    }

    /// <summary>A sequence that can be read only once, like a file or a database cursor.</summary>
    private sealed class Once<T>(IEnumerable<T> items) : IEnumerable<T>
    {
        private bool _read;

        public IEnumerator<T> GetEnumerator()
        {
            Assert.False(_read, "The sequence was read twice.");
            _read = true;
            return items.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
