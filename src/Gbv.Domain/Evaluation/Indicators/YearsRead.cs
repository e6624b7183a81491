using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The years a plan's targets and charts read: from the start of its period to the latest of its end, its vision and
/// its targets' years. A figure dated outside them is kept, but no target reads it, and the data's author is told
/// (GBV4020): a year typed wrong would otherwise vanish without a word.
/// </summary>
internal readonly record struct YearsRead(int? First, int? Last)
{
    /// <summary>The years of a plan.</summary>
    public static YearsRead Of(Plan plan)
    {
        var last = new[] { plan.Period.To, plan.Period.Vision }
            .Concat(plan.Indicators.SelectMany(i => i.Targets).Select(t => (int?)t.Horizon.Year))
            .Max();
        return new YearsRead(plan.Period.From, last);
    }

    /// <summary>Whether a target or a chart can read the year.</summary>
    public bool Contains(int year) => (First is not int first || year >= first) && (Last is not int last || year <= last);

    /// <summary>The years as a message gives them: "2017-2030".</summary>
    public override string ToString() => $"{First?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}-{Last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
