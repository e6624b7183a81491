using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
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
public static partial class IndicatorEvaluator
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
        var said = new (string En, string Vi)[]
        {
            Explanations.Both("Every.Head", span),
            missed.Count > 0 ? Explanations.Both("Every.Missed", string.Join(", ", missed)) : Explanations.Both("Every.NoneMissed"),
            noData.Count > 0 ? Explanations.Both("Every.NoData", string.Join(", ", noData)) : (string.Empty, string.Empty),
        };
        var en = string.Concat(said.Select(s => s.En));
        var vi = string.Concat(said.Select(s => s.Vi));
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
        if (indicator.Metric is ReportedRatioMetric { And.IsEmpty: false } joint)
        {
            return JointYear(plan, indicator, joint, target, totals, year, ended, asOf);
        }

        var figures = Figures(plan, indicator, totals, year, ended, asOf);
        var result = Judge(plan, indicator, target, figures, year, ended);
        return figures.Pool is { } pool
            ? result with { UnitsReported = pool.Reported, UnitsExpected = pool.Expected, MissingUnits = pool.Missing, ImpossibleUnits = pool.Impossible, ZeroFilledUnits = pool.ZeroFilled }
            : result;
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
}
