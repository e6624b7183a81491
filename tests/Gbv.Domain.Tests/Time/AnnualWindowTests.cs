using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Time;

public sealed class AnnualWindowTests
{
    private static readonly AnnualWindow ActionMonth = new(new AnnualDate(11, 15), new AnnualDate(12, 15));

    [Theory]
    [InlineData(2024, 11, 14, false)]
    [InlineData(2024, 11, 15, true)]
    [InlineData(2024, 12, 15, true)]
    [InlineData(2024, 12, 16, false)]
    public void The_action_month_runs_from_15_November_to_15_December_inclusive(int y, int m, int d, bool inside) =>
        Assert.Equal(inside, ActionMonth.Contains(new LocalDate(y, m, d)));

    [Fact]
    public void A_window_that_ends_before_it_starts_wraps_over_the_new_year()
    {
        var halfYear = new AnnualWindow(new AnnualDate(12, 15), new AnnualDate(6, 14));
        Assert.True(halfYear.WrapsYearEnd);
        Assert.True(halfYear.Contains(new LocalDate(2024, 12, 31)));
        Assert.True(halfYear.Contains(new LocalDate(2025, 1, 1)));
        Assert.False(halfYear.Contains(new LocalDate(2025, 6, 15)));
    }

    [Fact]
    public void June_is_a_whole_month_window()
    {
        Assert.Equal(new AnnualWindow(new AnnualDate(6, 1), new AnnualDate(6, 30)), AnnualWindow.WholeMonth(6));
        Assert.Equal("06-01/06-30", AnnualWindow.WholeMonth(6).ToString());
        Assert.True(AnnualWindow.WholeMonth(2).Contains(new LocalDate(2024, 2, 29)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualWindow.WholeMonth(13));
    }

    [Theory]
    [InlineData("06-10", true)]
    [InlineData("02-29", true)]
    [InlineData("02-30", false)]
    [InlineData("6-10", false)]
    [InlineData("10/6", false)]
    [InlineData("2024-06-10", false)]
    public void Annual_dates_are_written_MM_dd(string text, bool valid) => Assert.Equal(valid, AnnualDates.TryParse(text, out _));
}
