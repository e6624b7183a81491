using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;
using Gbv.Domain.Testing.Localization;
using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of an indicator expectation: status, value, minimum count and shortfall of one target.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Indicator(string scenario, IndicatorExpectationDefinition e, ComplianceReport report)
    {
        Func<bool, string> what = e.Horizon is { } h ? Word("What.IndicatorHorizon", e.Key, h) : Word("What.Indicator", e.Key);
        var candidates = report.Indicators.Where(r => r.Indicator.Key == e.Key && (e.Horizon is null || r.Target.Horizon.Year == e.Horizon)).ToList();
        if (candidates.Count != 1)
        {
            return Check(scenario, false, what, vi => Describe(e, vi),
                candidates.Count == 0 ? Word("Indicator.NoSuch") : Word("Indicator.Ambiguous", candidates.Count), string.Empty, null);
        }

        var r = candidates[0];
        // To the places the expectation states, one at least: 89.2 for 33 of 37, 1.72 for a ratio of 4.3 to 2.5 hours.
        var places = Math.Max(1, e.Value is { } stated ? (int)((decimal.GetBits(stated)[3] >> 16) & 0xFF) : 1);
        var value = r.Value is { } v ? Math.Round(v, places, MidpointRounding.AwayFromZero) : (decimal?)null;
        var passed = (e.Status is null || e.Status == r.Status.ToString())
            && (e.Value is null || e.Value == value)
            && (e.MinimumCount is null || e.MinimumCount == r.MinimumCount)
            && (e.Shortfall is null || e.Shortfall == r.Shortfall)
            && (e.Limit is null || e.Limit == r.Limit);
        // The limit is said where it stands for a least count (decimal figures) or was asked for: counts have their minimum.
        var withLimit = e.Limit is not null || (r.MinimumCount is null && r.Limit is not null);
        string Actual(bool vi) => string.Join(", ", new[]
        {
            W.Format("Part.Status", vi, Status(r.Status.ToString(), vi)),
            W.Format("Part.Value", vi, Show(value, vi)),
            W.Format("Part.Minimum", vi, Show(r.MinimumCount, vi)),
            W.Format("Part.Shortfall", vi, Show(r.Shortfall, vi)),
            withLimit ? W.Format("Part.Limit", vi, Show(r.Limit, vi)) : null,
        }.OfType<string>());
        return Check(scenario, passed, what, vi => Describe(e, vi), Actual, r.ExplanationEn, r.ExplanationVi);
    }

    private static string Describe(IndicatorExpectationDefinition e, bool vi) => string.Join(", ", new[]
    {
        e.Status is { } s ? W.Format("Part.Status", vi, Status(s, vi)) : null,
        e.Value is { } v ? W.Format("Part.Value", vi, W.Number(v, vi)) : null,
        e.MinimumCount is { } m ? W.Format("Part.Minimum", vi, W.Number(m, vi)) : null,
        e.Shortfall is { } f ? W.Format("Part.Shortfall", vi, W.Number(f, vi)) : null,
        e.Limit is { } l ? W.Format("Part.Limit", vi, W.Number(l, vi)) : null,
    }.OfType<string>());

    // An indicator's status in the package's words (the core's Words.resx, as the report says it); English keeps the keyword.
    private static string Status(string status, bool vi) => vi ? Gbv.Domain.Localization.Words.Find("Status." + status, vi) ?? status : status;

    private static string Show(decimal? value, bool vi) => value is { } v ? W.Number(v, vi) : W.Get("Part.None", vi);

    private static string Show(long? value, bool vi) => value is { } v ? W.Number(v, vi) : W.Get("Part.None", vi);
}
