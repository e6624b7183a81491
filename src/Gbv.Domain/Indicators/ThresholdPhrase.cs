using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Indicators;

/// <summary>
/// Reads the threshold words of Vietnamese plans: "trên 90%" (more than), "tối thiểu 70%" and "ít nhất 70%" (at least),
/// "không quá 1,5 lần" (at most, with a decimal comma), "dưới 10%" (less than), "100%" (all), "14/14 phường" (all 14 units),
/// "ít nhất 01 lần/năm" (at least once a year), "giảm xuống còn 1,7 lần" and "còn 1,7 lần" (reduced to: at most),
/// "giảm xuống dưới 10%" (less than). A bare "90%" or "1,7 lần", and "đạt 80%", is <see cref="ThresholdPhraseKind.Bare"/>;
/// anything else is <see cref="ThresholdPhraseKind.Unknown"/>, never a guess.
/// </summary>
public static partial class ThresholdPhrase
{
    /// <summary>Reads a phrase. Never throws.</summary>
    /// <param name="phrase">The words, such as "trên 90%".</param>
    /// <param name="threshold">The threshold read (for a bare percentage, "at least"), or null when unknown.</param>
    /// <returns>How well the phrase was understood.</returns>
    public static ThresholdPhraseKind Parse(string? phrase, out Threshold? threshold)
    {
        threshold = null;
        if (string.IsNullOrWhiteSpace(phrase) || phrase.Length > 200)
        {
            return ThresholdPhraseKind.Unknown;
        }

        var text = Spaces().Replace(phrase.Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ").Trim().TrimEnd('.', ';', ',');

        var fraction = Fraction().Match(text);
        if (fraction.Success && Whole(fraction.Groups[1].Value) is { } covered && Whole(fraction.Groups[2].Value) is { } total && covered <= total && total > 0)
        {
            threshold = covered == total
                ? new Threshold(Comparison.All, total, ThresholdUnit.Count)
                : new Threshold(Comparison.AtLeast, covered, ThresholdUnit.Count);
            return ThresholdPhraseKind.Exact;
        }

        var match = Phrase().Match(text);
        if (!match.Success || Number(match.Groups["value"].Value) is not { } value)
        {
            return ThresholdPhraseKind.Unknown;
        }

        // Input, not output: the Vietnamese words a plan writes, read here (and in Phrase below), never printed.
        var unit = match.Groups["unit"].Value switch
        {
            "%" => ThresholdUnit.Percent,
            "lần" when match.Groups["per"].Success => ThresholdUnit.Count,
            "lần" => ThresholdUnit.Times,
            _ => (ThresholdUnit?)null,
        };
        if (unit is null)
        {
            return ThresholdPhraseKind.Unknown;
        }

        Comparison? comparison;

        // Input, not output: the plans' words for each comparison.
        switch (match.Groups["words"].Value.Trim())
        {
            case "trên" or "hơn" or "nhiều hơn":
                comparison = Comparison.MoreThan;
                break;
            case "tối thiểu" or "ít nhất" or "không dưới" or "không ít hơn":
                comparison = Comparison.AtLeast;
                break;
            case "không quá" or "tối đa" or "không vượt quá" or "còn" or "xuống còn" or "giảm còn" or "giảm xuống còn":
                comparison = Comparison.AtMost;
                break;
            case "dưới" or "ít hơn" or "xuống dưới" or "giảm dưới" or "giảm xuống dưới":
                comparison = Comparison.LessThan;
                break;
            case "" or "đạt":
                comparison = null;
                break;
            default:
                return ThresholdPhraseKind.Unknown;
        }

        if (comparison is null)
        {
            if (unit == ThresholdUnit.Percent && value == 100m)
            {
                threshold = Threshold.All;
                return ThresholdPhraseKind.Exact;
            }

            // A bare ratio ("1,7 lần") states a value and no direction: only the value and unit can be checked, and
            // the threshold carries the usual reading of a gap to close, at most.
            if (unit == ThresholdUnit.Times && value >= 0m)
            {
                threshold = new Threshold(Comparison.AtMost, value, unit.Value);
                return ThresholdPhraseKind.Bare;
            }

            if (unit != ThresholdUnit.Percent || value > 100m)
            {
                return ThresholdPhraseKind.Unknown;
            }

            threshold = new Threshold(Comparison.AtLeast, value, unit.Value);
            return ThresholdPhraseKind.Bare;
        }

        if (value < 0m || (unit == ThresholdUnit.Count && !TargetCalculator.IsWhole(value)))
        {
            return ThresholdPhraseKind.Unknown;
        }

        threshold = new Threshold(comparison.Value, value, unit.Value);
        return ThresholdPhraseKind.Exact;
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Whole(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d{1,6}) ?/ ?(\d{1,6})(?: \p{L}[\p{L} ,]*)?$")]
    private static partial Regex Fraction();

    // Input, not output: a plan's unit words ("lần", "năm", "tháng", "quý"), read, never printed.
    [GeneratedRegex(@"^(?<words>[\p{L} ]*?) ?(?<value>\d{1,9}(?:[.,]\d{1,6})?) ?(?<unit>%|lần)(?<per> ?/ ?(?:năm|tháng|quý))?$")]
    private static partial Regex Phrase();
}
