using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// Classifying submissions against a plan's obligations: a monthly report due before the 10th of the following month,
/// over four years (48 periods), from as many communes as it takes to make the number of submissions; 5% of reports
/// are never sent, the others arrive from 12 days before to 8 days after the deadline. The setup checks that every
/// submission is classified and that the counts of on-time and late reports equal a direct count.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class TimelinessBenchmarks
{
    private Submission[] _submissions = [];
    private ReportingSchedule _schedule = null!;
    private Dictionary<string, ImmutableArray<string>> _units = null!;
    private readonly Instant _asOf = Instant.FromUtc(2025, 3, 1, 0, 0);

    [Params(100_000, 1_000_000)]
    public int Submissions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanLoader.Load("""
            {
              "format": "gbv-plan/1", "id": "monthly-reports", "title": { "vi": "Báo cáo tháng (thử nghiệm hiệu năng)" },
              "document": { "issuer": "ubnd-tinh" }, "level": "province", "period": { "from": 2021, "to": 2024 },
              "agencies": [ { "id": "ubnd-tinh", "name": { "vi": "UBND tỉnh" }, "kind": "peoples-committee" },
                            { "id": "ubnd-xa", "name": { "vi": "UBND các xã" }, "kind": "peoples-committee" } ],
              "reporting": [ { "key": "monthly", "frequency": "monthly", "due": { "rule": "before", "dayOfMonth": 10 },
                "reporters": ["ubnd-xa"], "recipient": "ubnd-tinh", "source": "báo cáo hằng tháng trước ngày 10 tháng sau" } ]
            }
            """).Plan ?? throw new InvalidOperationException("The plan does not load.");
        _schedule = ReportingSchedule.For(plan, WorkingCalendar.Vietnam);
        var reports = _schedule.Reports(2021, 2024);
        var communes = (int)Math.Ceiling(Submissions / 0.95 / reports.Length);
        _units = new() { ["ubnd-xa"] = [.. Enumerable.Range(0, communes).Select(i => $"xa-{i:00000}")] };
        var random = new Random(5);
        var list = new List<Submission>(Submissions);
        foreach (var unit in _units["ubnd-xa"])
        {
            foreach (var report in reports)
            {
                if (list.Count < Submissions && random.Next(20) > 0)
                {
                    list.Add(new Submission("monthly", unit, report.Period, report.Deadline + Duration.FromMinutes(random.Next(-12 * 1440, 8 * 1440))));
                }
            }
        }

        _submissions = [.. list];
        var result = TimelinessChecker.Check(_schedule, _submissions, _asOf, _units);
        var onTime = _submissions.Count(s => s.SubmittedAt < _schedule.Find(s.Obligation, s.Period)!.Deadline);
        if (!result.Problems.IsEmpty
            || result.Reports.Count(r => r.Status == Timeliness.OnTime) != onTime
            || result.Reports.Count(r => r.Status == Timeliness.Late) != _submissions.Length - onTime)
        {
            throw new InvalidOperationException("The classification disagrees with a direct count.");
        }
    }

    [Benchmark(Description = "TimelinessChecker.Check")]
    public int Check() => TimelinessChecker.Check(_schedule, _submissions, _asOf, _units).Reports.Length;
}
