using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Testing;
using Gbv.Domain.Tests.Evaluation.Indicators;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation;

/// <summary>Cases counted in parts on several threads, and progress: the report is that of one pass over the parts in order.</summary>
public sealed class CasePartitionsTests
{
    private static readonly CompiledPlan<CaseRecord> Plan = ComplianceEngine.Compile(
        CaseTallyTests.CasePlan, CaseFields.Map, CaseFields.ReportedYear, ImmutableDictionary<string, string>.Empty, WorkingCalendar.Vietnam).CompiledPlan!;

    private static readonly Instant AsOf = Instant.FromUtc(2025, 12, 31, 16, 0);

    private static string Report(IEnumerable<CaseRecord> cases) => ComplianceReportJson.Write(Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = cases }, AsOf));

    // A case whose incident is an hour after its report: flagged with its number among all cases (GBV4011).
    private static CaseRecord Impossible(CaseRecord c) => c.ReportedAt is { } at ? c with { IncidentAt = at + Duration.FromHours(1) } : c;

    /// <summary>Any split of the cases into parts, counted on threads, gives the report of the whole, byte for byte.</summary>
    [Property(MaxTest = 60)]
    public Property Parts_counted_at_once_give_the_report_of_the_whole() =>
        Prop.ForAll(
            Gen.Choose(0, 300).SelectMany(n => GbvGenerators.Case.Zip(Gen.Choose(0, 9)).Select(p => p.Item2 == 0 ? Impossible(p.Item1) : p.Item1).ArrayOf(n)).ToArbitrary(),
            Gen.Choose(0, 300).ArrayOf().ToArbitrary(),
            (cases, cuts) =>
            {
                var at = cuts.Select(c => Math.Min(c, cases.Length)).Append(0).Append(cases.Length).Distinct().Order().ToArray();
                var parts = at.Zip(at.Skip(1), (from, to) => cases[from..to]).ToList();
                Assert.Equal(Report(cases), Report(new CasePartitions<CaseRecord>(parts)));
                Assert.Equal(Report(cases), Report(new CasePartitions<CaseRecord>(parts) { MaxDegreeOfParallelism = 1 }));
            });

    [Fact]
    public void A_case_in_a_later_part_keeps_its_number_in_the_whole()
    {
        var good = new CaseRecord { CaseId = "synthetic-1", Unit = "xa-a", ReportedAt = Instant.FromUtc(2025, 3, 1, 2, 0) };
        var parts = new CasePartitions<CaseRecord>([[good, good], [good, Impossible(good)]]);
        var report = Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = parts }, AsOf);
        var problem = Assert.Single(report.Problems, d => d.Id == "GBV4011");
        // The fourth case of the whole, the second of its part.
        Assert.Contains("Case number 4 ", problem.ToString("en"), StringComparison.Ordinal);
        Assert.Equal(4, report.Cases.Read);
    }

    [Fact]
    public void The_exception_of_the_first_part_that_fails_is_thrown_as_it_is()
    {
        static IEnumerable<CaseRecord> Failing(string message)
        {
            yield return new CaseRecord { CaseId = "synthetic-1" };
            throw new InvalidDataException(message);
        }

        var parts = new CasePartitions<CaseRecord>([[], Failing("second"), Failing("third")]);
        var thrown = Assert.Throws<InvalidDataException>(() => Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = parts }, AsOf));
        Assert.Equal("second", thrown.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CasePartitions<CaseRecord>([]) { MaxDegreeOfParallelism = 0 });
    }

    [Fact]
    public void Progress_counts_the_cases_read_every_65536_and_once_at_the_end()
    {
        var cases = Enumerable.Range(0, 200_000).Select(i => new CaseRecord { CaseId = "synthetic", Unit = "xa-a" }).ToList();
        var seen = new Recorder();
        Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = cases }, AsOf, seen);
        // 200,000 = 3 × 65,536 + 3,392: three reports on the way and the total at the end; a list knows its length.
        Assert.Equal([(65_536L, (long?)200_000L), (131_072, 200_000), (196_608, 200_000), (200_000, 200_000)], seen.Reports.Select(r => (r.CasesRead, r.CasesTotal)));

        // A stream does not know its length; nothing is reported twice.
        var streamed = new Recorder();
        Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = Stream(cases) }, AsOf, streamed);
        Assert.Equal([65_536L, 131_072, 196_608, 200_000], streamed.Reports.Select(r => r.CasesRead));
        Assert.All(streamed.Reports, r => Assert.Null(r.CasesTotal));

        var exact = new Recorder();
        Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = cases.Take(65_536).ToList() }, AsOf, exact);
        Assert.Equal([65_536L], exact.Reports.Select(r => r.CasesRead));
    }

    /// <summary>Parts counted at once report progress from several threads: never going down, ending at the whole.</summary>
    [Fact]
    public void Progress_over_parts_read_at_once_is_monotone_and_ends_at_the_total()
    {
        var part = Enumerable.Range(0, 150_000).Select(i => new CaseRecord { CaseId = "synthetic", Unit = "xa-b" }).ToArray();
        var seen = new Recorder();
        Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = new CasePartitions<CaseRecord>([part, part, part]) }, AsOf, seen);
        var read = seen.Reports.Select(r => r.CasesRead).ToList();
        Assert.Equal(read.Order(), read);
        Assert.Equal(read.Distinct(), read);
        // Each part reports twice on the way (65,536 and 131,072 of its own), then the whole once.
        Assert.Equal(7, read.Count);
        Assert.Equal(new EvaluationProgress(450_000, 450_000), seen.Reports[^1]);
    }

    private static IEnumerable<CaseRecord> Stream(List<CaseRecord> cases)
    {
        foreach (var c in cases)
        {
            yield return c;
        }
    }

    /// <summary>Records reports as they are made (a <see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class Recorder : IProgress<EvaluationProgress>
    {
        public List<EvaluationProgress> Reports { get; } = [];

        public void Report(EvaluationProgress value) => Reports.Add(value);
    }
}
