namespace Gbv.Domain.Indicators;

/// <summary>Whether a child plan's indicator is at least as strict as the parent's it carries out.</summary>
public enum ConformanceVerdict
{
    /// <summary>For the parent's target, the child has a target at least as strict, by the same horizon or earlier.</summary>
    Conforms = 0,

    /// <summary>The child's targets are looser, later, or missing for the parent's target.</summary>
    Looser,

    /// <summary>The two cannot be compared (different units, or the parent indicator does not exist).</summary>
    NotComparable,
}
