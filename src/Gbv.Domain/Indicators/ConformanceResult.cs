namespace Gbv.Domain.Indicators;

/// <summary>One linked pair of indicators and one of the parent's targets, with the verdict and why.</summary>
/// <param name="Child">The child plan's indicator.</param>
/// <param name="ParentTarget">The parent's target checked, or null when the parent indicator was not found.</param>
/// <param name="ChildTarget">The child's target that decides the verdict, or null.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Explanation">Both plans, both thresholds and both horizons, in English.</param>
public sealed record ConformanceResult(Indicator Child, Target? ParentTarget, Target? ChildTarget, ConformanceVerdict Verdict, string Explanation)
{
    /// <summary>The child plan's indicator.</summary>
    public Indicator Child { get; init; } = Child ?? throw new ArgumentNullException(nameof(Child));

    /// <summary>Both plans, both thresholds and both horizons, in English.</summary>
    public string Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));

    /// <summary>The same in Vietnamese, the indicators by their titles ("… so với “…” của …"); the English one when not given.</summary>
    public string? ExplanationVi { get; init; }

    /// <summary>The explanation in a language: "vi" (or a culture of it) for Vietnamese, anything else for English.</summary>
    public string Explain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Localization.Languages.IsVietnamese(language) ? ExplanationVi ?? Explanation : Explanation;
    }
}
