using System.Globalization;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of an indicator expectation: status, value, minimum count and shortfall of one target.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Indicator(string scenario, IndicatorExpectationDefinition e, ComplianceReport report)
    {
        var what = $"indicator {e.Key}" + (e.Horizon is { } h ? $" ({h})" : string.Empty);
        var candidates = report.Indicators.Where(r => r.Indicator.Key == e.Key && (e.Horizon is null || r.Target.Horizon.Year == e.Horizon)).ToList();
        if (candidates.Count != 1)
        {
            return new ScenarioCheck(scenario, what, false, Describe(e), candidates.Count == 0 ? "no such indicator or target" : $"{candidates.Count} targets: give \"horizon\"", string.Empty);
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
        var limit = e.Limit is not null || (r.MinimumCount is null && r.Limit is not null) ? $", limit {Show(r.Limit)}" : string.Empty;
        var actual = $"status {r.Status}, value {Show(value)}, minimum {Show(r.MinimumCount)}, shortfall {Show(r.Shortfall)}{limit}";
        return new ScenarioCheck(scenario, what, passed, Describe(e), actual, r.ExplanationEn);
    }

    private static string Describe(IndicatorExpectationDefinition e) => string.Join(", ", new[]
    {
        e.Status is { } s ? $"status {s}" : null,
        e.Value is { } v ? $"value {v.ToString(CultureInfo.InvariantCulture)}" : null,
        e.MinimumCount is { } m ? $"minimum {m.ToString(CultureInfo.InvariantCulture)}" : null,
        e.Shortfall is { } f ? $"shortfall {f.ToString(CultureInfo.InvariantCulture)}" : null,
        e.Limit is { } l ? $"limit {l.ToString(CultureInfo.InvariantCulture)}" : null,
    }.OfType<string>());

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";

    private static string Show(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";
}
