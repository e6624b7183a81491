using FsCheck.Xunit;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2017", PartialDatePrecision.Year)]
    [InlineData("2024-04", PartialDatePrecision.Month)]
    [InlineData("2023-03-14", PartialDatePrecision.Day)]
    [InlineData("2024-02-29", PartialDatePrecision.Day)]
    public void Parses_reduced_precision_iso_dates(string text, PartialDatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("24")]
    [InlineData("2024-4")]
    [InlineData("14/3/2023")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0000")]
    [InlineData("2024-04-01-01")]
    [InlineData("２０２４")]
    public void Refuses_anything_else(string? text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void A_month_stands_for_all_its_days()
    {
        var april = PartialDate.FromYearMonth(2024, 4);
        Assert.Equal(new LocalDate(2024, 4, 1), april.Earliest);
        Assert.Equal(new LocalDate(2024, 4, 30), april.Latest);
        Assert.Equal(new LocalDate(2024, 2, 29), PartialDate.FromYearMonth(2024, 2).Latest);
        Assert.Equal(new LocalDate(2017, 12, 31), PartialDate.FromYear(2017).Latest);
        Assert.True(april.Contains(new LocalDate(2024, 4, 30)));
        Assert.False(april.Contains(new LocalDate(2024, 5, 1)));
    }

    [Fact]
    public void Missing_parts_sort_first_and_differ_from_stated_ones()
    {
        var year = PartialDate.FromYear(2024);
        var month = PartialDate.FromYearMonth(2024, 1);
        var day = PartialDate.FromDate(new LocalDate(2024, 1, 1));
        Assert.True(year < month && month < day);
        Assert.NotEqual(month, day);
        Assert.Equal(PartialDatePrecision.Year, default(PartialDate).Precision);
        Assert.Equal(1, default(PartialDate).Year);
    }

    [Fact]
    public void Constructors_reject_out_of_range_parts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(2024, 13));
    }

    [Property]
    public bool Text_form_round_trips(int days, int precision)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(days % 20000));
        var value = Math.Abs(precision % 3) switch
        {
            0 => PartialDate.FromYear(date.Year),
            1 => PartialDate.FromYearMonth(date.Year, date.Month),
            _ => PartialDate.FromDate(date),
        };
        return PartialDate.TryParse(value.ToString(), out var parsed) && parsed == value && parsed.CompareTo(value) == 0;
    }

    [Property]
    public bool Ordering_is_consistent_with_equality(int a, int b)
    {
        var x = PartialDate.FromDate(new LocalDate(2000, 1, 1).PlusDays(Math.Abs(a % 5000)));
        var y = PartialDate.FromYearMonth(2000 + Math.Abs(b % 14), 1 + Math.Abs(b % 12));
        return (x.CompareTo(y) == 0) == (x == y) && Math.Sign(x.CompareTo(y)) == -Math.Sign(y.CompareTo(x));
    }
}
