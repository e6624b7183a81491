using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// A joint target ("100% nạn nhân được phát hiện, hỗ trợ và can thiệp kịp thời"): one threshold over several reported
/// figures, each over the same denominator. It is met only when every figure meets it; its status is the worst of
/// theirs, and the explanation gives each.
/// </summary>
public static partial class IndicatorEvaluator
{
    // Worst first: a condition missed decides, then one without data, then one that cannot apply, then one at risk.
    private static readonly IndicatorStatus[] Severity =
    [
        IndicatorStatus.NotMet, IndicatorStatus.NoData, IndicatorStatus.NotApplicable, IndicatorStatus.AtRisk,
        IndicatorStatus.NotDue, IndicatorStatus.OnTrack, IndicatorStatus.Met,
    ];

    /// <summary>The status of a joint target from its conditions' statuses: the worst of them.</summary>
    internal static IndicatorStatus Joint(IEnumerable<IndicatorStatus> statuses) =>
        statuses.OrderBy(s => Array.IndexOf(Severity, s)).First();

    private static IndicatorResult JointYear(Plan plan, Indicator indicator, ReportedRatioMetric joint, Target target, ReportedTotals totals, int year, bool ended, LocalDate asOf)
    {
        var parts = new List<(string Figure, IndicatorResult Result)>(joint.Numerators.Length);
        foreach (var numerator in joint.Numerators)
        {
            var part = new Indicator(indicator.Key, indicator.Title, indicator.Section, indicator.Source, new ReportedRatioMetric(numerator, joint.Denominator),
                indicator.OfWhich, indicator.Targets, indicator.Note, indicator.Implements)
            {
                Missing = indicator.Missing,
                Baseline = indicator.Baseline,
                StatedDirection = indicator.StatedDirection,
                Base = indicator.Base,
            };
            parts.Add((numerator, EvaluateYear(plan, part, target, totals, year, ended, asOf)));
        }

        var status = Joint(parts.Select(p => p.Result.Status));

        // The figures shown are those of the condition that decides: the first with the worst status, and among
        // those the one furthest from the target.
        var decisive = parts.Where(p => p.Result.Status == status).OrderByDescending(p => p.Result.Shortfall ?? 0).First().Result;
        var en = Explanations.Format("Joint.Head", vi: false, parts.Count)
            + string.Join("; ", parts.Select(p => $"\"{p.Figure}\" {p.Result.Status} ({Detail(p.Result.ExplanationEn, Explanations.Get("Result.Source", vi: false))})"));
        var vi = Explanations.Format("Joint.Head", vi: true, parts.Count)
            + string.Join("; ", parts.Select(p => $"\"{ExplanationNames.Figure(plan, p.Figure)}\" {IndicatorWords.Of(p.Result.Status)} ({Detail(p.Result.ExplanationVi, Explanations.Get("Result.Source", vi: true))})"));
        return decisive with
        {
            Indicator = indicator,
            Status = status,
            ExplanationEn = Sentence(indicator, target, status, en),
            ExplanationVi = SentenceVi(indicator, target, status, vi),
        };
    }

    /// <summary>What a part's sentence says after its head ("key (target): Status: ") and before its source.</summary>
    private static string Detail(string sentence, string source)
    {
        var head = sentence.IndexOf("): ", StringComparison.Ordinal);
        var start = head < 0 ? 0 : sentence.IndexOf(": ", head + 3, StringComparison.Ordinal) + 2;
        var end = sentence.LastIndexOf(source, StringComparison.Ordinal);
        return sentence[Math.Max(0, start)..(end < start ? sentence.Length : end)];
    }
}
