using System.Collections.Immutable;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Checks that a plan sets targets at least as strict as the parent plan it implements: for every target of a linked
/// parent indicator, the child needs a target at least as strict, reached by the same year or earlier. A looser child
/// target fails.
/// </summary>
/// <remarks>
/// Strictness compares thresholds of the same unit: for lower bounds, "all" is strictest, then higher values, and at
/// an equal value "more than" is stricter than "at least"; for upper bounds the reverse. A "from Y" target is as
/// strict in time as a "by Y" target (it holds from Y on). A parent target after the child's period (and vision) that
/// no child target already meets is <see cref="ConformanceVerdict.NotComparable"/>, not looser: the child cannot state it.
/// </remarks>
public static class ConformanceChecker
{
    /// <summary>Every linked pair (child indicator whose <see cref="Indicator.Implements"/> names this parent) and parent target.</summary>
    public static ImmutableArray<ConformanceResult> Check(Plan child, Plan parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parent);
        var results = ImmutableArray.CreateBuilder<ConformanceResult>();
        foreach (var indicator in child.Indicators)
        {
            if (indicator.Implements?.Split('#') is not [var planId, var key] || planId != parent.Id)
            {
                continue;
            }

            var parentIndicator = parent.FindIndicator(key);
            if (parentIndicator is null)
            {
                results.Add(new ConformanceResult(indicator, null, null, ConformanceVerdict.NotComparable,
                    $"{child.Id}#{indicator.Key} implements {parent.Id}#{key}, which {parent.Id} does not have")
                {
                    ExplanationVi = Words.Format("Conformance.NotInParent", vi: true, indicator.Title.Vi, key, ParentVi(parent)),
                });
                continue;
            }

            foreach (var parentTarget in parentIndicator.Targets)
            {
                results.Add(Compare(child, indicator, parent, parentIndicator, parentTarget));
            }
        }

        return results.ToImmutable();
    }

    private static ConformanceResult Compare(Plan child, Indicator indicator, Plan parent, Indicator parentIndicator, Target parentTarget)
    {
        var names = $"{child.Id}#{indicator.Key} against {parent.Id}#{parentIndicator.Key}";
        // In Vietnamese the indicators by their titles, the targets in words, the plan checked as "this plan" and the
        // parent by its document's number (its title where it has none): an officer does not know the plans' ids.
        var parentVi = ParentVi(parent);
        var namesVi = Words.Format("Conformance.Names", vi: true, indicator.Title.Vi, parentIndicator.Title.Vi, parentVi);
        string Vi(string key, string? childTarget, Target parentOne) =>
            Words.Format(key, vi: true, namesVi, Words.Get("Conformance.ThisPlan", vi: true), parentVi, childTarget, Said(parentOne));
        var comparable = indicator.Targets.Where(t => t.Threshold.Unit == parentTarget.Threshold.Unit && IsUpper(t.Threshold) == IsUpper(parentTarget.Threshold)).ToList();
        if (comparable.Count == 0)
        {
            return new ConformanceResult(indicator, parentTarget, null, ConformanceVerdict.NotComparable,
                $"{names}: {child.Id} has no target in the same unit as {parent.Id}'s \"{parentTarget.Threshold} {parentTarget.Horizon}\"")
            { ExplanationVi = Vi("Conformance.NoSameUnit", Said(parentTarget), parentTarget) };
        }

        var inTime = comparable.Where(t => t.Horizon.Year <= parentTarget.Horizon.Year).ToList();
        var best = inTime.FirstOrDefault(t => AtLeastAsStrict(t.Threshold, parentTarget.Threshold));
        if (best is not null)
        {
            return new ConformanceResult(indicator, parentTarget, best, ConformanceVerdict.Conforms,
                $"{names}: {child.Id}'s \"{best.Threshold} {best.Horizon}\" is at least as strict as {parent.Id}'s \"{parentTarget.Threshold} {parentTarget.Horizon}\"")
            { ExplanationVi = Vi("Conformance.AsStrict", Said(best), parentTarget) };
        }

        if (LastYear(child) is { } last && parentTarget.Horizon.Year > last)
        {
            // A 2021-2025 plan cannot state a 2030 target: short of one that already meets it, it is neither looser nor conforming.
            return new ConformanceResult(indicator, parentTarget, null, ConformanceVerdict.NotComparable,
                $"{names}: {parent.Id}'s \"{parentTarget.Threshold} {parentTarget.Horizon}\" falls after {child.Id}'s period ({child.Period}), which cannot state it")
            { ExplanationVi = Vi("Conformance.AfterPeriod", PeriodVi(child), parentTarget) };
        }

        var closest = inTime.FirstOrDefault() ?? comparable[0];
        var why = inTime.Count == 0 ? "comes later" : "is looser";
        return new ConformanceResult(indicator, parentTarget, closest, ConformanceVerdict.Looser,
            $"{names}: {child.Id}'s \"{closest.Threshold} {closest.Horizon}\" {why} than {parent.Id}'s \"{parentTarget.Threshold} {parentTarget.Horizon}\"")
        { ExplanationVi = Vi(inTime.Count == 0 ? "Conformance.Later" : "Conformance.Looser", Said(closest), parentTarget) };
    }

    // The parent plan in Vietnamese: "văn bản số 1464/QĐ-TTg", or its title.
    private static string ParentVi(Plan parent) =>
        parent.Document.Number is { } number ? Words.Format("Conformance.Numbered", vi: true, number) : $"“{parent.Title.Vi}”";

    // A target in Vietnamese words: "trên 90% đến năm 2025".
    private static string Said(Target target) => $"{IndicatorWords.Of(target.Threshold)} {IndicatorWords.Of(target.Horizon)}";

    // A plan's period in numbers, which need no words: "2021-2025", "2017-2020, 2030".
    private static string PeriodVi(Plan plan) =>
        string.Join(", ", new[] { plan.Period.From is { } f && plan.Period.To is { } t && f != t ? $"{f}-{t}" : (plan.Period.To ?? plan.Period.From)?.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.Period.Vision?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());

    /// <summary>The last year a plan can set a target for: its vision year, else the end of its period; null when open-ended.</summary>
    private static int? LastYear(Plan plan) => plan.Period.Vision ?? plan.Period.To;

    private static bool IsUpper(Threshold threshold) => threshold.Comparison is Comparison.AtMost or Comparison.LessThan;

    /// <summary>Whether every count that meets <paramref name="child"/> also meets <paramref name="parent"/>.</summary>
    internal static bool AtLeastAsStrict(Threshold child, Threshold parent)
    {
        if (child.Unit != parent.Unit || IsUpper(child) != IsUpper(parent))
        {
            // A lower bound and an upper bound (or two units) say different things: neither is stricter.
            return false;
        }

        if (parent.Comparison == Comparison.All)
        {
            return child.Comparison == Comparison.All;
        }

        if (child.Comparison == Comparison.All)
        {
            // "All" meets every lower bound that can be met at all.
            return parent.IsSatisfiable;
        }

        if (!IsUpper(parent))
        {
            // Lower bounds: a higher value is stricter; at an equal value "more than" is stricter than "at least".
            return child.Value > parent.Value || (child.Value == parent.Value && (child.Comparison == Comparison.MoreThan || parent.Comparison == Comparison.AtLeast));
        }

        // Upper bounds: a lower value is stricter; at an equal value "less than" is stricter than "at most".
        return child.Value < parent.Value || (child.Value == parent.Value && (child.Comparison == Comparison.LessThan || parent.Comparison == Comparison.AtMost));
    }
}
