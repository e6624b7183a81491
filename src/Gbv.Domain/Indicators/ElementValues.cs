namespace Gbv.Domain.Indicators;

/// <summary>What kind of number a data element's figures are.</summary>
public enum ElementValues
{
    /// <summary>
    /// A whole count, 0 or more (victims detected, clubs active): the default. A figure such as 12.5 is refused, never
    /// rounded.
    /// </summary>
    Whole = 0,

    /// <summary>
    /// A decimal figure, 0 or more, such as an average ("số giờ trung bình": 3.5 hours a day) or a rate from a survey. A
    /// decimal element states how units combine (<see cref="ElementCombine"/>): an average or a rate is one figure for the
    /// plan area, because averages summed over units mean nothing; an amount that adds up (hours in total) is summed.
    /// </summary>
    Decimal,
}
