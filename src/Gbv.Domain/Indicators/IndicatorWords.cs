using System.Globalization;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Indicators;

/// <summary>
/// The words for thresholds, horizons and statuses, in the plans' Vietnamese ("trên 90% đến năm 2020") or in English
/// ("more than 90% by 2020"): from <see cref="Words"/>, for explanations, reports and <c>ToString</c>.
/// </summary>
internal static class IndicatorWords
{
    public static string Of(Horizon horizon, bool vi = true) =>
        Words.Format(horizon.Kind == HorizonKind.By ? "Horizon.By" : "Horizon.From", vi, horizon.Year.ToString(CultureInfo.InvariantCulture));

    public static string Of(Threshold threshold, bool vi = true)
    {
        var number = threshold.Value.ToString("0.############", CultureInfo.InvariantCulture);
        var value = (vi ? number.Replace('.', ',') : number) + threshold.Unit switch
        {
            ThresholdUnit.Percent => "%",
            ThresholdUnit.Times => Words.Get("Threshold.Times", vi),
            _ => string.Empty,
        };
        var key = threshold.Comparison switch
        {
            Comparison.MoreThan => "Threshold.MoreThan",
            Comparison.AtLeast => "Threshold.AtLeast",
            Comparison.AtMost => "Threshold.AtMost",
            Comparison.LessThan => "Threshold.LessThan",
            _ => threshold.Unit == ThresholdUnit.Percent ? "Threshold.AllPercent" : "Threshold.All",
        };
        return Words.Format(key, vi, value);
    }

    public static string Of(IndicatorStatus status, bool vi = true) => Words.Get("Status." + status, vi);
}
