namespace Gbv.Domain.Referrals;

/// <summary>How urgently a referral must be made. Ordered: a higher value is more urgent.</summary>
public enum Urgency
{
    /// <summary>In the normal course of case management.</summary>
    Routine = 0,

    /// <summary>Today: within hours.</summary>
    Urgent,

    /// <summary>Now: a life, health or time-critical treatment is at stake.</summary>
    Emergency,
}
