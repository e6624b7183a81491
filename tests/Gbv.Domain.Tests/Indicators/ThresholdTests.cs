using Gbv.Domain.Indicators;

namespace Gbv.Domain.Tests.Indicators;

public sealed class ThresholdTests
{
    [Fact]
    public void More_than_100_percent_cannot_be_met_but_at_least_100_can()
    {
        Assert.False(new Threshold(Comparison.MoreThan, 100m).IsSatisfiable);
        Assert.True(new Threshold(Comparison.MoreThan, 99.99m).IsSatisfiable);
        Assert.True(new Threshold(Comparison.AtLeast, 100m).IsSatisfiable);
        Assert.False(new Threshold(Comparison.AtLeast, 100.01m).IsSatisfiable);
        Assert.False(new Threshold(Comparison.LessThan, 0m).IsSatisfiable);
        Assert.True(new Threshold(Comparison.MoreThan, 150m, ThresholdUnit.Count).IsSatisfiable);
    }

    [Fact]
    public void Equality_is_numeric_and_keeps_the_comparison_words()
    {
        Assert.Equal(new Threshold(Comparison.MoreThan, 90m), new Threshold(Comparison.MoreThan, 90.0m));
        Assert.Equal(new Threshold(Comparison.MoreThan, 90m).GetHashCode(), new Threshold(Comparison.MoreThan, 90.00m).GetHashCode());
        Assert.NotEqual(new Threshold(Comparison.MoreThan, 90m), new Threshold(Comparison.AtLeast, 90m));
        Assert.Equal("more than 90%", new Threshold(Comparison.MoreThan, 90m).ToString());
        Assert.Equal("at least 70%", new Threshold(Comparison.AtLeast, 70m).ToString());
        Assert.Equal("at most 1.5 times", new Threshold(Comparison.AtMost, 1.5m, ThresholdUnit.Times).ToString());
        Assert.Equal("all", Threshold.All.ToString());
    }

    [Fact]
    public void The_constructor_rejects_what_cannot_be_a_threshold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold(Comparison.AtLeast, -1m));
        var all = Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold(Comparison.All, 90m));
        Assert.Equal("value", all.ParamName);
        Assert.StartsWith("'All' is 100 percent.", all.Message, StringComparison.Ordinal);

        // "All" of a count ("toàn bộ 12 thôn") is any number.
        Assert.Equal(12m, new Threshold(Comparison.All, 12m, ThresholdUnit.Count).Value);
    }
}
