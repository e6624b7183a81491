namespace Gbv.Domain.Referrals;

/// <summary>What a referral's time window is counted from.</summary>
public enum WindowStart
{
    /// <summary>The incident (post-exposure prophylaxis within 72 hours of a rape).</summary>
    Incident = 0,

    /// <summary>The report to the service (the commune must act within 12 hours of receiving the information).</summary>
    Report,
}
