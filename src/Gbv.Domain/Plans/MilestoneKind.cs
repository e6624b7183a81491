namespace Gbv.Domain.Plans;

/// <summary>The kind of a dated review in a plan.</summary>
public enum MilestoneKind
{
    /// <summary>A mid-term review ("sơ kết").</summary>
    MidTermReview = 0,

    /// <summary>A final review ("tổng kết").</summary>
    FinalReview,

    /// <summary>An inspection or evaluation ("kiểm tra, đánh giá").</summary>
    Inspection,
}
