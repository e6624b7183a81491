using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The years a plan's targets and charts read: from the earliest of its first year and its targets' years to the
/// latest of its last year, its vision and its targets' years. A figure dated outside them is kept, but no target reads it, and the data's author is told
/// (GBV4020): a year typed wrong would otherwise vanish without a word.
/// </summary>
internal readonly record struct TargetYears(int? First, int? Last)
{
    /// <summary>The years of a plan.</summary>
    public static TargetYears Of(Plan plan)
    {
        var targets = plan.Indicators.SelectMany(i => i.Targets).Select(t => (int?)t.Horizon.Year).ToList();
        // Without a first year the plan's start is not known: no year is too early.
        var first = plan.Period.From is null ? null : targets.Append(plan.Period.From).Min();
        return new TargetYears(first, targets.Append(plan.Period.To).Append(plan.Period.Vision).Max());
    }

    /// <summary>Whether a target or a chart can read the year.</summary>
    public bool Contains(int year) => (First is not int first || year >= first) && (Last is not int last || year <= last);

    /// <summary>The years as a message gives them: "2017-2030".</summary>
    public override string ToString() => $"{First?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}-{Last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
