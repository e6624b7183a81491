namespace Gbv.Domain.Indicators;

/// <summary>How the left side of a consistency rule compares with the right side.</summary>
public enum RuleOperator
{
    /// <summary>Left equals right.</summary>
    Equal = 0,

    /// <summary>Left differs from right.</summary>
    NotEqual,

    /// <summary>Left is less than right.</summary>
    LessThan,

    /// <summary>Left is at most right (≤).</summary>
    AtMost,

    /// <summary>Left is more than right.</summary>
    MoreThan,

    /// <summary>Left is at least right (≥).</summary>
    AtLeast,
}
