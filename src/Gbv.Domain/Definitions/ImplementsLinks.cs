using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions;

/// <summary>
/// An indicator's <c>implements</c> link ("parent-id#key") checked against the plans loaded with it: the parent plan
/// must be one of the child's references (GBV2222), and when the parent is loaded it must have the indicator
/// (GBV2221). A link that points nowhere would make a conformance check compare nothing.
/// </summary>
internal static class ImplementsLinks
{
    public static void Check(List<LoadResult> plans, Dictionary<string, LoadResult> byId, DiagnosticBag bag)
    {
        foreach (var result in plans)
        {
            var plan = result.Plan!;
            var referenced = plan.References.Where(r => r.Relation != ReferenceRelation.Cites && r.PlanId is not null).Select(r => r.PlanId!).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < plan.Indicators.Length; i++)
            {
                var indicator = plan.Indicators[i];
                if (indicator.Implements?.Split('#') is not [var parentId, var key])
                {
                    continue;
                }

                var where = result.SourceMap.Locate("/indicators/" + i.ToString(CultureInfo.InvariantCulture) + "/implements");
                if (!referenced.Contains(parentId))
                {
                    bag.Add(PlanSetDiagnostics.ImplementsUnreferencedPlan, where, indicator.Key, parentId, Suggestions.DidYouMean(parentId, referenced));
                }

                if (byId.TryGetValue(parentId, out var parent) && parent.Plan!.FindIndicator(key) is null)
                {
                    bag.Add(PlanSetDiagnostics.UnknownParentIndicator, where, indicator.Key, parentId, key,
                        Suggestions.DidYouMean(key, parent.Plan.Indicators.Select(p => p.Key)));
                }
            }
        }
    }
}
