using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of reporting obligations: due rules and data cut-offs (GBV2107-GBV2108, GBV2301-GBV2302).
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class ReportingDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV2107: a deadline that leaves no working day after the data cut-off.</summary>
    public static DiagnosticDescriptor CutOffLeavesNoTime { get; } = new("GBV2107", W, "No working day after the cut-off",
        "The report for {0} has data up to {1} but is on time only until {2}: Decree 09/2019/NĐ-CP asks for at least one working day between the two", "Báo cáo kỳ {0} chốt số liệu đến {1} nhưng chỉ đúng hạn đến {2}: Nghị định 09/2019/NĐ-CP yêu cầu ít nhất một ngày làm việc giữa hai mốc");

    /// <summary>GBV2108: a cut-off that is neither a preset nor a window.</summary>
    public static DiagnosticDescriptor InvalidCutOff { get; } = new("GBV2108", E, "Invalid cut-off",
        "\"cutOff\" {0}", "Thời gian chốt số liệu (\"cutOff\") không hợp lệ: {0}");

    /// <summary>GBV2301: a report whose due day the plan does not state.</summary>
    public static DiagnosticDescriptor DueUnstated { get; } = new("GBV2301", I, "Due day not stated",
        "The plan names the report \"{1}\" ({0}) but not its due day; the calendar cannot place it", "Kế hoạch nêu báo cáo \"{1}\" ({0}) nhưng không nêu hạn nộp; lịch không thể xếp báo cáo này");

    /// <summary>GBV2302: a due rule whose parts do not fit together.</summary>
    public static DiagnosticDescriptor InvalidDueRule { get; } = new("GBV2302", E, "Invalid due rule",
        "The due rule \"{0}\" {1}", "Quy tắc hạn nộp \"{0}\" {1}");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        CutOffLeavesNoTime, InvalidCutOff, DueUnstated, InvalidDueRule,
    ];
}
