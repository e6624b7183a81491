using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Reporting;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation;

/// <summary>
/// A report is a value: the same plan evaluated on the same data twice gives two reports that are equal, part by part
/// (their arrays compared element by element), with equal hash codes; any difference in the data makes them unequal.
/// </summary>
public sealed class ReportEqualityTests
{
    private static readonly Instant EndOf2020 = Instant.FromUtc(2020, 12, 31, 16, 59, 59);

    private static CompiledPlan<CaseRecord> Load() => ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;

    private static readonly CompiledPlan<CaseRecord> DakTo = Load();

    // Something in every part of the report: figures with a unit missing one, a late report and a repeated one (a
    // problem), cases with referrals and one whose incident is after its report (a problem), a task done.
    private static ComplianceData<CaseRecord> Data() => new()
    {
        ReportedValues =
        [
            new("xa-a", 2020, "gbv_victims", 20), new("xa-a", 2020, "victims_detected", 20), new("xa-a", 2020, "victims_supported", 18),
            new("xa-b", 2020, "gbv_victims", 17), new("xa-b", 2020, "victims_detected", 17),
        ],
        Submissions =
        [
            new("annual", "ubnd-xa", new ReportingPeriod(PeriodKind.Year, 2020, 1), Instant.FromUtc(2020, 11, 20, 2, 0)),
            new("annual", "ubnd-xa", new ReportingPeriod(PeriodKind.Year, 2020, 1), Instant.FromUtc(2020, 11, 21, 2, 0)),
        ],
        Cases =
        [
            new CaseRecord { CaseId = "synthetic-1", Age = 12, Unit = "xa-a", ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) },
            new CaseRecord { CaseId = "synthetic-2", Age = 30, Unit = "xa-b", ReportedAt = Instant.FromUtc(2020, 6, 1, 3, 0), IncidentAt = Instant.FromUtc(2020, 6, 2, 3, 0) },
        ],
        TaskCompletions = [new("ii-2-1-capacity-building", "xa-a", new LocalDate(2020, 3, 10))],
    };

    [Fact]
    public void The_same_plan_on_the_same_data_twice_gives_equal_reports_part_by_part()
    {
        var first = DakTo.Evaluate(Data(), EndOf2020);
        var second = DakTo.Evaluate(Data(), EndOf2020);

        // The data reach every part, so that the test compares something in each.
        Assert.NotEmpty(first.Problems);
        Assert.NotEmpty(first.Timeliness.Problems);
        Assert.Contains(first.Indicators, r => !r.MissingUnits.IsEmpty);
        Assert.NotEmpty(first.Tasks);

        Assert.NotSame(first, second);
        Assert.True(first.Indicators.SequenceEqual(second.Indicators));
        Assert.True(first.Indicators.Zip(second.Indicators).All(p => p.First.Equals(p.Second) && p.First.GetHashCode() == p.Second.GetHashCode()));
        Assert.Equal(first.Consistency, second.Consistency);
        Assert.Equal(first.Timeliness, second.Timeliness);
        Assert.True(first.Problems.SequenceEqual(second.Problems));
        Assert.Equal(first.Cases, second.Cases);
        Assert.Equal(first.Referrals, second.Referrals);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());

        // Mid-year the agenda ahead has entries too.
        var midYear = Instant.FromUtc(2020, 6, 30, 0, 0);
        var mid = DakTo.Evaluate(Data(), midYear);
        Assert.NotEmpty(mid.Ahead);
        Assert.True(mid.Ahead.SequenceEqual(DakTo.Evaluate(Data(), midYear).Ahead));
        Assert.Equal(mid, DakTo.Evaluate(Data(), midYear));
    }

    [Fact]
    public void A_plan_loaded_twice_gives_equal_reports()
    {
        Assert.Equal(Load().Evaluate(Data(), EndOf2020), Load().Evaluate(Data(), EndOf2020));
    }

    [Fact]
    public void A_difference_anywhere_in_the_data_makes_the_reports_unequal()
    {
        var report = DakTo.Evaluate(Data(), EndOf2020);
        var data = Data();

        // One figure: an indicator's numerator.
        var figure = DakTo.Evaluate(data with { ReportedValues = [.. data.ReportedValues.Select(v => v.Element == "victims_supported" ? v with { Value = 19 } : v)] }, EndOf2020);
        Assert.NotEqual(report.Indicators, figure.Indicators);
        Assert.NotEqual(report, figure);

        // One submission a day later: a report's days late; the repeat is no longer one.
        var later = DakTo.Evaluate(data with { Submissions = [data.Submissions.First() with { SubmittedAt = Instant.FromUtc(2020, 11, 22, 2, 0) }] }, EndOf2020);
        Assert.NotEqual(report.Timeliness, later.Timeliness);
        Assert.NotEqual(report, later);

        // A case's incident moved before its report: one problem less.
        var cases = DakTo.Evaluate(data with { Cases = [.. data.Cases.Select(c => c with { IncidentAt = null })] }, EndOf2020);
        Assert.NotEqual(report.Problems.Length, cases.Problems.Length);
        Assert.NotEqual(report, cases);

        // The same data a day earlier.
        Assert.NotEqual(report, DakTo.Evaluate(Data(), EndOf2020 - Duration.FromDays(1)));
    }

    [Fact]
    public void Two_diagnostics_are_equal_when_their_code_location_and_arguments_are()
    {
        var report = DakTo.Evaluate(Data(), EndOf2020);
        var again = DakTo.Evaluate(Data(), EndOf2020);
        var problem = report.Problems[0];
        Assert.Equal(problem, again.Problems[0]);
        Assert.Equal(problem.GetHashCode(), again.Problems[0].GetHashCode());
        Assert.NotEqual(problem, Gbv.Domain.Diagnostics.Diagnostic.Create(problem.Descriptor, problem.Location, [.. problem.Arguments.Select(a => a + "x")]));
        Assert.NotEqual(problem, Gbv.Domain.Diagnostics.Diagnostic.Create(problem.Descriptor, problem.Location with { Line = problem.Location.Line + 1 }, [.. problem.Arguments]));
    }
}
