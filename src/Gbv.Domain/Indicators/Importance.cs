namespace Gbv.Domain.Indicators;

/// <summary>How much a broken consistency rule matters, as DHIS2's rule importance.</summary>
public enum Importance
{
    /// <summary>Worth a look.</summary>
    Low = 0,

    /// <summary>Probably an error in the figures.</summary>
    Medium,

    /// <summary>Certainly an error: the figures cannot all be right.</summary>
    High,
}
