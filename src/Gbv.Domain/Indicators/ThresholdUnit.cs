namespace Gbv.Domain.Indicators;

/// <summary>The unit of a threshold's value.</summary>
public enum ThresholdUnit
{
    /// <summary>A percentage of the denominator, from 0 to 100.</summary>
    Percent = 0,

    /// <summary>A whole count (of units, events or people).</summary>
    Count,

    /// <summary>A ratio between two quantities ("1,5 lần": 1.5 times).</summary>
    Times,
}
