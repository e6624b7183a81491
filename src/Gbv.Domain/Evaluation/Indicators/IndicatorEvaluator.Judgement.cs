using Gbv.Domain.Indicators;
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
            var (what, whatVi) = gaps.Length > 0 ? ($"{gaps} not reported", $"chưa có số liệu {gapsVi}") : ("nothing to judge", "không có số liệu để đánh giá");
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, null, null, $"{units}; {what} for {year}", $"{unitsVi}; {whatVi} năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, null, null, $"{units}; {what} yet for {year}; the target is {target.Horizon}", $"{unitsVi}; {whatVi} năm {year}; mục tiêu là {IndicatorWords.Of(target.Horizon)}");
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
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, figures.Numerator, figures.Denominator, $"{names} not reported for {year}", $"chưa có số liệu {namesVi} năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, figures.Numerator, figures.Denominator, $"{names} not reported yet for {year}; the target is {target.Horizon}", $"chưa có số liệu {namesVi} năm {year}; mục tiêu là {IndicatorWords.Of(target.Horizon)}");
        }

        var prefix = units.Length > 0 ? units + "; " : string.Empty;
        var prefixVi = unitsVi.Length > 0 ? unitsVi + "; " : string.Empty;
        var n = figures.Numerator ?? 0m;
        decimal? denominator = figures.HasDenominator ? figures.Denominator ?? 0m : null;
        if (denominator == 0)
        {
            return Result(indicator, target, IndicatorStatus.NotApplicable, year, n, 0, $"{prefix}the denominator \"{figures.DenominatorName}\" is 0 for {year}", $"{prefixVi}mẫu số \"{ExplanationNames.Figure(plan, figures.DenominatorName!)}\" bằng 0 năm {year}");
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
            : ($"{Plain(n)} of {Plain(d)} = {shown}", $"{Vi(n)}/{Vi(d)} = {Show(value, threshold.Unit, vi: true)}");
        string need, needVi, gap, gapVi;
        if (whole)
        {
            (need, needVi) = ($"{(fewer ? "allows at most" : "needs")} {Least(least, "an impossible count")}", $"{(fewer ? "cho phép tối đa" : "cần")} {Least(least, "số không thể đạt")}");
            (gap, gapVi) = shortfall is > 0 ? (fewer ? ($", {shortfall} over", $", vượt {shortfall}") : ($", {shortfall} more needed", $", còn thiếu {shortfall}")) : (string.Empty, string.Empty);
        }
        else
        {
            var (word, wordVi) = Bounded(threshold.Comparison);
            (need, needVi) = ($"{word} {Hundredths(limit)}", $"{wordVi} {Hundredths(limit, vi: true)}");
            var distance = DistanceToLimit(n, limit, met);
            (gap, gapVi) = distance > 0 ? (fewer ? ($", {Hundredths(distance)} over", $", vượt {Hundredths(distance, vi: true)}") : ($", {Hundredths(distance)} short", $", còn thiếu {Hundredths(distance, vi: true)}")) : (string.Empty, string.Empty);
        }

        var en = $"{prefix}{figure} in {year}; {threshold} {need}{gap}"
            + (atStrictBound ? "; at the threshold itself, which it does not meet" : string.Empty)
            + (achieved is { } a ? $"; {Percent(a, down: !met)} of the target achieved{(indicator.Baseline is { } b ? $" from the baseline {Plain(b.Value)} in {b.Year}" : string.Empty)}" : string.Empty)
            + (zeroed.Length > 0 ? $" ({zeroed} not reported: counted as 0)" : string.Empty);
        var vi = $"{prefixVi}{figureVi} năm {year}; {IndicatorWords.Of(threshold)} {needVi}{gapVi}"
            + (atStrictBound ? "; bằng đúng ngưỡng, chưa đạt" : string.Empty)
            + (achieved is { } av ? $"; đạt {Percent(av, vi: true, down: !met)} mục tiêu{(indicator.Baseline is { } bv ? $" so với mức cơ sở {Vi(bv.Value)} năm {bv.Year}" : string.Empty)}" : string.Empty)
            + (zeroed.Length > 0 ? $" ({zeroedVi} chưa báo cáo: tính là 0)" : string.Empty);
        return new IndicatorResult(indicator, target, status, year, n, denominator, value, least, shortfall, achieved,
            Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi)) { Limit = limit };
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
        foreach (var gap in pool.Missing)
        {
            en.Add($"{gap.Unit} did not report \"{gap.Element}\"");
            vi.Add($"{ExplanationNames.Unit(plan, gap.Unit)} chưa báo cáo \"{ExplanationNames.Figure(plan, gap.Element)}\"");
        }

        foreach (var gap in pool.Impossible)
        {
            en.Add($"{gap.Unit}'s figures cannot be ({gap.Numerator} of {gap.Denominator}: the part is above its whole), left out");
            vi.Add($"số liệu của {ExplanationNames.Unit(plan, gap.Unit)} không thể đúng ({gap.Numerator}/{gap.Denominator}: phần lớn hơn tổng), không được tính");
        }

        foreach (var gap in pool.ZeroFilled)
        {
            en.Add($"{gap.Unit} did not report \"{gap.Element}\", counted as 0");
            vi.Add($"{ExplanationNames.Unit(plan, gap.Unit)} chưa báo cáo \"{ExplanationNames.Figure(plan, gap.Element)}\", tính là 0");
        }

        var complete = pool.Missing.IsEmpty && pool.Impossible.IsEmpty;
        var head = $"{pool.Reported} of {pool.Expected} unit(s) in the total, {(complete ? "complete" : "incomplete")}";
        var headVi = $"{pool.Reported}/{pool.Expected} đơn vị được tính, {(complete ? "đủ số liệu" : "chưa đủ số liệu")}";
        return (en.Count == 0 ? head : $"{head}: {string.Join("; ", en)}", vi.Count == 0 ? headVi : $"{headVi}: {string.Join("; ", vi)}");
    }

    // The words before the figure at which a target on decimals turns: no least count exists on a continuum.
    private static (string En, string Vi) Bounded(Comparison comparison) => comparison switch
    {
        Comparison.MoreThan => ("needs more than", "cần trên"),
        Comparison.AtMost => ("allows at most", "cho phép tối đa"),
        Comparison.LessThan => ("allows less than", "cho phép dưới"),
        _ => ("needs at least", "cần ít nhất"),
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
