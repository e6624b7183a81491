namespace Gbv.Domain.Indicators;

/// <summary>How a value is compared with a threshold. The words of the source are kept exactly.</summary>
public enum Comparison
{
    /// <summary>Strictly more than ("trên 90%"): 90% itself does not meet it.</summary>
    MoreThan = 0,

    /// <summary>At least ("tối thiểu 70%", "ít nhất 70%"): 70% meets it.</summary>
    AtLeast,

    /// <summary>At most ("không quá", "tối đa").</summary>
    AtMost,

    /// <summary>Strictly less than ("dưới").</summary>
    LessThan,

    /// <summary>All ("100%", "14/14 phường"): every member of the denominator.</summary>
    All,
}
