namespace Gbv.Domain.Indicators;

/// <summary>How a target's year is read.</summary>
public enum HorizonKind
{
    /// <summary>Reached by the end of the year ("phấn đấu đến năm 2020").</summary>
    By = 0,

    /// <summary>Held every year from that year on ("từ năm 2025").</summary>
    From,
}
