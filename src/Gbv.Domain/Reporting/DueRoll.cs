namespace Gbv.Domain.Reporting;

/// <summary>What happens when the last on-time day is not a working day. Only what the plan states: never assumed.</summary>
public enum DueRoll
{
    /// <summary>The day stays, working day or not (the default).</summary>
    None = 0,

    /// <summary>The last on-time day moves back to the working day before.</summary>
    PreviousWorkingDay,

    /// <summary>The last on-time day moves on to the next working day.</summary>
    NextWorkingDay,
}
