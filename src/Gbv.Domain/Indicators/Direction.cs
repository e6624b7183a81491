namespace Gbv.Domain.Indicators;

/// <summary>Which way an indicator should move: up to a lower bound ("trên 90%") or down to an upper bound ("không quá 1,5 lần").</summary>
public enum Direction
{
    /// <summary>Higher is better: the targets are lower bounds (more than, at least, all).</summary>
    Increase = 0,

    /// <summary>Lower is better: the targets are upper bounds (at most, less than).</summary>
    Decrease,
}
