using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The keys under which counts that are not reported data elements sit in <see cref="ReportedTotals"/>: case-ratio
/// numerators and denominators, and task completions. They contain characters data element keys cannot ('#', ':'),
/// so they never collide with a plan's own elements.
/// </summary>
internal static class MetricElements
{
    public static string CaseNumerator(string indicator) => indicator + "#numerator";

    public static string CaseDenominator(string indicator) => indicator + "#denominator";

    public static string Task(string task) => "task:" + task;

    public static string TaskPeriod(string task, Tasks.FrequencyUnit per, int index) =>
        $"task:{task}@{(per == Tasks.FrequencyUnit.Month ? 'M' : 'Q')}{index.ToString("00", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The numerator element of an "of which" indicator's parent: its denominator. Null when there is none.</summary>
    public static string? ParentNumerator(Plans.Plan plan, Indicator indicator) =>
        indicator.OfWhich is { } key && plan.FindIndicator(key)?.Metric is ReportedRatioMetric parent ? parent.Numerator : null;
}
