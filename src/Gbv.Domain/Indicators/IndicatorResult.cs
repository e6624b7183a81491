using System.Collections.Immutable;
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
/// <param name="Numerator">The numerator, or null when not reported: a whole count, or a decimal for a data element whose figures are decimals.</param>
/// <param name="Denominator">The denominator, or null when not reported.</param>
/// <param name="Value">The numerator as a percentage (or ratio) of the denominator, exact, or null.</param>
/// <param name="MinimumCount">The least numerator that meets the target for this denominator; for an upper bound ("at most", "less than") the most it allows; null when no count can, or when the figures are not whole counts (then <see cref="Limit"/> says where the target turns).</param>
/// <param name="Shortfall">How many more are needed, or for an upper bound how many over the most allowed; 0 when met; null when unknown or when the figures are not whole counts.</param>
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
    decimal? Numerator,
    decimal? Denominator,
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

    /// <summary>
    /// How many units the pooled figures come from: the units that reported both figures (for a ratio) and whose figures
    /// can be. Read it before the total: a total of 2 units out of 3 is not the plan area's.
    /// </summary>
    public int UnitsReported { get; init; }

    /// <summary>
    /// The figure at which the target turns, exact (<see cref="TargetCalculator.Limit"/>): 33.3 for "more than 90%" of 37,
    /// 4.25 hours for "at most 1.7 times" 2.5 hours. Null when the target was not judged.
    /// </summary>
    public decimal? Limit { get; init; }

    /// <summary>How many units reported any figure of the indicator for the year.</summary>
    public int UnitsExpected { get; init; }

    /// <summary>
    /// The units left out of the total because a figure is missing (with the default <see cref="MissingValueStrategy.SkipIfAnyMissing"/>),
    /// each with the element it did not report, in ordinal order.
    /// </summary>
    public ImmutableArray<UnitGap> MissingUnits { get; init; } = [];

    /// <summary>
    /// The units left out of the total because their figures cannot be (a part above its whole: more helped than needed
    /// help), each with its figures. The indicator is never judged on them.
    /// </summary>
    public ImmutableArray<UnitGap> ImpossibleUnits { get; init; } = [];

    /// <summary>
    /// The units whose missing figure was counted as 0, as the indicator's strategy (<see cref="MissingValueStrategy.SkipIfAllMissing"/>,
    /// <see cref="MissingValueStrategy.NeverSkip"/>) says.
    /// </summary>
    public ImmutableArray<UnitGap> ZeroFilledUnits { get; init; } = [];

    /// <summary>
    /// For a target "from Y" (every year from Y on), the ended years from Y whose figures did not meet it, in order. A
    /// missed year stays missed: the result is <see cref="IndicatorStatus.NotMet"/> while any is listed.
    /// </summary>
    public ImmutableArray<int> YearsMissed { get; init; } = [];

    /// <summary>For a target "from Y", the ended years from Y with no data (the result is then at best <see cref="IndicatorStatus.NoData"/>).</summary>
    public ImmutableArray<int> YearsWithoutData { get; init; } = [];

    /// <summary>Whether the total holds every unit that reported: no unit left out for a missing or an impossible figure.</summary>
    public bool IsComplete => MissingUnits.IsEmpty && ImpossibleUnits.IsEmpty;

    /// <summary>Only <see cref="IndicatorStatus.Met"/> counts as met: no data and "not applicable" never do.</summary>
    public bool IsMet => Status == IndicatorStatus.Met;

    /// <summary>The explanation in a language: <c>"vi"</c> for Vietnamese, anything else for English.</summary>
    public string Explain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) ? ExplanationVi : ExplanationEn;
    }

    /// <summary>Equal when every figure and explanation is, the lists of units and years element by element.</summary>
    public bool Equals(IndicatorResult? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Indicator.Equals(other.Indicator) && Target.Equals(other.Target) && Status == other.Status && Year == other.Year
                && Numerator == other.Numerator && Denominator == other.Denominator && Value == other.Value && MinimumCount == other.MinimumCount
                && Shortfall == other.Shortfall && PercentAchieved == other.PercentAchieved && Limit == other.Limit
                && string.Equals(ExplanationEn, other.ExplanationEn, StringComparison.Ordinal) && string.Equals(ExplanationVi, other.ExplanationVi, StringComparison.Ordinal)
                && UnitsReported == other.UnitsReported && UnitsExpected == other.UnitsExpected
                && Sequences.Equal(MissingUnits, other.MissingUnits) && Sequences.Equal(ImpossibleUnits, other.ImpossibleUnits)
                && Sequences.Equal(ZeroFilledUnits, other.ZeroFilledUnits) && Sequences.Equal(YearsMissed, other.YearsMissed)
                && Sequences.Equal(YearsWithoutData, other.YearsWithoutData)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator.Key, Target, Status, Year, Numerator, Denominator, Sequences.Hash(MissingUnits), Sequences.Hash(YearsMissed));
}
