using Gbv.Domain.Indicators;

namespace Gbv.Domain.Tests.Indicators;

public sealed class ThresholdPhraseTests
{
    [Theory]
    [InlineData("trên 90%", Comparison.MoreThan, "90", ThresholdUnit.Percent)]
    [InlineData("Trên  95 %", Comparison.MoreThan, "95", ThresholdUnit.Percent)]
    [InlineData("Tối thiểu 70%", Comparison.AtLeast, "70", ThresholdUnit.Percent)]
    [InlineData("ít nhất 70%", Comparison.AtLeast, "70", ThresholdUnit.Percent)]
    [InlineData("không dưới 60%", Comparison.AtLeast, "60", ThresholdUnit.Percent)]
    [InlineData("dưới 10%", Comparison.LessThan, "10", ThresholdUnit.Percent)]
    [InlineData("tối đa 5,5%", Comparison.AtMost, "5.5", ThresholdUnit.Percent)]
    [InlineData("không quá 1,5 lần", Comparison.AtMost, "1.5", ThresholdUnit.Times)]
    [InlineData("100%", Comparison.All, "100", ThresholdUnit.Percent)]
    [InlineData("14/14 phường", Comparison.All, "14", ThresholdUnit.Count)]
    [InlineData("12/14 xã, thị trấn", Comparison.AtLeast, "12", ThresholdUnit.Count)]
    [InlineData("ít nhất 01 lần/năm", Comparison.AtLeast, "1", ThresholdUnit.Count)]
    [InlineData("giảm xuống còn 1,7 lần", Comparison.AtMost, "1.7", ThresholdUnit.Times)]
    [InlineData("còn 1,4 lần", Comparison.AtMost, "1.4", ThresholdUnit.Times)]
    [InlineData("giảm còn 1,7 lần", Comparison.AtMost, "1.7", ThresholdUnit.Times)]
    [InlineData("giảm xuống dưới 10%", Comparison.LessThan, "10", ThresholdUnit.Percent)]
    [InlineData("đạt 100%", Comparison.All, "100", ThresholdUnit.Percent)]
    public void Reads_the_phrases_of_the_plans(string phrase, Comparison comparison, string value, ThresholdUnit unit)
    {
        Assert.Equal(ThresholdPhraseKind.Exact, ThresholdPhrase.Parse(phrase, out var threshold));
        Assert.Equal(new Threshold(comparison, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit), threshold);
    }

    [Fact]
    public void Tieng_viet_written_with_combining_marks_reads_the_same()
    {
        var decomposed = "tối thiểu 70%".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(ThresholdPhraseKind.Exact, ThresholdPhrase.Parse(decomposed, out var threshold));
        Assert.Equal(new Threshold(Comparison.AtLeast, 70m), threshold);
    }

    [Fact]
    public void A_bare_percentage_is_marked_as_such()
    {
        Assert.Equal(ThresholdPhraseKind.Bare, ThresholdPhrase.Parse("90%", out var threshold));
        Assert.Equal(new Threshold(Comparison.AtLeast, 90m), threshold);
    }

    [Theory]
    [InlineData("1,7 lần", "1.7", ThresholdUnit.Times, Comparison.AtMost)]
    [InlineData("2 lần", "2", ThresholdUnit.Times, Comparison.AtMost)]
    [InlineData("đạt 80%", "80", ThresholdUnit.Percent, Comparison.AtLeast)]
    public void A_bare_ratio_or_reached_percentage_states_a_value_only(string phrase, string value, ThresholdUnit unit, Comparison usual)
    {
        Assert.Equal(ThresholdPhraseKind.Bare, ThresholdPhrase.Parse(phrase, out var threshold));
        Assert.Equal(new Threshold(usual, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit), threshold);
    }

    [Theory]
    [InlineData("")]
    [InlineData("giảm xuống 1,7 lần")]
    [InlineData("phần lớn nạn nhân")]
    [InlineData("gần 90%")]
    [InlineData("trên 120")]
    [InlineData("15/14 phường")]
    [InlineData("130%")]
    [InlineData("ít nhất 1,5 lần/năm")]
    public void Unknown_phrasing_is_never_guessed(string phrase)
    {
        Assert.Equal(ThresholdPhraseKind.Unknown, ThresholdPhrase.Parse(phrase, out var threshold));
        Assert.Null(threshold);
    }
}
