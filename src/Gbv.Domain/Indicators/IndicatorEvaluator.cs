using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Indicators;

/// <summary>
/// Evaluates a plan's indicators on reported figures as of a date: a pure function of (plan, totals, date).
/// </summary>
/// <remarks>
/// <para>Which year counts: for a target "by Y", year Y once it has ended (on 31 December), otherwise the current year so far (before
/// the horizon: <see cref="IndicatorStatus.OnTrack"/> or <see cref="IndicatorStatus.AtRisk"/>). For "from Y", the last
/// ended year from Y on, otherwise the current year so far.</para>
/// <para>"Of which" (trong đó): the denominator is the parent indicator's numerator.</para>
/// <para>This version evaluates reported ratios and unit coverage. Indicators measured over cases or task records
/// are reported with status <see cref="IndicatorStatus.NoData"/> and an explanation saying so.</para>
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

    private static IndicatorResult Evaluate(Plan plan, Indicator indicator, Target target, ReportedTotals totals, LocalDate asOf)
    {
        var (year, ended) = YearFor(target.Horizon, asOf);
        if (Elements(plan, indicator) is not var (numeratorElement, denominatorElement, fixedTotal))
        {
            return Result(indicator, target, IndicatorStatus.NoData, null, null, null,
                "measured over case or task records, which this evaluation does not read",
                "đo trên hồ sơ vụ việc hoặc hoạt động, không có trong số liệu báo cáo");
        }

        var numerator = totals.Total(numeratorElement, year);
        var denominator = fixedTotal ?? (denominatorElement is null ? null : totals.Total(denominatorElement, year));
        if (denominator is null)
        {
            return ended
                ? Result(indicator, target, IndicatorStatus.NoData, year, numerator, null, $"no unit reported \"{denominatorElement}\" for {year}", $"không đơn vị nào báo cáo \"{denominatorElement}\" năm {year}")
                : Result(indicator, target, IndicatorStatus.NotDue, year, numerator, null, $"nothing reported yet for {year}; the target is {target.Horizon}", $"chưa có số liệu năm {year}; mục tiêu là {Vi(target.Horizon)}");
        }

        if (denominator == 0)
        {
            return Result(indicator, target, IndicatorStatus.NotApplicable, year, numerator, 0, $"the denominator \"{denominatorElement}\" is 0 for {year}", $"mẫu số \"{denominatorElement}\" bằng 0 năm {year}");
        }

        var d = denominator.Value;
        var n = Math.Min(numerator ?? 0, long.MaxValue);
        var met = TargetCalculator.IsMet(target.Threshold, n, d);
        var status = ended ? (met ? IndicatorStatus.Met : IndicatorStatus.NotMet) : (met ? IndicatorStatus.OnTrack : IndicatorStatus.AtRisk);
        var least = TargetCalculator.MinimumCount(target.Threshold, d);
        var shortfall = TargetCalculator.Shortfall(target.Threshold, n, d);
        var value = target.Threshold.Unit == ThresholdUnit.Times ? (decimal)n / d : 100m * n / d;
        var shown = Show(value, target.Threshold.Unit);
        var en = $"{n} of {d} = {shown} in {year}; {target.Threshold} needs {(least is { } l ? l.ToString(CultureInfo.InvariantCulture) : "an impossible count")}"
            + (shortfall is > 0 ? $", {shortfall} {(target.Threshold.Comparison is Comparison.AtMost or Comparison.LessThan ? "fewer" : "more")} needed" : string.Empty)
            + (numerator is null ? $" (\"{numeratorElement}\" not reported: counted as 0)" : string.Empty);
        var vi = $"{n}/{d} = {shown.Replace('.', ',')} năm {year}; {Vi(target.Threshold)} cần {(least is { } lv ? lv.ToString(CultureInfo.InvariantCulture) : "số không thể đạt")}"
            + (shortfall is > 0 ? $", còn thiếu {shortfall}" : string.Empty)
            + (numerator is null ? $" (\"{numeratorElement}\" chưa báo cáo: tính là 0)" : string.Empty);
        return new IndicatorResult(indicator, target, status, year, numerator, d, value, least, shortfall,
            Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));
    }

    /// <summary>The year whose figures count, and whether it has ended as of the date.</summary>
    private static (int Year, bool Ended) YearFor(Horizon horizon, LocalDate asOf)
    {
        // A year has ended on its last day: "by 2020" is judged as of 31 December 2020.
        var lastEnded = asOf.Month == 12 && asOf.Day == 31 ? asOf.Year : asOf.Year - 1;
        if (horizon.Kind == HorizonKind.By)
        {
            return lastEnded >= horizon.Year ? (horizon.Year, true) : (Math.Min(asOf.Year, horizon.Year), false);
        }

        return lastEnded >= horizon.Year ? (lastEnded, true) : (asOf.Year, false);
    }

    /// <summary>Numerator element, denominator element (or the parent's numerator for "of which"), and a fixed total for coverage.</summary>
    private static (string Numerator, string? Denominator, long? Total)? Elements(Plan plan, Indicator indicator) => indicator.Metric switch
    {
        ReportedRatioMetric r => (r.Numerator, r.Denominator ?? Parent(plan, indicator), null),
        UnitCoverageMetric c => (c.Covered, null, c.Total),
        _ => null,
    };

    private static string? Parent(Plan plan, Indicator indicator) =>
        indicator.OfWhich is { } key && plan.FindIndicator(key)?.Metric is ReportedRatioMetric parent ? parent.Numerator : null;

    private static IndicatorResult Result(Indicator indicator, Target target, IndicatorStatus status, int? year, long? numerator, long? denominator, string en, string vi) =>
        new(indicator, target, status, year, numerator, denominator, null, null, null, Sentence(indicator, target, status, en), SentenceVi(indicator, target, status, vi));

    private static string Sentence(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        $"{indicator.Key} ({target.Threshold} {target.Horizon}): {status}: {detail}. Source: «{indicator.Source}»";

    private static string SentenceVi(Indicator indicator, Target target, IndicatorStatus status, string detail) =>
        $"{indicator.Key} ({Vi(target.Threshold)} {Vi(target.Horizon)}): {Vi(status)}: {detail}. Nguồn: «{indicator.Source}»";

    private static string Show(decimal value, ThresholdUnit unit) =>
        unit == ThresholdUnit.Times
            ? Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + " times"
            : Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Vi(Horizon horizon) => horizon.Kind == HorizonKind.By ? $"đến năm {horizon.Year}" : $"từ năm {horizon.Year}";

    private static string Vi(Threshold threshold)
    {
        var value = threshold.Value.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',')
            + threshold.Unit switch { ThresholdUnit.Percent => "%", ThresholdUnit.Times => " lần", _ => string.Empty };
        return threshold.Comparison switch
        {
            Comparison.MoreThan => $"trên {value}",
            Comparison.AtLeast => $"tối thiểu {value}",
            Comparison.AtMost => $"không quá {value}",
            Comparison.LessThan => $"dưới {value}",
            _ => threshold.Unit == ThresholdUnit.Percent ? "100%" : $"toàn bộ ({value})",
        };
    }

    private static string Vi(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "đạt",
        IndicatorStatus.NotMet => "không đạt",
        IndicatorStatus.OnTrack => "đang đạt",
        IndicatorStatus.AtRisk => "có nguy cơ không đạt",
        IndicatorStatus.NotDue => "chưa đến hạn",
        IndicatorStatus.NoData => "không có số liệu",
        _ => "không áp dụng",
    };
}
