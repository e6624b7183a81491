using System.Collections.Immutable;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Indicators;

/// <summary>
/// A consistency rule that did not hold, or could not be checked, for one unit and year: both sides' values, the
/// rule, and the figures that were missing.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Unit">The unit whose figures were checked.</param>
/// <param name="Year">The year.</param>
/// <param name="Left">The left side's value, or null when skipped.</param>
/// <param name="Right">The right side's value, or null when skipped.</param>
/// <param name="Missing">The data elements the unit did not report for the year.</param>
/// <param name="ExplanationEn">The finding in English.</param>
/// <param name="ExplanationVi">The finding in Vietnamese.</param>
public sealed record ConsistencyFinding(
    ConsistencyRule Rule,
    string Unit,
    int Year,
    decimal? Left,
    decimal? Right,
    ImmutableArray<string> Missing,
    string ExplanationEn,
    string ExplanationVi)
{
    /// <summary>The rule.</summary>
    public ConsistencyRule Rule { get; init; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <summary>The unit whose figures were checked.</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>The finding in English.</summary>
    public string ExplanationEn { get; init; } = ExplanationEn ?? throw new ArgumentNullException(nameof(ExplanationEn));

    /// <summary>The finding in Vietnamese.</summary>
    public string ExplanationVi { get; init; } = ExplanationVi ?? throw new ArgumentNullException(nameof(ExplanationVi));

    /// <summary>The explanation in a language: <c>"vi"</c> for Vietnamese, anything else for English.</summary>
    public string Explain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) ? ExplanationVi : ExplanationEn;
    }

    /// <summary>Equal when every field is, the missing elements element by element.</summary>
    public bool Equals(ConsistencyFinding? other) =>
        other is not null && Rule.Equals(other.Rule) && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && Year == other.Year
        && Left == other.Left && Right == other.Right && Sequences.Equal(Missing, other.Missing)
        && string.Equals(ExplanationEn, other.ExplanationEn, StringComparison.Ordinal) && string.Equals(ExplanationVi, other.ExplanationVi, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule.Key, Unit, Year, Left, Right, Sequences.Hash(Missing));
}
