namespace Gbv.Domain.Indicators;

/// <summary>How well a threshold phrase was understood.</summary>
public enum ThresholdPhraseKind
{
    /// <summary>The phrase states its comparison ("trên 90%", "tối thiểu 70%", "100%", "14/14 phường").</summary>
    Exact = 0,

    /// <summary>A bare percentage ("90%") without a comparison word: read as "at least", to be confirmed by the author.</summary>
    Bare,

    /// <summary>The phrase is not understood: never guessed.</summary>
    Unknown,
}
