namespace Gbv.Domain.Tasks;

/// <summary>How often a task is carried out, as the plan states it.</summary>
public enum Recurrence
{
    /// <summary>The plan does not say.</summary>
    Unspecified = 0,

    /// <summary>Once, in a given year or window.</summary>
    Once,

    /// <summary>Every month ("hàng tháng").</summary>
    Monthly,

    /// <summary>Every quarter ("hàng quý").</summary>
    Quarterly,

    /// <summary>Every year ("hàng năm").</summary>
    Annual,

    /// <summary>Ongoing throughout the period ("thường xuyên").</summary>
    Continuous,
}
