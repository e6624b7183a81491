using Gbv.Domain.Evaluation;
using Gbv.Domain.Reporting;

namespace Gbv.Domain.Tests.Reporting;

/// <summary>Values that cannot mean anything are refused when made, as NodaTime refuses 30 February.</summary>
public sealed class ReportingPeriodConstructorTests
{
    [Theory]
    [InlineData(PeriodKind.Year, 2020, 1, "2020-01-01", "2020-12-31")]
    [InlineData(PeriodKind.Half, 2020, 2, "2020-07-01", "2020-12-31")]
    [InlineData(PeriodKind.Quarter, 2021, 1, "2021-01-01", "2021-03-31")]
    [InlineData(PeriodKind.Month, 2024, 2, "2024-02-01", "2024-02-29")]
    [InlineData(PeriodKind.Month, 1, 12, "0001-12-01", "0001-12-31")]
    [InlineData(PeriodKind.Year, 9999, 1, "9999-01-01", "9999-12-31")]
    public void A_period_of_its_year_has_its_days(PeriodKind kind, int year, int index, string start, string end)
    {
        var period = new ReportingPeriod(kind, year, index);
        Assert.Equal((start, end), (period.Start.ToString("yyyy-MM-dd", null), period.End.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData(PeriodKind.Year, 2020, 0, "Index")]
    [InlineData(PeriodKind.Year, 2020, 2, "Index")]
    [InlineData(PeriodKind.Half, 2020, 3, "Index")]
    [InlineData(PeriodKind.Quarter, 2020, 5, "Index")]
    [InlineData(PeriodKind.Quarter, 2020, -1, "Index")]
    [InlineData(PeriodKind.Month, 2020, 13, "Index")]
    [InlineData(PeriodKind.Month, 2020, 0, "Index")]
    [InlineData(PeriodKind.Year, 0, 1, "Year")]
    [InlineData(PeriodKind.Year, -5, 1, "Year")]
    [InlineData(PeriodKind.Month, 10000, 1, "Year")]
    [InlineData((PeriodKind)7, 2020, 1, "Kind")]
    public void A_period_that_is_not_one_is_refused(PeriodKind kind, int year, int index, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(kind, year, index));
        Assert.Equal(parameter, e.ParamName);
    }

    [Theory]
    [InlineData("2020-H3")]
    [InlineData("2020-Q0")]
    [InlineData("2020-Q5")]
    [InlineData("2020-13")]
    [InlineData("0000")]
    public void Parsing_a_period_that_is_not_one_gives_false_not_an_exception(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(default, period);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_small_count_threshold_of_0_or_less_is_refused(int threshold)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCounts(threshold));
        Assert.Equal("Threshold", e.ParamName);
    }

    [Fact]
    public void None_hides_nothing_and_5_hides_1_to_4()
    {
        Assert.Equal(1, SmallCounts.None.Threshold);
        Assert.Equal(["0", "1", "4", "5"], new long[] { 0, 1, 4, 5 }.Select(SmallCounts.None.Show));
        Assert.Equal(["0", "<5", "<5", "5"], new long[] { 0, 1, 4, 5 }.Select(SmallCounts.Default.Show));
    }
}

/// <summary>Counts that cannot be (negative, a part above its whole) are refused when made.</summary>
public sealed class CountConstructorTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 3, 3)]
    [InlineData(4, 2, 0)]
    public void A_rate_of_reports_that_can_be_is_made(int due, int received, int onTime)
    {
        var rate = new ReportingRate("annual", null, due, received, onTime);
        Assert.Equal((due, received, onTime), (rate.Due, rate.Received, rate.OnTime));
    }

    [Theory]
    [InlineData(-1, 0, 0, "Due")]
    [InlineData(2, 3, 0, "Received")]
    [InlineData(2, -1, 0, "Received")]
    [InlineData(3, 2, 3, "OnTime")]
    [InlineData(3, 2, -1, "OnTime")]
    public void A_rate_of_reports_that_cannot_be_is_refused(int due, int received, int onTime, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingRate("annual", null, due, received, onTime));
        Assert.Equal(parameter, e.ParamName);
    }

    [Theory]
    [InlineData(-1, 0, "Read")]
    [InlineData(2, 3, "Undated")]
    [InlineData(2, -1, "Undated")]
    public void Case_counts_that_cannot_be_are_refused(long read, long undated, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Gbv.Domain.Evaluation.Indicators.CaseCounts(Gbv.Domain.Evaluation.Indicators.ReportedTotals.Empty, read, undated));
        Assert.Equal(parameter, e.ParamName);
        Assert.Equal(2, new Gbv.Domain.Evaluation.Indicators.CaseCounts(Gbv.Domain.Evaluation.Indicators.ReportedTotals.Empty, 2, 2).Undated);
    }

    [Fact]
    public void Task_progress_with_a_negative_count_is_refused()
    {
        var task = Gbv.Domain.Evaluation.ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!.Plan.Tasks[0];
        Assert.Equal("Done", Assert.Throws<ArgumentOutOfRangeException>(() => new Gbv.Domain.Evaluation.TaskProgress(task, 2020, -1, 1, true)).ParamName);
        Assert.Equal("Required", Assert.Throws<ArgumentOutOfRangeException>(() => new Gbv.Domain.Evaluation.TaskProgress(task, 2020, 0, -1, true)).ParamName);
        Assert.False(new Gbv.Domain.Evaluation.TaskProgress(task, 2020, 0, 1, true).IsMet);
    }
}
