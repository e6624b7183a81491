namespace Gbv.Domain.Evaluation;

/// <summary>
/// A case-ratio indicator's counts in one group of cases (children under 16, people of 16 and over, women, men), in the
/// year its result is from: full figures, as the data are; the printed report protects the small ones.
/// </summary>
/// <param name="Indicator">The indicator's key.</param>
/// <param name="Year">The year counted.</param>
/// <param name="Group">"child", "adult", "female" or "male".</param>
/// <param name="Numerator">The cases of the group in the numerator, or null when none was counted.</param>
/// <param name="Denominator">The cases of the group in the denominator, or null when none was counted.</param>
public sealed record CaseGroupCount(string Indicator, int Year, string Group, decimal? Numerator, decimal? Denominator)
{
    /// <summary>The indicator's key.</summary>
    public string Indicator { get; init; } = Indicator ?? throw new ArgumentNullException(nameof(Indicator));

    /// <summary>"child", "adult", "female" or "male".</summary>
    public string Group { get; init; } = Group ?? throw new ArgumentNullException(nameof(Group));
}
