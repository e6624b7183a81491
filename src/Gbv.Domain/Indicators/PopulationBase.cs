namespace Gbv.Domain.Indicators;

/// <summary>
/// Whom a percentage of people counts among: "50% người gây bạo lực được phát hiện, tư vấn" can be read as half of
/// all perpetrators or half of those detected. The plan states which; the data element of the denominator must count
/// the same people.
/// </summary>
public enum PopulationBase
{
    /// <summary>All of them, known or not (a survey's or an estimate's figure).</summary>
    All = 0,

    /// <summary>Those detected ("được phát hiện"): the cases known to the services.</summary>
    Detected,
}
