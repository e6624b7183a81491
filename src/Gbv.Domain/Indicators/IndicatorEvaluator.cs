using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Indicators;

/// <summary>
/// Evaluates a plan's indicators as of a date: a pure function of (plan, totals, date). The totals hold reported
/// figures (<see cref="ReportedTotals.From"/>), counts from case records (<see cref="CaseTally{T}"/>) and task
/// completions (<see cref="ReportedTotals.FromTaskCompletions"/>), merged.
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
        var figures = Figures(plan, indicator, totals, year, ended, asOf);
        if (figures.Unstated is { } why)
        {
            return Result(indicator, target, IndicatorStatus.NoData, null, null, null, why.En, why.Vi);
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

        var skip = indicator.Missing switch
        {
            MissingValueStrategy.SkipIfAnyMissing => missing.Count > 0,
            MissingValueStrategy.SkipIfAllMissing => missing.Count == (figures.HasDenominator ? 2 : 1),
            _ => false,
        };
        var names = string.Join(", ", missing.Select(m => $"\"{m}\""));
        if (skip)
        {
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, figures.Numerator, figures.Denominator, $"{names} not reported for {year}", $"chưa có số liệu {names} năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, figures.Numerator, figures.Denominator, $"{names} not reported yet for {year}; the target is {target.Horizon}", $"chưa có số liệu {names} năm {year}; mục tiêu là {Vietnamese.Of(target.Horizon)}");
        }

        var n = figures.Numerator ?? 0;
        long? denominator = figures.HasDenominator ? figures.Denominator ?? 0 : null;
        if (denominator == 0)
        {
            return Result(indicator, target, IndicatorStatus.NotApplicable, year, n, 0, $"the denominator \"{figures.DenominatorName}\" is 0 for {year}", $"mẫu số \"{figures.DenominatorName}\" bằng 0 năm {year}");
        }

        // A count has no denominator: the threshold compares the count itself (the calculator ignores the 1).
        var d = denominator ?? 1;
        var threshold = target.Threshold;
        var met = TargetCalculator.IsMet(threshold, n, d);
        var status = ended ? (met ? IndicatorStatus.Met : IndicatorStatus.NotMet) : (met ? IndicatorStatus.OnTrack : IndicatorStatus.AtRisk);
        var least = TargetCalculator.MinimumCount(threshold, d);
        var shortfall = TargetCalculator.Shortfall(threshold, n, d);
        var value = denominator is null || threshold.Unit == ThresholdUnit.Count ? n : threshold.Unit == ThresholdUnit.Times ? (decimal)n / d : 100m * n / d;
        var achieved = Achieved(indicator, threshold, value);
        var shown = Show(value, denominator is null ? ThresholdUnit.Count : threshold.Unit);
        var figure = denominator is null ? $"{n}{figures.Period}" : $"{n} of {d} = {shown}";
        var figureVi = denominator is null ? $"{n}{figures.PeriodVi}" : $"{n}/{d} = {Show(value, threshold.Unit, vi: true)}";
        var fewer = threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
        var en = $"{figure} in {year}; {threshold} {(fewer ? "allows at most" : "needs")} {Least(fewer ? TargetCalculator.MaximumCount(threshold, d) : least, "an impossible count")}"
            + (shortfall is > 0 ? $", {shortfall} {(fewer ? "fewer" : "more")} needed" : string.Empty)
            + (achieved is { } a ? $"; {Percent(a)} of the target achieved{(indicator.Baseline is { } b ? $" from the baseline {Plain(b.Value)} in {b.Year}" : string.Empty)}" : string.Empty)
            + (missing.Count > 0 ? $" ({names} not reported: counted as 0)" : string.Empty);
        var vi = $"{figureVi} năm {year}; {Vietnamese.Of(threshold)} {(fewer ? "cho phép tối đa" : "cần")} {Least(fewer ? TargetCalculator.MaximumCount(threshold, d) : least, "số không thể đạt")}"
            + (shortfall is > 0 ? $", còn thiếu {shortfall}" : string.Empty)
            + (achieved is { } av ? $"; đạt {Percent(av, vi: true)} mục tiêu{(indicator.Baseline is { } bv ? $" so với mức cơ sở {Plain(bv.Value).Replace('.', ',')} năm {bv.Year}" : string.Empty)}" : string.Empty)
            + (missing.Count > 0 ? $" ({names} chưa báo cáo: tính là 0)" : string.Empty);
        return new IndicatorResult(indicator, target, status, year, n, denominator, value, least, shortfall, achieved,
            Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));
    }

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
                return denominator is null
                    ? new Figures(null, r.Numerator, Unstated: ("\"of which\" without a parent ratio", "\"trong đó\" không có chỉ tiêu cha"))
                    : new Figures(totals.Total(r.Numerator, year), r.Numerator, totals.Total(denominator, year), denominator, HasDenominator: true);
            case CaseRatioMetric cases:
                // Counted under the tally's keys; named in explanations by their conditions.
                var parent = indicator.OfWhich is { } key ? plan.FindIndicator(key) : null;
                var of = parent is null ? MetricElements.CaseDenominator(indicator.Key) : MetricElements.CaseNumerator(parent.Key);
                var ofName = parent?.Metric is CaseRatioMetric p ? $"cases meeting {p.Numerator}" : cases.Denominator is { } d ? $"cases meeting {d}" : "cases";
                return new Figures(totals.Total(MetricElements.CaseNumerator(indicator.Key), year), $"cases meeting {cases.Numerator}",
                    totals.Total(of, year), ofName, HasDenominator: true);
            case UnitCoverageMetric { Total: { } total } c:
                // The number of units is the plan's own, never missing and never 0: it needs no name.
                return new Figures(totals.Total(c.Covered, year), c.Covered, total, HasDenominator: true);
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
    internal static string Percent(decimal value, bool vi = false)
    {
        var text = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        return vi ? text.Replace('.', ',') : text;
    }

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
