using Gbv.Domain.Localization;

namespace Gbv.Domain.Indicators;

/// <summary>
/// An indicator against one of its targets, as of a date, with everything that explains it: the figures, the
/// threshold, the least count that meets it and the shortfall, the year evaluated and the indicator's source text.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Target">The target evaluated.</param>
/// <param name="Status">Where the indicator stands.</param>
/// <param name="Year">The year whose figures were used, or null when none could be.</param>
/// <param name="Numerator">The numerator, or null when not reported.</param>
/// <param name="Denominator">The denominator, or null when not reported.</param>
/// <param name="Value">The numerator as a percentage (or ratio) of the denominator, exact, or null.</param>
/// <param name="MinimumCount">The least numerator that meets the target for this denominator, or null.</param>
/// <param name="Shortfall">How many more (fewer, for an upper bound) are needed; 0 when met; null when unknown.</param>
/// <param name="PercentAchieved">
/// How far the value has come towards the target, in percent, as results frameworks (IATI, Akvo RSR) report it: from
/// the baseline when there is one, (value − baseline) / (target − baseline); else value / target for an increase.
/// Null when it cannot be said (no value, a decrease with no baseline, a target equal to the baseline).
/// </param>
/// <param name="ExplanationEn">The result in English.</param>
/// <param name="ExplanationVi">The result in Vietnamese.</param>
public sealed record IndicatorResult(
    Indicator Indicator,
    Target Target,
    IndicatorStatus Status,
    int? Year,
    long? Numerator,
    long? Denominator,
    decimal? Value,
    long? MinimumCount,
    long? Shortfall,
    decimal? PercentAchieved,
    string ExplanationEn,
    string ExplanationVi)
{
    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; init; } = Indicator ?? throw new ArgumentNullException(nameof(Indicator));

    /// <summary>The target evaluated.</summary>
    public Target Target { get; init; } = Target ?? throw new ArgumentNullException(nameof(Target));

    /// <summary>The result in English.</summary>
    public string ExplanationEn { get; init; } = ExplanationEn ?? throw new ArgumentNullException(nameof(ExplanationEn));

    /// <summary>The result in Vietnamese.</summary>
    public string ExplanationVi { get; init; } = ExplanationVi ?? throw new ArgumentNullException(nameof(ExplanationVi));

    /// <summary>Only <see cref="IndicatorStatus.Met"/> counts as met: no data and "not applicable" never do.</summary>
    public bool IsMet => Status == IndicatorStatus.Met;

    /// <summary>The explanation in a language: <c>"vi"</c> for Vietnamese, anything else for English.</summary>
    public string Explain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) ? ExplanationVi : ExplanationEn;
    }
}
