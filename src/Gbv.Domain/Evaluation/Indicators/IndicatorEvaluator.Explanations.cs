using System.Globalization;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>The words of a result: the sentence in English and Vietnamese, and values shown as the plan states them.</summary>
public static partial class IndicatorEvaluator
{
    private static IndicatorResult Result(Indicator indicator, Target target, IndicatorStatus status, int? year, decimal? numerator, decimal? denominator, string en, string vi) =>
        new(indicator, target, status, year, numerator, denominator, null, null, null, null, Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));

    private static string Sentence(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        Explanations.Format("Result.Sentence", vi: false, indicator.Key, target.Threshold, target.Horizon, BaseWords(indicator.Base).En, status, detail, indicator.Source);

    private static string SentenceVi(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        Explanations.Format("Result.Sentence", vi: true, indicator.Title.Vi, IndicatorWords.Of(target.Threshold), IndicatorWords.Of(target.Horizon), BaseWords(indicator.Base).Vi, IndicatorWords.Of(status), detail, indicator.Source);

    /// <summary>Whom the percentage counts among, when the plan says: ", of those detected".</summary>
    private static (string En, string Vi) BaseWords(PopulationBase? population) => population switch
    {
        PopulationBase.Detected => Explanations.Both("Result.OfDetected"),
        PopulationBase.All => Explanations.Both("Result.OfAll"),
        _ => (string.Empty, string.Empty),
    };

    private static (string En, string Vi) Least(long? count) =>
        count is { } c ? (c.ToString(CultureInfo.InvariantCulture), c.ToString(CultureInfo.InvariantCulture)) : Explanations.Both("Judge.ImpossibleCount");

    /// <summary>A value in its threshold's unit: "96.2%", "1.5 times" or a count; Vietnamese with a decimal comma and "lần".</summary>
    internal static string Show(decimal value, ThresholdUnit unit, bool vi = false)
    {
        var text = unit switch
        {
            ThresholdUnit.Times => Hundredths(value) + Words.Get("Threshold.Times", vi: false),
            ThresholdUnit.Count => value.ToString("0", CultureInfo.InvariantCulture),
            _ => Percent(value),
        };
        return vi ? text.Replace(Words.Get("Threshold.Times", vi: false), Words.Get("Threshold.Times", vi: true), StringComparison.Ordinal).Replace('.', ',') : text;
    }

    /// <summary>A decimal figure to two places, as ratios and limits are shown: "1.72", "4.25", "15" (Vietnamese "4,25").</summary>
    internal static string Hundredths(decimal value, bool vi = false)
    {
        var text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return vi ? text.Replace('.', ',') : text;
    }

    /// <summary>How far decimal figures are from the figure at which the target turns, to two places; 0 when met.</summary>
    internal static decimal DistanceToLimit(decimal figure, decimal limit, bool met) =>
        met ? 0m : Math.Round(Math.Abs(figure - limit), 2, MidpointRounding.AwayFromZero);

    /// <summary>A percentage to one decimal: "89.2%" (Vietnamese "89,2%").</summary>
    /// <remarks>
    /// <paramref name="down"/> is for a target not met: 99.96% of the target reads "99.9%", never a "100%" beside NotMet.
    /// </remarks>
    internal static string Percent(decimal value, bool vi = false, bool down = false)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        rounded = down && rounded >= 100m && value < 100m ? 99.9m : rounded;
        var text = rounded.ToString("0.#", CultureInfo.InvariantCulture) + "%";
        return vi ? text.Replace('.', ',') : text;
    }

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    // Vietnamese writes the decimal comma: 3,5 giờ.
    private static string Vi(decimal value) => Plain(value).Replace('.', ',');
}
