namespace Gbv.Domain.Indicators;

/// <summary>How well a threshold phrase was understood.</summary>
public enum ThresholdPhraseKind
{
    /// <summary>The phrase states its comparison ("trên 90%", "tối thiểu 70%", "100%", "14/14 phường").</summary>
    Exact = 0,

    /// <summary>A bare percentage ("90%") or ratio ("1,7 lần") without a comparison word: only its value and unit are read; the threshold given is the usual reading (at least for a percentage, at most for a ratio), to be confirmed by the author.</summary>
    Bare,

    /// <summary>The phrase is not understood: never guessed.</summary>
    Unknown,
}
