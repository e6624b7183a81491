using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Diagnostics of plans read together (GBV2004, GBV2007-2009): parents that are missing, cycles, repeated ids. Ids
/// are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class PlanSetDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV2004: a parent plan id that no loaded plan has.</summary>
    public static DiagnosticDescriptor UnknownParentPlan { get; } = new("GBV2004", W, "Parent plan not loaded",
        "The parent plan \"{0}\" is not among the plans loaded; load it with this plan to check one against the other{1}", "Kế hoạch cấp trên \"{0}\" không nằm trong các kế hoạch được nạp; hãy nạp cùng kế hoạch này để đối chiếu{1}");

    /// <summary>GBV2007: plans that implement each other in a cycle.</summary>
    public static DiagnosticDescriptor ParentCycle { get; } = new("GBV2007", E, "Parent plans form a cycle",
        "Plans implement each other in a cycle: {0}", "Các kế hoạch thực hiện lẫn nhau thành vòng lặp: {0}");

    /// <summary>GBV2008: two loaded plans with the same id.</summary>
    public static DiagnosticDescriptor DuplicatePlanId { get; } = new("GBV2008", E, "Duplicate plan id",
        "The plan id \"{0}\" is also used by {1}", "Mã kế hoạch \"{0}\" đã được dùng bởi {1}");

    /// <summary>GBV2009: a child plan's report due after the parent plan's report it feeds.</summary>
    public static DiagnosticDescriptor DeadlineChain { get; } = new("GBV2009", W, "Deadline after the parent's",
        "{0}'s \"{1}\" report for {2} is on time until {3}, but {4}'s \"{5}\" report for the same period must be in by {6}: it cannot be consolidated in time", "Báo cáo \"{1}\" kỳ {2} của {0} đúng hạn đến {3}, nhưng báo cáo \"{5}\" cùng kỳ của {4} phải nộp trước hết ngày {6}: không kịp tổng hợp");

    /// <summary>GBV2221: an indicator that implements a parent indicator the loaded parent plan does not have.</summary>
    public static DiagnosticDescriptor UnknownParentIndicator { get; } = new("GBV2221", E, "Parent indicator not found",
        "The indicator \"{0}\" implements \"{1}#{2}\", but the plan \"{1}\" has no indicator \"{2}\": nothing could be compared{3}", "Chỉ tiêu \"{0}\" thực hiện \"{1}#{2}\", nhưng kế hoạch \"{1}\" không có chỉ tiêu \"{2}\": không có gì để đối chiếu{3}");

    /// <summary>GBV2222: an indicator that implements a plan the child's references do not name.</summary>
    public static DiagnosticDescriptor ImplementsUnreferencedPlan { get; } = new("GBV2222", E, "Implemented plan not in the references",
        "The indicator \"{0}\" implements an indicator of \"{1}\", but no reference of this plan names the plan \"{1}\"{2}; add it to \"references\" (\"relation\": \"implements\", \"plan\": \"{1}\")", "Chỉ tiêu \"{0}\" thực hiện một chỉ tiêu của \"{1}\", nhưng không tài liệu viện dẫn nào của kế hoạch này là kế hoạch \"{1}\"{2}; hãy thêm vào \"references\" (\"relation\": \"implements\", \"plan\": \"{1}\")");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnknownParentPlan, ParentCycle, DuplicatePlanId, DeadlineChain, UnknownParentIndicator,
        ImplementsUnreferencedPlan,
    ];
}
