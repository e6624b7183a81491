namespace Gbv.Domain.Indicators;

/// <summary>
/// A unit whose figures for an indicator's year are not in its total as reported: a figure missing, or figures that
/// cannot be (a part above its whole).
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Element">The element missing, or for impossible figures the numerator's.</param>
/// <param name="Numerator">The unit's numerator, or null when it did not report it.</param>
/// <param name="Denominator">The unit's denominator, or null when it did not report it (or the indicator has none).</param>
public sealed record UnitGap(string Unit, string Element, decimal? Numerator, decimal? Denominator)
{
    /// <summary>The unit.</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>The element missing, or for impossible figures the numerator's.</summary>
    public string Element { get; init; } = Element ?? throw new ArgumentNullException(nameof(Element));
}
