using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Calendar;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Checks plans loaded together: a commune plan that names its district's plan file (<c>"plan"</c> in a reference)
/// can only be checked when both are loaded. Reports plan ids used twice, references to plans that are not loaded,
/// plans that implement each other in a cycle, and indicators whose <c>implements</c> link names a plan the references
/// do not (GBV2222) or an indicator the loaded parent does not have (GBV2221).
/// </summary>
public static class PlanSetValidator
{
    /// <summary>Checks the links between loaded plans; results without a plan are skipped.</summary>
    /// <returns>Diagnostics located in the files of the plans concerned.</returns>
    public static ImmutableArray<Diagnostic> Validate(IEnumerable<LoadResult> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var bag = new DiagnosticBag();
        var byId = new Dictionary<string, LoadResult>(StringComparer.Ordinal);
        var plans = loaded.Where(r => r.Plan is not null).ToList();
        foreach (var result in plans)
        {
            if (!byId.TryAdd(result.Plan!.Id, result))
            {
                bag.Add(PlanSetDiagnostics.DuplicatePlanId, result.SourceMap.Locate("/id"), result.Plan.Id,
                    byId[result.Plan.Id].SourceMap.File ?? "another plan");
            }
        }

        foreach (var result in plans)
        {
            var references = result.Plan!.References;
            for (var i = 0; i < references.Length; i++)
            {
                if (references[i].PlanId is { } parent && !byId.ContainsKey(parent))
                {
                    bag.Add(PlanSetDiagnostics.UnknownParentPlan, result.SourceMap.Locate(Pointer(i)), parent,
                        Suggestions.DidYouMean(parent, byId.Keys));
                }
            }
        }

        ImplementsLinks.Check(plans, byId, bag);
        ReportCycles(byId, bag);
        ReportDeadlineChains(byId, bag);
        return bag.ToImmutable();
    }

    /// <summary>
    /// A commune's report feeds the district's, which feeds the province's: a child plan's report due after its parent
    /// plan's report of the same frequency for the same period cannot be consolidated in time. Checked on the first
    /// year both plans cover; each colliding pair is reported once.
    /// </summary>
    private static void ReportDeadlineChains(Dictionary<string, LoadResult> byId, DiagnosticBag bag)
    {
        foreach (var (id, child) in byId.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var childPlan = child.Plan!;
            foreach (var parentId in Parents(childPlan).Where(byId.ContainsKey))
            {
                var parentPlan = byId[parentId].Plan!;
                // A first year not stated is not known: the comparison takes the other plan's, or the child's last year.
                var year = Math.Max(childPlan.Period.From ?? parentPlan.Period.From ?? childPlan.Period.To!.Value,
                    parentPlan.Period.From ?? childPlan.Period.From ?? childPlan.Period.To!.Value);
                if (!childPlan.Period.Contains(year) || !parentPlan.Period.Contains(year))
                {
                    continue;
                }

                var mine = ReportingSchedule.For(childPlan, Time.WorkingCalendar.Vietnam).Reports(year, year);
                var theirs = ReportingSchedule.For(parentPlan, Time.WorkingCalendar.Vietnam).Reports(year, year);
                foreach (var report in mine)
                {
                    var upstream = theirs.FirstOrDefault(r => r.Period == report.Period && r.Obligation.Frequency == report.Obligation.Frequency && r.Deadline < report.Deadline);
                    if (upstream is null)
                    {
                        continue;
                    }

                    var index = childPlan.Reporting.IndexOf(report.Obligation);
                    bag.Add(PlanSetDiagnostics.DeadlineChain, child.SourceMap.Locate("/reporting/" + index.ToString(CultureInfo.InvariantCulture) + "/due"),
                        id, report.Obligation.Key, Reporting.PeriodWords.Argument(report.Period), ValueArguments.Day(report.LastOnTimeDay), parentId, upstream.Obligation.Key, ValueArguments.Day(upstream.LastOnTimeDay));
                }
            }
        }
    }


    private static string Pointer(int reference) => "/references/" + reference.ToString(CultureInfo.InvariantCulture) + "/plan";

    private static void ReportCycles(Dictionary<string, LoadResult> byId, DiagnosticBag bag)
    {
        // Depth-first search with three colours: an edge back to a plan still on the path closes a cycle.
        // Each plan is entered once, so the search is linear in plans and links, whatever the input.
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in byId.Keys.Order(StringComparer.Ordinal))
        {
            if (done.Contains(root))
            {
                continue;
            }

            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<(string Plan, int Next)>();
            stack.Push((root, 0));
            path.Add(root);
            onPath.Add(root);
            while (stack.Count > 0)
            {
                var (current, next) = stack.Pop();
                var parents = Parents(byId[current].Plan!);
                if (next == parents.Count)
                {
                    done.Add(current);
                    onPath.Remove(current);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((current, next + 1));
                var parent = parents[next];
                if (onPath.Contains(parent))
                {
                    var cycle = path.Skip(path.IndexOf(parent)).Append(parent).ToList();
                    var from = byId[current];
                    var reference = from.Plan!.References.IndexOf(from.Plan.References.First(r => r.PlanId == parent));
                    bag.Add(PlanSetDiagnostics.ParentCycle, from.SourceMap.Locate(Pointer(reference)), string.Join(" → ", cycle));
                }
                else if (byId.ContainsKey(parent) && !done.Contains(parent))
                {
                    stack.Push((parent, 0));
                    path.Add(parent);
                    onPath.Add(parent);
                }
            }
        }
    }

    private static List<string> Parents(Plan plan) =>
        [.. plan.References.Where(r => r.Relation != ReferenceRelation.Cites && r.PlanId is not null).Select(r => r.PlanId!).Distinct()];
}
