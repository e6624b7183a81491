namespace Gbv.Domain.Cases;

/// <summary>
/// The six core incident types of the GBV Information Management System (GBVIMS), so that figures line up with
/// international case-management systems. One per incident: the most severe applies.
/// </summary>
public enum IncidentType
{
    /// <summary>Rape.</summary>
    Rape = 0,

    /// <summary>Sexual assault.</summary>
    SexualAssault,

    /// <summary>Physical assault.</summary>
    PhysicalAssault,

    /// <summary>Forced marriage.</summary>
    ForcedMarriage,

    /// <summary>Denial of resources, opportunities or services.</summary>
    DenialOfResources,

    /// <summary>Psychological or emotional abuse.</summary>
    PsychologicalAbuse,
}
