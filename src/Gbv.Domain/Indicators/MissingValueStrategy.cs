namespace Gbv.Domain.Indicators;

/// <summary>
/// What to do when figures are missing, as DHIS2's validation rules and indicators do. "Missing" means no unit
/// reported the data element for the period; a reported 0 is a value.
/// </summary>
public enum MissingValueStrategy
{
    /// <summary>Skip when any figure is missing (an indicator is then NoData). The default for indicators: a ratio is never judged on a guessed figure.</summary>
    SkipIfAnyMissing = 0,

    /// <summary>Skip only when every figure is missing; a missing figure among reported ones counts as 0. The default for consistency rules, as in DHIS2.</summary>
    SkipIfAllMissing,

    /// <summary>Never skip: every missing figure counts as 0.</summary>
    NeverSkip,
}
