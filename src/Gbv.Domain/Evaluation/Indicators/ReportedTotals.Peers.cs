using System.Collections.Immutable;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Which units are expected to report a figure: reported figures are sent, so a unit that sends nothing is a gap, not a
/// unit nobody expected. Expected are the units that reported the figure in any year, and the units listed with one of
/// them under the same agency (the communes of the communes' People's Committees in <c>--units</c>).
/// </summary>
public sealed partial class ReportedTotals
{
    // Each listed unit and the units listed under the same agency, itself among them; empty when no list was given.
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _peers;

    // The units expected to report each element (UnitsExpected), built on first use.
    private readonly Lazy<Dictionary<string, HashSet<string>>> _expected;

    /// <summary>
    /// The same totals knowing which units stand together under an agency (<c>--units</c>, the data's reporting units):
    /// when one commune of the communes' People's Committees reports a figure, each of its communes is expected to, and
    /// one that does not is named as not reporting. Equality is unchanged: it compares the values.
    /// </summary>
    /// <param name="reportingUnits">For an agency that stands for many units, the units.</param>
    public ReportedTotals WithReportingUnits(IReadOnlyDictionary<string, ImmutableArray<string>> reportingUnits)
    {
        ArgumentNullException.ThrowIfNull(reportingUnits);
        var peers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var listed in reportingUnits.Values)
        {
            foreach (var unit in listed)
            {
                if (!peers.TryGetValue(unit, out var set))
                {
                    peers[unit] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(listed);
            }
        }

        return new ReportedTotals(_values, MergePeers(_peers, peers.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal)));
    }

    /// <summary>
    /// The listed units that report alike: those of an agency at another level than the plan's (the communes of a
    /// district's plan, the villages of a commune's). The offices an agency of the plan's own level groups ("các cơ
    /// quan, đơn vị") each report their own figures; one office's figure does not make the others owe it.
    /// </summary>
    internal static Dictionary<string, ImmutableArray<string>> AlikeUnits(Plans.Plan plan, IReadOnlyDictionary<string, ImmutableArray<string>> reportingUnits) =>
        reportingUnits.Where(p => plan.FindAgency(p.Key) is { Level: { } level } && level != plan.IssuerLevel).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The units expected to report any of the elements in any year, in ordinal order.</summary>
    internal SortedSet<string> UnitsExpected(string first, string? second)
    {
        var units = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in second is null ? [first] : new[] { first, second })
        {
            if (_expected.Value.TryGetValue(element, out var expected))
            {
                units.UnionWith(expected);
            }
        }

        return units;
    }

    // Each element's expected units, worked out once: an indicator asks for them in every year it is judged.
    private Dictionary<string, HashSet<string>> ExpectedByElement()
    {
        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var ((_, element), reporters) in _reporters.Value)
        {
            if (!expected.TryGetValue(element, out var units))
            {
                expected[element] = units = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var unit in reporters)
            {
                units.UnionWith(_peers.TryGetValue(unit, out var peers) ? peers : [unit]);
            }
        }

        return expected;
    }

    private static ImmutableDictionary<string, ImmutableHashSet<string>> MergePeers(
        ImmutableDictionary<string, ImmutableHashSet<string>> a, ImmutableDictionary<string, ImmutableHashSet<string>> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return a.IsEmpty ? b : a;
        }

        var merged = a.ToBuilder();
        foreach (var (unit, peers) in b)
        {
            merged[unit] = merged.TryGetValue(unit, out var known) ? known.Union(peers) : peers;
        }

        return merged.ToImmutable();
    }
}
