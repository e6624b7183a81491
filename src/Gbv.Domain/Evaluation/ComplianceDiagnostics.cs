using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// Diagnostics of evaluating a plan on data as a whole (GBV40xx). Ids are stable; docs/diagnostics.md has an example
/// of each.
/// </summary>
public static class ComplianceDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>GBV4011: a case whose incident is after its report.</summary>
    public static DiagnosticDescriptor IncidentAfterReport { get; } = new("GBV4011", E, "Incident after its report",
        "Case number {0} in the data has its incident after its report, which cannot be; check its times (it is counted in the year of its report)", "Hồ sơ thứ {0} trong dữ liệu có thời điểm xảy ra sau thời điểm báo tin, điều không thể; hãy kiểm tra thời gian (hồ sơ vẫn được tính vào năm báo tin)");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        IncidentAfterReport,
    ];
}
