namespace Gbv.Domain.Indicators;

/// <summary>Where an indicator stands against one of its targets, as of a date. Only <see cref="Met"/> counts as met.</summary>
public enum IndicatorStatus
{
    /// <summary>The horizon has passed and the target is met.</summary>
    Met = 0,

    /// <summary>The horizon has passed and the target is not met.</summary>
    NotMet,

    /// <summary>Before the horizon, the figures so far already meet the target.</summary>
    OnTrack,

    /// <summary>Before the horizon, the figures so far do not meet the target.</summary>
    AtRisk,

    /// <summary>Before the horizon, with no figures yet: nothing is expected.</summary>
    NotDue,

    /// <summary>The horizon has passed and no unit reported the denominator: not a success.</summary>
    NoData,

    /// <summary>The denominator is zero (no victims detected, say): the target does not apply. Not a success.</summary>
    NotApplicable,
}
