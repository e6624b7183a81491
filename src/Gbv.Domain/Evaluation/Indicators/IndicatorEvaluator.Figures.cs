using System.Collections.Immutable;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>The figures a target is judged on, per kind of metric: reported ratios pooled over units, counts, events per period.</summary>
public static partial class IndicatorEvaluator
{
    /// <summary>
    /// A ratio pooled unit by unit for a year: a unit's missing figure follows the indicator's strategy for that unit
    /// (left out, or counted as 0), and a unit whose part is above its whole is left out; the rest are summed. With
    /// <paramref name="sent"/>, a unit expected to report the figures (it did in another year, or one listed with it
    /// under the same agency did: <see cref="ReportedTotals.WithReportingUnits"/>) that sent neither this year is a gap
    /// too; counted cases are not sent, and a unit with no case this year simply had none.
    /// </summary>
    private static Figures Pooled(ReportedTotals totals, string numerator, string numeratorName, string denominator, string denominatorName,
        int year, MissingValueStrategy strategy, bool partOfWhole, bool sent)
    {
        var units = sent ? [.. totals.UnitsExpected(numerator, denominator)] : totals.UnitsReporting(year, numerator, denominator);
        var missing = ImmutableArray.CreateBuilder<UnitGap>();
        var impossible = ImmutableArray.CreateBuilder<UnitGap>();
        var zeroFilled = ImmutableArray.CreateBuilder<UnitGap>();
        decimal n = 0, d = 0;
        var pooled = 0;
        foreach (var unit in units)
        {
            var un = totals.Value(unit, year, numerator);
            var ud = totals.Value(unit, year, denominator);
            if (un is null || ud is null)
            {
                var gap = new UnitGap(unit, un is null ? numeratorName : denominatorName, un, ud);
                // A unit that sent neither figure is left out unless the plan counts every gap as 0 (never-skip).
                if (strategy == MissingValueStrategy.SkipIfAnyMissing || (un is null && ud is null && strategy == MissingValueStrategy.SkipIfAllMissing))
                {
                    missing.Add(gap);
                    continue;
                }

                zeroFilled.Add(gap);
            }

            var a = un ?? 0;
            var b = ud ?? 0;
            if (partOfWhole && a > b)
            {
                impossible.Add(new UnitGap(unit, numeratorName, un, ud));
                continue;
            }

            (n, d, pooled) = (n + a, d + b, pooled + 1);
        }

        return new Figures(pooled > 0 ? n : null, numeratorName, pooled > 0 ? d : null, denominatorName, HasDenominator: true)
        {
            Pool = new Pool(pooled, units.Count, missing.ToImmutable(), impossible.ToImmutable(), zeroFilled.ToImmutable()),
        };
    }

    /// <summary>Whether the indicator's numerator is a part of its denominator: every target is a percentage (not "times").</summary>
    private static bool PartOfWhole(Indicator indicator) => indicator.Targets.All(t => t.Threshold.Unit == ThresholdUnit.Percent);

    /// <summary>The numerator and (for ratios) the denominator of an indicator for a year, null where not reported.</summary>
    private static Figures Figures(Plan plan, Indicator indicator, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        switch (indicator.Metric)
        {
            case ReportedRatioMetric r:
                var denominator = r.Denominator ?? MetricElements.ParentNumerator(plan, indicator);
                if (denominator is null)
                {
                    return new Figures(null, r.Numerator, Unstated: Explanations.Both("Figures.OfWhichWithoutParent"));
                }

                if (PlanAreaFigures.Combine(plan, r.Numerator) == ElementCombine.PlanArea || PlanAreaFigures.Combine(plan, denominator) == ElementCombine.PlanArea)
                {
                    // A plan-area figure is never pooled with units' figures: the ratio is the plan area's, as one unit.
                    return PlanAreaFigures.AsOneUnit(plan, totals, year, r.Numerator, denominator, out var conflict) is { } area
                        ? Pooled(area, r.Numerator, r.Numerator, denominator, denominator, year, indicator.Missing, PartOfWhole(indicator), sent: false)
                        : new Figures(null, r.Numerator, Unstated: Explanations.Both("Figures.PlanAreaConflict", (conflict ?? string.Empty, ExplanationNames.Figure(plan, conflict ?? string.Empty)), year));
                }

                return Pooled(totals, r.Numerator, r.Numerator, denominator, denominator, year, indicator.Missing, PartOfWhole(indicator), sent: true);
            case CaseRatioMetric cases:
                // Counted under the tally's keys; named in explanations by their conditions.
                var parent = indicator.OfWhich is { } key ? plan.FindIndicator(key) : null;
                var of = parent is null ? MetricElements.CaseDenominator(indicator.Key) : MetricElements.CaseNumerator(parent.Key);
                var ofName = parent?.Metric is CaseRatioMetric p ? $"cases meeting {p.Numerator}" : cases.Denominator is { } d ? $"cases meeting {d}" : "cases";
                // Counted together from the same cases: a unit with cases has both counts, and the part is never above its whole.
                return Pooled(totals, MetricElements.CaseNumerator(indicator.Key), $"cases meeting {cases.Numerator}", of, ofName, year, indicator.Missing, partOfWhole: true, sent: false);
            case UnitCoverageMetric { Total: { } total } c:
                // The number of units is the plan's own, never missing and never 0: it needs no name.
                return new Figures(PlanAreaFigures.Combine(plan, c.Covered) == ElementCombine.PlanArea && totals.UnitsReporting(year, c.Covered, null).Count > 1 ? null : totals.Total(c.Covered, year), c.Covered, total, HasDenominator: true);
            case UnitCoverageMetric c:
                return new Figures(null, c.Covered, Unstated: Explanations.Both("Figures.UnitsNotStated", c.Level.Key));
            case EventCountMetric { Per: FrequencyUnit.Year } e:
                var (done, doneVi) = Explanations.Both("Figures.TimesDone", (e.Task, ExplanationNames.Figure(plan, e.Task)));
                return new Figures(totals.Total(MetricElements.Task(e.Task), year), e.Task, Period: done, PeriodVi: doneVi);
            default:
                return PerPeriod(plan, (EventCountMetric)indicator.Metric, totals, year, ended, asOf);
        }
    }

    /// <summary>
    /// "At least once a month": the fewest completions in any ended month (or quarter) of the year; at most 12 months
    /// (4 quarters) end in a year.
    /// </summary>
    private static Figures PerPeriod(Plan plan, EventCountMetric e, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        var monthsEnded = ended ? 12 : asOf.Month - 1 + (asOf.PlusDays(1).Month != asOf.Month ? 1 : 0);
        var endedPeriods = e.Per == FrequencyUnit.Month ? monthsEnded : monthsEnded / 3;
        var name = Explanations.Both(e.Per == FrequencyUnit.Month ? "Figures.Month" : "Figures.Quarter");
        if (totals.Total(MetricElements.Task(e.Task), year) is null || endedPeriods == 0)
        {
            return new Figures(null, e.Task);
        }

        var fewest = decimal.MaxValue;
        var worst = 1;
        for (var p = 1; p <= endedPeriods; p++)
        {
            var count = totals.Total(MetricElements.TaskPeriod(e.Task, e.Per, p), year) ?? 0;
            if (count < fewest)
            {
                (fewest, worst) = (count, p);
            }
        }

        var (done, doneVi) = Explanations.Both("Figures.TimesDoneIn", (e.Task, ExplanationNames.Figure(plan, e.Task)), name, worst, endedPeriods);
        return new Figures(fewest, e.Task, Period: done, PeriodVi: doneVi);
    }
}
