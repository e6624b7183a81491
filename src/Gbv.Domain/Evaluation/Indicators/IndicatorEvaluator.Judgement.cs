using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Judging a target on one year's figures: the status, how much is achieved, and how complete the data are.</summary>
public static partial class IndicatorEvaluator
{
    private static IndicatorResult Judge(Plan plan, Indicator indicator, Target target, Figures figures, int year, bool ended)
    {
        if (figures.Unstated is { } why)
        {
            return Result(indicator, target, IndicatorStatus.NoData, null, null, null, why.En, why.Vi);
        }

        var pool = figures.Pool;
        var (units, unitsVi) = pool is null ? (string.Empty, string.Empty) : Completeness(plan, pool);
        if (pool is { Reported: 0, Expected: > 0 } && (!pool.Missing.IsEmpty || !pool.Impossible.IsEmpty))
        {
            // Every unit that reported was left out: there is no total to judge, whatever the strategy.
            var gapKeys = pool.Missing.Select(g => g.Element).Distinct(StringComparer.Ordinal).ToList();
            var gaps = string.Join(", ", gapKeys.Select(m => $"\"{m}\""));
            var gapsVi = string.Join(", ", gapKeys.Select(m => $"\"{ExplanationNames.Figure(plan, m)}\""));
            var what = gaps.Length > 0 ? Explanations.Both("Judge.NotReported", (gaps, gapsVi)) : Explanations.Both("Judge.NothingToJudge");
            var (en, vi) = ended
                ? Explanations.Both("Judge.NoneFor", (units, unitsVi), what, year)
                : Explanations.Both("Judge.NoneYet", (units, unitsVi), what, year, Horizon(target));
            return Result(indicator, target, ended ? IndicatorStatus.NoData : IndicatorStatus.NotDue, year, null, null, en, vi);
        }

        var numeratorMissing = figures.Numerator is null;
        var denominatorMissing = figures.HasDenominator && figures.Denominator is null;
        var missing = new List<string>(2);
        if (numeratorMissing)
        {
            missing.Add(figures.NumeratorName);
        }

        if (denominatorMissing)
        {
            missing.Add(figures.DenominatorName!);
        }

        // A unit's gap counted as 0 by the strategy is said as an aggregate gap is ("… not reported: counted as 0").
        var filled = pool?.ZeroFilled.Select(g => g.Element).Distinct(StringComparer.Ordinal).Where(e => !missing.Contains(e)).ToList() ?? [];

        var skip = indicator.Missing switch
        {
            MissingValueStrategy.SkipIfAnyMissing => missing.Count > 0,
            MissingValueStrategy.SkipIfAllMissing => missing.Count == (figures.HasDenominator ? 2 : 1),
            _ => false,
        };
        var names = string.Join(", ", missing.Select(m => $"\"{m}\""));
        var namesVi = string.Join(", ", missing.Select(m => $"\"{ExplanationNames.Figure(plan, m)}\""));
        var zeroed = string.Join(", ", missing.Concat(filled).Select(m => $"\"{m}\""));
        var zeroedVi = string.Join(", ", missing.Concat(filled).Select(m => $"\"{ExplanationNames.Figure(plan, m)}\""));
        if (skip)
        {
            var (en, vi) = ended
                ? Explanations.Both("Judge.SkippedFor", (names, namesVi), year)
                : Explanations.Both("Judge.SkippedYet", (names, namesVi), year, Horizon(target));
            return Result(indicator, target, ended ? IndicatorStatus.NoData : IndicatorStatus.NotDue, year, figures.Numerator, figures.Denominator, en, vi);
        }

        var prefix = units.Length > 0 ? units + "; " : string.Empty;
        var prefixVi = unitsVi.Length > 0 ? unitsVi + "; " : string.Empty;
        var n = figures.Numerator ?? 0m;
        decimal? denominator = figures.HasDenominator ? figures.Denominator ?? 0m : null;
        if (denominator == 0)
        {
            var (en, vi) = Explanations.Both("Judge.ZeroDenominator", (prefix, prefixVi), (figures.DenominatorName!, ExplanationNames.Figure(plan, figures.DenominatorName!)), year);
            return Result(indicator, target, IndicatorStatus.NotApplicable, year, n, 0, en, vi);
        }

        // A count has no denominator: the threshold compares the count itself (the calculator ignores the 1).
        var d = denominator ?? 1m;
        var threshold = target.Threshold;
        var met = TargetCalculator.IsMet(threshold, n, d);
        var status = ended ? (met ? IndicatorStatus.Met : IndicatorStatus.NotMet) : (met ? IndicatorStatus.OnTrack : IndicatorStatus.AtRisk);
        var fewer = threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
        var limit = TargetCalculator.Limit(threshold, d);
        // Counts have a least count that meets the target and a shortfall in whole things; decimals (averages, hours)
        // have only the figure at which the target turns, and the distance to it.
        var whole = TargetCalculator.IsWhole(n) && TargetCalculator.IsWhole(d);
        // For an upper bound the count that matters is the most it allows ("at most 69"), never a "least" of 0.
        var least = !whole ? null : fewer ? TargetCalculator.MaximumCount(threshold, (long)d) : TargetCalculator.MinimumCount(threshold, (long)d);
        var shortfall = whole ? TargetCalculator.Shortfall(threshold, (long)n, (long)d) : null;
        var value = denominator is null || threshold.Unit == ThresholdUnit.Count ? n : threshold.Unit == ThresholdUnit.Times ? n / d : 100m * n / d;
        var achieved = Achieved(indicator, threshold, value);
        var atStrictBound = !met && achieved is >= 100m;
        if (atStrictBound)
        {
            // Exactly 90% against "trên 90%": the value equals the target but does not meet it; "100% achieved" beside NotMet would mislead.
            achieved = null;
        }
        var shown = Show(value, denominator is null ? ThresholdUnit.Count : threshold.Unit);
        var (figure, figureVi) = denominator is null
            ? ($"{Plain(n)}{figures.Period}", $"{Vi(n)}{figures.PeriodVi}")
            : Explanations.Both("Judge.Ratio", (Plain(n), Vi(n)), (Plain(d), Vi(d)), (shown, Show(value, threshold.Unit, vi: true)));
        (string En, string Vi) need, gap = (string.Empty, string.Empty);
        if (whole)
        {
            need = Explanations.Both(fewer ? "Judge.AllowsAtMost" : "Judge.Needs", Least(least));
            if (shortfall is > 0)
            {
                gap = Explanations.Both(fewer ? "Judge.Over" : "Judge.MoreNeeded", shortfall.Value);
            }
        }
        else
        {
            need = Explanations.Both(Bounded(threshold.Comparison), (Hundredths(limit), Hundredths(limit, vi: true)));
            var distance = DistanceToLimit(n, limit, met);
            if (distance > 0)
            {
                gap = Explanations.Both(fewer ? "Judge.Over" : "Judge.Short", (Hundredths(distance), Hundredths(distance, vi: true)));
            }
        }

        var said = new (string En, string Vi)[]
        {
            Explanations.Both("Judge.Figures", (prefix, prefixVi), (figure, figureVi), year, (threshold.ToString(), IndicatorWords.Of(threshold)), need, gap),
            atStrictBound ? Explanations.Both("Judge.AtStrictBound") : (string.Empty, string.Empty),
            achieved is { } a ? Explanations.Both("Judge.Achieved", (Percent(a, down: !met), Percent(a, vi: true, down: !met)),
                indicator.Baseline is { } b ? Explanations.Both("Judge.FromBaseline", (Plain(b.Value), Vi(b.Value)), b.Year) : (string.Empty, string.Empty)) : (string.Empty, string.Empty),
            zeroed.Length > 0 ? Explanations.Both("Judge.CountedAsZero", (zeroed, zeroedVi)) : (string.Empty, string.Empty),
        };
        return new IndicatorResult(indicator, target, status, year, n, denominator, value, least, shortfall, achieved,
            Sentence(indicator, target, status, string.Concat(said.Select(s => s.En))), SentenceVi(indicator, target, status, string.Concat(said.Select(s => s.Vi)))) { Limit = limit };
    }

    /// <summary>"2 of 3 units reported, incomplete: …": what an officer reads before the total.</summary>
    private static (string En, string Vi) Completeness(Plan plan, Pool pool)
    {
        // A total with every unit in it needs no words (a gap counted as 0 is said after the figures); the counts are in the result.
        if (pool.Expected == 0 || (pool.Missing.IsEmpty && pool.Impossible.IsEmpty))
        {
            return (string.Empty, string.Empty);
        }

        var en = new List<string>();
        var vi = new List<string>();
        // A unit that sent neither figure (another year it did, or a unit listed with it did) sent nothing this year.
        foreach (var gap in pool.Missing)
        {
            Add(Silent(gap) ? Explanations.Both("Judge.SentNothing", Unit(plan, gap)) : Explanations.Both("Judge.DidNotReport", Unit(plan, gap), Element(plan, gap)));
        }

        foreach (var gap in pool.Impossible)
        {
            Add(Explanations.Both("Judge.ImpossibleUnit", Unit(plan, gap), gap.Numerator, gap.Denominator));
        }

        foreach (var gap in pool.ZeroFilled)
        {
            Add(Silent(gap) ? Explanations.Both("Judge.SentNothingZero", Unit(plan, gap)) : Explanations.Both("Judge.DidNotReportZero", Unit(plan, gap), Element(plan, gap)));
        }

        var complete = pool.Missing.IsEmpty && pool.Impossible.IsEmpty;
        var (head, headVi) = Explanations.Both(complete ? "Judge.UnitsComplete" : "Judge.UnitsIncomplete", pool.Reported, pool.Expected);
        return (en.Count == 0 ? head : $"{head}: {string.Join("; ", en)}", vi.Count == 0 ? headVi : $"{headVi}: {string.Join("; ", vi)}");

        void Add((string En, string Vi) said)
        {
            en.Add(said.En);
            vi.Add(said.Vi);
        }
    }

    private static bool Silent(UnitGap gap) => gap is { Numerator: null, Denominator: null };

    // A unit and a figure as the English (ids) and the Vietnamese (the plan's names) explanations name them.
    private static (string, string) Unit(Plan plan, UnitGap gap) => (gap.Unit, ExplanationNames.Unit(plan, gap.Unit));

    private static (string, string) Element(Plan plan, UnitGap gap) => (gap.Element, ExplanationNames.Figure(plan, gap.Element));

    private static (string, string) Horizon(Target target) => (target.Horizon.ToString(), IndicatorWords.Of(target.Horizon));

    // The words before the figure at which a target on decimals turns: no least count exists on a continuum.
    private static string Bounded(Comparison comparison) => comparison switch
    {
        Comparison.MoreThan => "Judge.NeedsMoreThan",
        Comparison.AtMost => "Judge.AllowsAtMost",
        Comparison.LessThan => "Judge.AllowsLessThan",
        _ => "Judge.NeedsAtLeast",
    };

    private static decimal? Achieved(Indicator indicator, Threshold threshold, decimal value)
    {
        var target = threshold.Value;
        if (indicator.Baseline is { } baseline)
        {
            return target == baseline.Value ? null : 100m * (value - baseline.Value) / (target - baseline.Value);
        }

        return indicator.Direction == Direction.Increase && target != 0 ? 100m * value / target : null;
    }
}
