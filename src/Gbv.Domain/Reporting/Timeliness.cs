namespace Gbv.Domain.Reporting;

/// <summary>Where an expected report stands as of a moment.</summary>
public enum Timeliness
{
    /// <summary>Received before the deadline.</summary>
    OnTime = 0,

    /// <summary>Received after the deadline.</summary>
    Late,

    /// <summary>Not received, and the deadline has passed.</summary>
    Missing,

    /// <summary>Not received, and the deadline has not passed yet.</summary>
    NotYetDue,
}
