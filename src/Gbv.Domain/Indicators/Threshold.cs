using Gbv.Domain.Localization;

namespace Gbv.Domain.Indicators;

/// <summary>
/// A target level: a <see cref="Comparison"/> and an exact value. "Trên 90%" is (MoreThan, 90, Percent);
/// "100%" is (All, 100, Percent). Values are <see cref="decimal"/>, never binary floating point.
/// </summary>
/// <remarks>
/// Equality is by comparison, unit and numeric value (90 and 90.0 are equal). A threshold can be built that
/// no value can meet (more than 100%): <see cref="IsSatisfiable"/> says so, and the plan validator reports it.
/// </remarks>
public sealed record Threshold
{
    /// <summary>Creates a threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or <see cref="Comparison.All"/> is used with a percentage other than 100.</exception>
    public Threshold(Comparison comparison, decimal value, ThresholdUnit unit = ThresholdUnit.Percent)
    {
        // Negative zero ("-0" in a file) is zero: decimal keeps its sign bit, which ThrowIfNegative would reject.
        value = value == 0m ? 0m : value;
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (comparison == Comparison.All && unit == ThresholdUnit.Percent && value != 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "'All' is 100 percent.");
        }

        Comparison = comparison;
        Value = value;
        Unit = unit;
    }

    /// <summary>The comparison.</summary>
    public Comparison Comparison { get; }

    /// <summary>The value compared with.</summary>
    public decimal Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public ThresholdUnit Unit { get; }

    /// <summary>"All" (100%).</summary>
    public static Threshold All { get; } = new(Comparison.All, 100m);

    /// <summary>
    /// Whether some value can meet the threshold: a percentage more than 100, at least over 100, or less than 0
    /// cannot be met.
    /// </summary>
    public bool IsSatisfiable => Unit != ThresholdUnit.Percent || Comparison switch
    {
        Comparison.MoreThan => Value < 100m,
        Comparison.AtLeast => Value <= 100m,
        Comparison.LessThan => Value > 0m,
        _ => true,
    };

    /// <inheritdoc />
    public bool Equals(Threshold? other) =>
        other is not null && Comparison == other.Comparison && Unit == other.Unit && Value == other.Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Comparison, Unit, Value);

    /// <summary>The threshold in a language: <c>"vi"</c> gives the plans' words ("trên 90%", "tối thiểu 70%", "không quá 1,5 lần"), anything else English.</summary>
    public string Describe(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) ? IndicatorWords.Of(this) : ToString();
    }

    /// <summary>"more than 90%", "at least 70%", "all".</summary>
    public override string ToString() => IndicatorWords.Of(this, vi: false);
}
