namespace Gbv.Domain.Cases;

/// <summary>The sex recorded for a survivor.</summary>
public enum Sex
{
    /// <summary>Female ("nữ").</summary>
    Female = 0,

    /// <summary>Male ("nam").</summary>
    Male,

    /// <summary>Another sex or gender recorded by the case worker.</summary>
    Other,
}
