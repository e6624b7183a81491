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
