namespace Gbv.Domain.Indicators;

/// <summary>How the figures of a data element from several units make the plan's figure.</summary>
public enum ElementCombine
{
    /// <summary>
    /// Each unit reports its own count and the plan's figure is their sum (cases detected by each commune). The default:
    /// a unit's figure is pooled with the other units' figures of the same indicator, unit by unit.
    /// </summary>
    Sum = 0,

    /// <summary>
    /// One figure for the whole plan area, never summed with units' figures ("plan-area"): a survey's count for the
    /// district, or a figure only the issuing agency holds. Exactly one unit reports it for a year; a second unit
    /// reporting it for the same year makes that year's figure unknown (GBV4012), since a commune's count added to the
    /// district's count of the same thing counts those people twice.
    /// </summary>
    PlanArea,
}
