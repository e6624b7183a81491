using System.Collections.Immutable;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The units a plan's data may come from, and what an id in the data must look like. Data from any other unit is not
/// summed into the plan's totals: a unit id that is misspelt, or that is not the plan's, would otherwise change them.
/// </summary>
public static class DataUnits
{
    /// <summary>
    /// The units data may come from: every agency of the plan and every unit an agency stands for. Null when
    /// <paramref name="reportingUnits"/> is empty: without a list of units any unit is accepted (only empty or
    /// malformed ids are refused).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reportingUnits">For an agency that stands for many units (the communes' People's Committees), the units (<c>--units</c>).</param>
    public static IReadOnlySet<string>? Of(Plan plan, IReadOnlyDictionary<string, ImmutableArray<string>> reportingUnits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reportingUnits);
        if (reportingUnits.Count == 0)
        {
            return null;
        }

        var units = plan.Agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (agency, listed) in reportingUnits)
        {
            units.Add(agency);
            units.UnionWith(listed);
        }

        return units;
    }

    /// <summary>
    /// Whether a text can be an id in the data: not empty, no spaces at either end, no control characters, at most 200
    /// characters. Units may use their own codes (DHIS2's mixed-case ids), so case is free.
    /// </summary>
    public static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 200 && !char.IsWhiteSpace(id[0]) && !char.IsWhiteSpace(id[^1]) && !id.Any(char.IsControl);
}
