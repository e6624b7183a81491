namespace Gbv.Domain.Cases;

/// <summary>The risk the case worker assessed.</summary>
public enum RiskLevel
{
    /// <summary>Low.</summary>
    Low = 0,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High: serious harm is likely.</summary>
    High,

    /// <summary>The survivor's life or health is threatened.</summary>
    LifeThreatening,
}
