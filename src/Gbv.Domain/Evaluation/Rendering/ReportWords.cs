using System.Globalization;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>The words and figures the rendered reports share (Markdown and HTML), in Vietnamese and English.</summary>
internal static class ReportWords
{
    public static string Status(IndicatorStatus status, bool vi) => IndicatorWords.Of(status, vi);

    public static bool IsBad(IndicatorStatus status) => status is IndicatorStatus.NotMet or IndicatorStatus.AtRisk;

    public static string Target(IndicatorResult r, bool vi) =>
        $"{IndicatorWords.Of(r.Target.Threshold, vi)} {IndicatorWords.Of(r.Target.Horizon, vi)}";

    /// <summary>
    /// Counts of events and of units name nobody: only counts of people are suppressed. A reported ratio counts people
    /// unless every data element it divides says it does not (<see cref="DataElement.CountsPeople"/>).
    /// </summary>
    public static SmallCounts For(Gbv.Domain.Plans.Plan plan, IndicatorResult r, SmallCounts small) => r.Indicator.Metric switch
    {
        EventCountMetric or UnitCoverageMetric => SmallCounts.None,
        ReportedRatioMetric m when !CountsPeople(plan, m.Numerator) && !CountsPeople(plan, m.Denominator ?? MetricElements.ParentNumerator(plan, r.Indicator)) => SmallCounts.None,
        _ => small,
    };

    private static bool CountsPeople(Gbv.Domain.Plans.Plan plan, string? element) =>
        element is null || (plan.DataElements.FirstOrDefault(e => string.Equals(e.Key, element, StringComparison.Ordinal))?.CountsPeople ?? true);

    /// <summary>
    /// Whether the numerator may be shown as a number: it is not small, and, for a part of a whole (a percentage), neither
    /// is its complement, the whole less the part ("36 of 37" names the one person not helped as surely as "1 of 37").
    /// </summary>
    public static bool ShowsNumerator(IndicatorResult r, SmallCounts small) =>
        r.Numerator is { } n && small.Shows(n) && (r.Denominator is not { } d || !PartOfWhole(r) || d < n || small.Shows(d - n));

    /// <summary>Whether the denominator may be shown as a number (a ratio without one shows nothing for it).</summary>
    public static bool ShowsDenominator(IndicatorResult r, SmallCounts small) => r.Denominator is not { } d || small.Shows(d);

    /// <summary>
    /// Whether the value may be shown: both its counts are. Every figure worked out from the counts (the value, the
    /// shortfall, the percentage achieved) is shown only when the counts it comes from are, so no arithmetic on the
    /// shown cells gives back a hidden count; the least count that meets the target comes from the denominator alone.
    /// </summary>
    public static bool ShowsValue(IndicatorResult r, SmallCounts small) => ShowsNumerator(r, small) && ShowsDenominator(r, small);

    private static bool PartOfWhole(IndicatorResult r) => r.Target.Threshold.Unit == ThresholdUnit.Percent;

    public static string Figures(IndicatorResult r, SmallCounts small, bool vi, ReportNames? names = null) => Pooled(r, small, vi) + Gaps(r, vi, names);

    /// <summary>Beside the figures, an incomplete total says so: how many units are in it and who was left out, and why.</summary>
    public static string Gaps(IndicatorResult r, bool vi, ReportNames? names = null)
    {
        if (r.IsComplete)
        {
            return string.Empty;
        }

        // A unit that sent neither figure this year (it did in another) did not report; one that sent one lacks the other.
        var left = r.MissingUnits.Select(g => g is { Numerator: null, Denominator: null }
                ? Words.Format("Gaps.Silent", vi, names?.Unit(g.Unit) ?? g.Unit)
                : Words.Format("Gaps.Missing", vi, names?.Unit(g.Unit) ?? g.Unit, names?.Element(g.Element) ?? g.Element))
            .Concat(r.ImpossibleUnits.Select(g => Words.Format("Gaps.Impossible", vi, names?.Unit(g.Unit) ?? g.Unit)));
        return Words.Format("Gaps", vi, r.UnitsReported.ToString(CultureInfo.InvariantCulture), r.UnitsExpected.ToString(CultureInfo.InvariantCulture), string.Join(", ", left));
    }

    private static string Pooled(IndicatorResult r, SmallCounts small, bool vi)
    {
        if (r.Numerator is not { } n)
        {
            return "—";
        }

        if (r.Denominator is not { } d)
        {
            return vi ? small.Show(n).Replace('.', ',') : small.Show(n);
        }

        // A part whose complement is small is shown as a bound that any complement below the threshold fits.
        var part = small.Shows(n) && !ShowsNumerator(r, small) && small.Shows(d)
            ? ">" + (d - small.Threshold).ToString(CultureInfo.InvariantCulture)
            : small.Show(n);
        var figures = $"{part}/{small.Show(d)}";
        // Decimal figures (hours, averages) take the decimal comma in Vietnamese: 4,3/2,5.
        figures = vi ? figures.Replace('.', ',') : figures;
        return ShowsValue(r, small) && r.Value is { } value
            ? $"{figures} ({(r.Target.Threshold.Unit == ThresholdUnit.Times ? Value(value, ThresholdUnit.Times, vi) : Percent(value, vi))})"
            : figures;
    }

    public static string Percent(decimal value, bool vi) => IndicatorEvaluator.Percent(value, vi);

    private static bool Upper(IndicatorResult r) => r.Target.Threshold.Comparison is Comparison.AtMost or Comparison.LessThan;

    /// <summary>The least count that meets the target, or for an upper bound "at most N": the most it allows.</summary>
    /// <remarks>It comes from the denominator and the threshold alone: shown when the denominator is, as a plain number.</remarks>
    public static string Bound(IndicatorResult r, SmallCounts small, bool vi)
    {
        if (!ShowsDenominator(r, small))
        {
            return "—";
        }

        // Decimal figures (averages, hours) have no least count: the figure at which the target turns stands for it.
        string text;
        if (r.MinimumCount is { } count)
        {
            text = count.ToString(CultureInfo.InvariantCulture);
        }
        else if (r.Limit is { } limit && Decimals(r))
        {
            text = IndicatorEvaluator.Hundredths(limit, vi);
        }
        else
        {
            return "—";
        }

        return Upper(r) ? Words.Format("Bound.AtMost", vi, text) : text;
    }

    /// <summary>How many more are needed, or for an upper bound how many over the most allowed ("41 over").</summary>
    /// <remarks>
    /// The least count less the numerator: shown, as a plain number, only when both counts are, since hiding a shortfall
    /// of 1 beside 33/37 and 34 hides nothing, and showing any shortfall beside a hidden numerator gives the numerator back.
    /// </remarks>
    public static string Gap(IndicatorResult r, SmallCounts small, bool vi)
    {
        if (!ShowsValue(r, small))
        {
            return "—";
        }

        string text;
        decimal gap;
        if (r.Shortfall is { } count)
        {
            (gap, text) = (count, count.ToString(CultureInfo.InvariantCulture));
        }
        else if (Decimals(r) && r.Limit is { } limit && r.Numerator is { } n)
        {
            // Decimal figures (hours, averages): the distance to the figure at which the target turns, 0 when met.
            gap = IndicatorEvaluator.DistanceToLimit(n, limit, r.IsMet || r.Status == IndicatorStatus.OnTrack);
            text = IndicatorEvaluator.Hundredths(gap, vi);
        }
        else
        {
            return "—";
        }

        return Upper(r) && gap > 0 ? Words.Format("Gap.Over", vi, text) : text;
    }

    /// <summary>Whether a result's figures are decimals (averages, hours): they have a limit, not a least count.</summary>
    private static bool Decimals(IndicatorResult r) =>
        (r.Numerator is { } n && !TargetCalculator.IsWhole(n)) || (r.Denominator is { } d && !TargetCalculator.IsWhole(d));

    /// <summary>An indicator's value in its threshold's unit: "96.2%", "1.5 times" or a plain count.</summary>
    public static string Value(decimal value, ThresholdUnit unit, bool vi) => IndicatorEvaluator.Show(value, unit, vi);

    public static string Achieved(IndicatorResult r, SmallCounts small, bool vi) =>
        r.PercentAchieved is { } a && ShowsValue(r, small) ? IndicatorEvaluator.Percent(a, vi, down: !r.IsMet && r.Status != IndicatorStatus.OnTrack) : "—";

    /// <summary>The footer that says which counts are hidden; with protection off (<see cref="SmallCounts.None"/>), that none are.</summary>
    public static string SmallCountsNote(SmallCounts small, bool vi) => small.Threshold <= 1
        ? Words.Get("SmallCounts.Off", vi)
        : Words.Format("SmallCounts.On", vi, small.Threshold.ToString(CultureInfo.InvariantCulture));
}
