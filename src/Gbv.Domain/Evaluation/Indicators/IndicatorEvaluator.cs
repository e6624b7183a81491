using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Evaluates a plan's indicators as of a date: a pure function of (plan, totals, date). The totals hold reported
/// figures (<see cref="ReportedTotals.From(Plan, IEnumerable{ReportedValue}, IReadOnlySet{string}?, out ImmutableArray{Diagnostic})"/>), counts from case records (<see cref="CaseTally{T}"/>) and task
/// completions (<see cref="ReportedTotals.FromTaskCompletions(Plan, IEnumerable{TaskCompletion}, IReadOnlySet{string}?, out ImmutableArray{Diagnostic})"/>), merged.
/// </summary>
/// <remarks>
/// <para>Which year counts: for a target "by Y", year Y once it has ended (on 31 December), otherwise the current year so far (before
/// the horizon: <see cref="IndicatorStatus.OnTrack"/> or <see cref="IndicatorStatus.AtRisk"/>). For "from Y", the last
/// ended year from Y on, otherwise the current year so far.</para>
/// <para>"Of which" (trong đó): the denominator is the parent indicator's numerator.</para>
/// <para>Missing figures follow the indicator's <see cref="MissingValueStrategy"/>: by default an indicator with a
/// missing figure is <see cref="IndicatorStatus.NoData"/>, never judged on a guess.</para>
/// </remarks>
public static class IndicatorEvaluator
{
    /// <summary>One result per target of every indicator, in plan order.</summary>
    public static ImmutableArray<IndicatorResult> Evaluate(Plan plan, ReportedTotals totals, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(totals);
        var builder = ImmutableArray.CreateBuilder<IndicatorResult>();
        foreach (var indicator in plan.Indicators)
        {
            foreach (var target in indicator.Targets)
            {
                builder.Add(Evaluate(plan, indicator, target, totals, asOf));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The results for each unit on its own figures, by unit id in ordinal order.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<IndicatorResult>> EvaluateByUnit(Plan plan, ReportedTotals totals, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(totals);
        return totals.Units.ToImmutableSortedDictionary(unit => unit, unit => Evaluate(plan, totals.ForUnit(unit), asOf), StringComparer.Ordinal);
    }

    private static IndicatorResult Evaluate(Plan plan, Indicator indicator, Target target, ReportedTotals totals, LocalDate asOf)
    {
        var (year, ended) = YearFor(target.Horizon, asOf);
        var last = EvaluateYear(plan, indicator, target, totals, year, ended, asOf);
        if (target.Horizon.Kind != HorizonKind.From || !ended)
        {
            return last;
        }

        if (year == target.Horizon.Year)
        {
            return last with
            {
                YearsMissed = last.Status == IndicatorStatus.NotMet ? [year] : [],
                YearsWithoutData = last.Status == IndicatorStatus.NoData ? [year] : [],
            };
        }

        // "From Y" ("hằng năm", "at least once a year") holds every year from Y: a missed year stays missed.
        var missed = ImmutableArray.CreateBuilder<int>();
        var noData = ImmutableArray.CreateBuilder<int>();
        for (var y = target.Horizon.Year; y <= year; y++)
        {
            var status = y == year ? last.Status : EvaluateYear(plan, indicator, target, totals, y, true, asOf).Status;
            (status == IndicatorStatus.NotMet ? missed : status == IndicatorStatus.NoData ? noData : null)?.Add(y);
        }

        var overall = missed.Count > 0 ? IndicatorStatus.NotMet : noData.Count > 0 ? IndicatorStatus.NoData : last.Status;
        var span = $"{target.Horizon.Year}-{year}";
        var en = $"every year {span} counts: " + (missed.Count > 0 ? $"missed in {string.Join(", ", missed)}" : "none missed")
            + (noData.Count > 0 ? $"; no data for {string.Join(", ", noData)}" : string.Empty);
        var vi = $"tính mọi năm {span}: " + (missed.Count > 0 ? $"không đạt năm {string.Join(", ", missed)}" : "không năm nào không đạt")
            + (noData.Count > 0 ? $"; chưa có số liệu năm {string.Join(", ", noData)}" : string.Empty);
        return last with
        {
            Status = overall,
            YearsMissed = missed.ToImmutable(),
            YearsWithoutData = noData.ToImmutable(),
            ExplanationEn = Restate(last.ExplanationEn, Sentence(indicator, target, last.Status, string.Empty), Sentence(indicator, target, overall, string.Empty), en),
            ExplanationVi = Restate(last.ExplanationVi, SentenceVi(indicator, target, last.Status, string.Empty), SentenceVi(indicator, target, overall, string.Empty), vi),
        };
    }

    /// <summary>The explanation of the last year with the overall status and the years first.</summary>
    private static string Restate(string explanation, string emptyLast, string emptyOverall, string years)
    {
        // Sentence(..., "") is "<key> (<target>): <status>: . Source: «…»": the head ends at ": " before the detail.
        var head = emptyLast[..emptyLast.IndexOf(": . ", StringComparison.Ordinal)] + ": ";
        var newHead = emptyOverall[..emptyOverall.IndexOf(": . ", StringComparison.Ordinal)] + ": ";
        return newHead + years + "; " + explanation[head.Length..];
    }

    private static IndicatorResult EvaluateYear(Plan plan, Indicator indicator, Target target, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        var figures = Figures(plan, indicator, totals, year, ended, asOf);
        var result = Judge(indicator, target, figures, year, ended);
        return figures.Pool is { } pool
            ? result with { UnitsReported = pool.Reported, UnitsExpected = pool.Expected, MissingUnits = pool.Missing, ImpossibleUnits = pool.Impossible, ZeroFilledUnits = pool.ZeroFilled }
            : result;
    }

    private static IndicatorResult Judge(Indicator indicator, Target target, Figures figures, int year, bool ended)
    {
        if (figures.Unstated is { } why)
        {
            return Result(indicator, target, IndicatorStatus.NoData, null, null, null, why.En, why.Vi);
        }

        var pool = figures.Pool;
        var (units, unitsVi) = pool is null ? (string.Empty, string.Empty) : Completeness(pool);
        if (pool is { Reported: 0, Expected: > 0 } && (!pool.Missing.IsEmpty || !pool.Impossible.IsEmpty))
        {
            // Every unit that reported was left out: there is no total to judge, whatever the strategy.
            var gaps = string.Join(", ", pool.Missing.Select(g => g.Element).Distinct(StringComparer.Ordinal).Select(m => $"\"{m}\""));
            var (what, whatVi) = gaps.Length > 0 ? ($"{gaps} not reported", $"chưa có số liệu {gaps}") : ("nothing to judge", "không có số liệu để đánh giá");
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, null, null, $"{units}; {what} for {year}", $"{unitsVi}; {whatVi} năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, null, null, $"{units}; {what} yet for {year}; the target is {target.Horizon}", $"{unitsVi}; {whatVi} năm {year}; mục tiêu là {Vietnamese.Of(target.Horizon)}");
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
        var zeroed = string.Join(", ", missing.Concat(filled).Select(m => $"\"{m}\""));
        if (skip)
        {
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, figures.Numerator, figures.Denominator, $"{names} not reported for {year}", $"chưa có số liệu {names} năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, figures.Numerator, figures.Denominator, $"{names} not reported yet for {year}; the target is {target.Horizon}", $"chưa có số liệu {names} năm {year}; mục tiêu là {Vietnamese.Of(target.Horizon)}");
        }

        var prefix = units.Length > 0 ? units + "; " : string.Empty;
        var prefixVi = unitsVi.Length > 0 ? unitsVi + "; " : string.Empty;
        var n = figures.Numerator ?? 0;
        long? denominator = figures.HasDenominator ? figures.Denominator ?? 0 : null;
        if (denominator == 0)
        {
            return Result(indicator, target, IndicatorStatus.NotApplicable, year, n, 0, $"{prefix}the denominator \"{figures.DenominatorName}\" is 0 for {year}", $"{prefixVi}mẫu số \"{figures.DenominatorName}\" bằng 0 năm {year}");
        }

        // A count has no denominator: the threshold compares the count itself (the calculator ignores the 1).
        var d = denominator ?? 1;
        var threshold = target.Threshold;
        var met = TargetCalculator.IsMet(threshold, n, d);
        var status = ended ? (met ? IndicatorStatus.Met : IndicatorStatus.NotMet) : (met ? IndicatorStatus.OnTrack : IndicatorStatus.AtRisk);
        var fewer = threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
        // For an upper bound the count that matters is the most it allows ("at most 69"), never a "least" of 0.
        var least = fewer ? TargetCalculator.MaximumCount(threshold, d) : TargetCalculator.MinimumCount(threshold, d);
        var shortfall = TargetCalculator.Shortfall(threshold, n, d);
        var value = denominator is null || threshold.Unit == ThresholdUnit.Count ? n : threshold.Unit == ThresholdUnit.Times ? (decimal)n / d : 100m * n / d;
        var achieved = Achieved(indicator, threshold, value);
        var atStrictBound = !met && achieved is >= 100m;
        if (atStrictBound)
        {
            // Exactly 90% against "trên 90%": the value equals the target but does not meet it; "100% achieved" beside NotMet would mislead.
            achieved = null;
        }
        var shown = Show(value, denominator is null ? ThresholdUnit.Count : threshold.Unit);
        var figure = denominator is null ? $"{n}{figures.Period}" : $"{n} of {d} = {shown}";
        var figureVi = denominator is null ? $"{n}{figures.PeriodVi}" : $"{n}/{d} = {Show(value, threshold.Unit, vi: true)}";
        var en = $"{prefix}{figure} in {year}; {threshold} {(fewer ? "allows at most" : "needs")} {Least(least, "an impossible count")}"
            + (shortfall is > 0 ? (fewer ? $", {shortfall} over" : $", {shortfall} more needed") : string.Empty)
            + (atStrictBound ? "; at the threshold itself, which it does not meet" : string.Empty)
            + (achieved is { } a ? $"; {Percent(a, down: !met)} of the target achieved{(indicator.Baseline is { } b ? $" from the baseline {Plain(b.Value)} in {b.Year}" : string.Empty)}" : string.Empty)
            + (zeroed.Length > 0 ? $" ({zeroed} not reported: counted as 0)" : string.Empty);
        var vi = $"{prefixVi}{figureVi} năm {year}; {Vietnamese.Of(threshold)} {(fewer ? "cho phép tối đa" : "cần")} {Least(least, "số không thể đạt")}"
            + (shortfall is > 0 ? (fewer ? $", vượt {shortfall}" : $", còn thiếu {shortfall}") : string.Empty)
            + (atStrictBound ? "; bằng đúng ngưỡng, chưa đạt" : string.Empty)
            + (achieved is { } av ? $"; đạt {Percent(av, vi: true, down: !met)} mục tiêu{(indicator.Baseline is { } bv ? $" so với mức cơ sở {Plain(bv.Value).Replace('.', ',')} năm {bv.Year}" : string.Empty)}" : string.Empty)
            + (zeroed.Length > 0 ? $" ({zeroed} chưa báo cáo: tính là 0)" : string.Empty);
        return new IndicatorResult(indicator, target, status, year, n, denominator, value, least, shortfall, achieved,
            Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));
    }

    /// <summary>"2 of 3 units reported, incomplete: …": what an officer reads before the total.</summary>
    private static (string En, string Vi) Completeness(Pool pool)
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
            vi.Add($"{gap.Unit} chưa báo cáo \"{gap.Element}\"");
        }

        foreach (var gap in pool.Impossible)
        {
            en.Add($"{gap.Unit}'s figures cannot be ({gap.Numerator} of {gap.Denominator}: the part is above its whole), left out");
            vi.Add($"số liệu của {gap.Unit} không thể đúng ({gap.Numerator}/{gap.Denominator}: phần lớn hơn tổng), không được tính");
        }

        foreach (var gap in pool.ZeroFilled)
        {
            en.Add($"{gap.Unit} did not report \"{gap.Element}\", counted as 0");
            vi.Add($"{gap.Unit} chưa báo cáo \"{gap.Element}\", tính là 0");
        }

        var complete = pool.Missing.IsEmpty && pool.Impossible.IsEmpty;
        var head = $"{pool.Reported} of {pool.Expected} unit(s) in the total, {(complete ? "complete" : "incomplete")}";
        var headVi = $"{pool.Reported}/{pool.Expected} đơn vị được tính, {(complete ? "đủ số liệu" : "chưa đủ số liệu")}";
        return (en.Count == 0 ? head : $"{head}: {string.Join("; ", en)}", vi.Count == 0 ? headVi : $"{headVi}: {string.Join("; ", vi)}");
    }

    /// <summary>
    /// A ratio pooled unit by unit for a year: a unit's missing figure follows the indicator's strategy for that unit
    /// (left out, or counted as 0), and a unit whose part is above its whole is left out; the rest are summed.
    /// </summary>
    private static Figures Pooled(ReportedTotals totals, string numerator, string numeratorName, string denominator, string denominatorName,
        int year, MissingValueStrategy strategy, bool partOfWhole)
    {
        var units = totals.UnitsReporting(year, numerator, denominator);
        var missing = ImmutableArray.CreateBuilder<UnitGap>();
        var impossible = ImmutableArray.CreateBuilder<UnitGap>();
        var zeroFilled = ImmutableArray.CreateBuilder<UnitGap>();
        long n = 0, d = 0;
        var pooled = 0;
        foreach (var unit in units)
        {
            var un = totals.Value(unit, year, numerator);
            var ud = totals.Value(unit, year, denominator);
            if (un is null || ud is null)
            {
                var gap = new UnitGap(unit, un is null ? numeratorName : denominatorName, un, ud);
                if (strategy == MissingValueStrategy.SkipIfAnyMissing)
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

    /// <summary>The year whose figures count, and whether it has ended as of the date.</summary>
    private static (int Year, bool Ended) YearFor(Horizon horizon, LocalDate asOf)
    {
        // A year has ended on its last day: "by 2020" is judged as of 31 December 2020.
        var lastEnded = Time.Years.LastEnded(asOf);
        if (horizon.Kind == HorizonKind.By)
        {
            return lastEnded >= horizon.Year ? (horizon.Year, true) : (Math.Min(asOf.Year, horizon.Year), false);
        }

        return lastEnded >= horizon.Year ? (lastEnded, true) : (asOf.Year, false);
    }

    /// <summary>The numerator and (for ratios) the denominator of an indicator for a year, null where not reported.</summary>
    private static Figures Figures(Plan plan, Indicator indicator, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        switch (indicator.Metric)
        {
            case ReportedRatioMetric r:
                var denominator = r.Denominator ?? MetricElements.ParentNumerator(plan, indicator);
                if (denominator is null)
                {
                    return new Figures(null, r.Numerator, Unstated: ("\"of which\" without a parent ratio", "\"trong đó\" không có chỉ tiêu cha"));
                }

                if (PlanAreaFigures.Combine(plan, r.Numerator) == ElementCombine.PlanArea || PlanAreaFigures.Combine(plan, denominator) == ElementCombine.PlanArea)
                {
                    // A plan-area figure is never pooled with units' figures: the ratio is the plan area's, as one unit.
                    return PlanAreaFigures.AsOneUnit(plan, totals, year, r.Numerator, denominator, out var conflict) is { } area
                        ? Pooled(area, r.Numerator, r.Numerator, denominator, denominator, year, indicator.Missing, PartOfWhole(indicator))
                        : new Figures(null, r.Numerator, Unstated: ($"\"{conflict}\" is one figure for the plan area, but more than one unit reported it for {year}", $"\"{conflict}\" là một số liệu cho cả địa bàn nhưng có hơn một đơn vị báo cáo năm {year}"));
                }

                return Pooled(totals, r.Numerator, r.Numerator, denominator, denominator, year, indicator.Missing, PartOfWhole(indicator));
            case CaseRatioMetric cases:
                // Counted under the tally's keys; named in explanations by their conditions.
                var parent = indicator.OfWhich is { } key ? plan.FindIndicator(key) : null;
                var of = parent is null ? MetricElements.CaseDenominator(indicator.Key) : MetricElements.CaseNumerator(parent.Key);
                var ofName = parent?.Metric is CaseRatioMetric p ? $"cases meeting {p.Numerator}" : cases.Denominator is { } d ? $"cases meeting {d}" : "cases";
                // Counted together from the same cases: a unit with cases has both counts, and the part is never above its whole.
                return Pooled(totals, MetricElements.CaseNumerator(indicator.Key), $"cases meeting {cases.Numerator}", of, ofName, year, indicator.Missing, partOfWhole: true);
            case UnitCoverageMetric { Total: { } total } c:
                // The number of units is the plan's own, never missing and never 0: it needs no name.
                return new Figures(PlanAreaFigures.Combine(plan, c.Covered) == ElementCombine.PlanArea && totals.UnitsReporting(year, c.Covered, null).Count > 1 ? null : totals.Total(c.Covered, year), c.Covered, total, HasDenominator: true);
            case UnitCoverageMetric c:
                return new Figures(null, c.Covered, Unstated: ($"the number of {c.Level.Key} units is not stated", $"không nêu số đơn vị {c.Level.Key}"));
            case EventCountMetric { Per: FrequencyUnit.Year } e:
                return new Figures(totals.Total(MetricElements.Task(e.Task), year), e.Task, Period: $" time(s) \"{e.Task}\" was done", PeriodVi: $" lần thực hiện \"{e.Task}\"");
            default:
                return PerPeriod((EventCountMetric)indicator.Metric, totals, year, ended, asOf);
        }
    }

    /// <summary>
    /// "At least once a month": the fewest completions in any ended month (or quarter) of the year; at most 12 months
    /// (4 quarters) end in a year.
    /// </summary>
    private static Figures PerPeriod(EventCountMetric e, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        var monthsEnded = ended ? 12 : asOf.Month - 1 + (asOf.PlusDays(1).Month != asOf.Month ? 1 : 0);
        var endedPeriods = e.Per == FrequencyUnit.Month ? monthsEnded : monthsEnded / 3;
        var name = e.Per == FrequencyUnit.Month ? "month" : "quarter";
        var nameVi = e.Per == FrequencyUnit.Month ? "tháng" : "quý";
        if (totals.Total(MetricElements.Task(e.Task), year) is null || endedPeriods == 0)
        {
            return new Figures(null, e.Task);
        }

        var fewest = long.MaxValue;
        var worst = 1;
        for (var p = 1; p <= endedPeriods; p++)
        {
            var count = totals.Total(MetricElements.TaskPeriod(e.Task, e.Per, p), year) ?? 0;
            if (count < fewest)
            {
                (fewest, worst) = (count, p);
            }
        }

        return new Figures(fewest, e.Task,
            Period: $" time(s) \"{e.Task}\" was done in {name} {worst}, the fewest of the {endedPeriods} ended",
            PeriodVi: $" lần thực hiện \"{e.Task}\" trong {nameVi} {worst}, ít nhất trong {endedPeriods} {nameVi} đã qua");
    }

    private static decimal? Achieved(Indicator indicator, Threshold threshold, decimal value)
    {
        var target = threshold.Value;
        if (indicator.Baseline is { } baseline)
        {
            return target == baseline.Value ? null : 100m * (value - baseline.Value) / (target - baseline.Value);
        }

        return indicator.Direction == Direction.Increase && target != 0 ? 100m * value / target : null;
    }

    private static IndicatorResult Result(Indicator indicator, Target target, IndicatorStatus status, int? year, long? numerator, long? denominator, string en, string vi) =>
        new(indicator, target, status, year, numerator, denominator, null, null, null, null, Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));

    private static string Sentence(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        $"{indicator.Key} ({target.Threshold} {target.Horizon}): {status}: {detail}. Source: «{indicator.Source}»";

    private static string SentenceVi(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        $"{indicator.Key} ({Vietnamese.Of(target.Threshold)} {Vietnamese.Of(target.Horizon)}): {Vietnamese.Of(status)}: {detail}. Nguồn: «{indicator.Source}»";

    private static string Least(long? count, string impossible) => count is { } c ? c.ToString(CultureInfo.InvariantCulture) : impossible;

    /// <summary>A value in its threshold's unit: "96.2%", "1.5 times" or a count; Vietnamese with a decimal comma and "lần".</summary>
    internal static string Show(decimal value, ThresholdUnit unit, bool vi = false)
    {
        var text = unit switch
        {
            ThresholdUnit.Times => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + " times",
            ThresholdUnit.Count => value.ToString("0", CultureInfo.InvariantCulture),
            _ => Percent(value),
        };
        return vi ? text.Replace(" times", " lần", StringComparison.Ordinal).Replace('.', ',') : text;
    }

    /// <summary>A percentage to one decimal: "89.2%" (Vietnamese "89,2%").</summary>
    /// <remarks>
    /// <paramref name="down"/> is for a target not met: 99.96% of the target reads "99.9%", never a "100%" beside NotMet.
    /// </remarks>
    internal static string Percent(decimal value, bool vi = false, bool down = false)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        rounded = down && rounded >= 100m && value < 100m ? 99.9m : rounded;
        var text = rounded.ToString("0.#", CultureInfo.InvariantCulture) + "%";
        return vi ? text.Replace('.', ',') : text;
    }

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
