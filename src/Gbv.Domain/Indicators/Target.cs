namespace Gbv.Domain.Indicators;

/// <summary>A threshold that applies at a horizon: "trên 90% ... đến năm 2020".</summary>
/// <param name="Horizon">When the target applies.</param>
/// <param name="Threshold">The level to reach.</param>
/// <param name="Phrase">The threshold words verbatim from the source ("trên 90%"), or null.</param>
public sealed record Target(Horizon Horizon, Threshold Threshold, string? Phrase)
{
    /// <summary>The level to reach.</summary>
    public Threshold Threshold { get; init; } = Threshold ?? throw new ArgumentNullException(nameof(Threshold));
}
