using System.Globalization;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation;

/// <summary>The words and figures the rendered reports share (Markdown and HTML), in Vietnamese and English.</summary>
internal static class ReportWords
{
    public static string Status(IndicatorStatus status, bool vi) => vi ? Vietnamese.Of(status) : status.ToString();

    public static bool IsBad(IndicatorStatus status) => status is IndicatorStatus.NotMet or IndicatorStatus.AtRisk;

    public static string Target(IndicatorResult r, bool vi) =>
        vi ? $"{Vietnamese.Of(r.Target.Threshold)} {Vietnamese.Of(r.Target.Horizon)}" : $"{r.Target.Threshold} {r.Target.Horizon}";

    /// <summary>Counts of events and of units name nobody: only counts of people are suppressed.</summary>
    public static SmallCounts For(IndicatorResult r, SmallCounts small) =>
        r.Indicator.Metric is EventCountMetric or UnitCoverageMetric ? SmallCounts.None : small;

    /// <summary>Whether the value may be shown: both its counts are.</summary>
    public static bool ShowsValue(IndicatorResult r, SmallCounts small) =>
        r.Numerator is { } n && small.Shows(n) && (r.Denominator is not { } d || small.Shows(d));

    public static string Figures(IndicatorResult r, SmallCounts small, bool vi)
    {
        if (r.Numerator is not { } n)
        {
            return "—";
        }

        if (r.Denominator is not { } d)
        {
            return small.Show(n);
        }

        var figures = $"{small.Show(n)}/{small.Show(d)}";
        return ShowsValue(r, small) && r.Value is { } value && r.Target.Threshold.Unit != ThresholdUnit.Times
            ? $"{figures} ({Percent(value, vi)})"
            : figures;
    }

    public static string Percent(decimal value, bool vi) => IndicatorEvaluator.Percent(value, vi);

    /// <summary>An indicator's value in its threshold's unit: "96.2%", "1.5 times" or a plain count.</summary>
    public static string Value(decimal value, ThresholdUnit unit, bool vi) => IndicatorEvaluator.Show(value, unit, vi);

    public static string Achieved(IndicatorResult r, SmallCounts small, bool vi) =>
        r.PercentAchieved is { } a && ShowsValue(r, small) ? Percent(a, vi) : "—";
}
