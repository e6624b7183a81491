using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of the document a plan encodes: its coverage, its completeness, the plan it implements.
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class DocumentDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV2206: coverage that exceeds the number of units.</summary>
    public static DiagnosticDescriptor CoverageAboveTotal { get; } = new("GBV2206", E, "Coverage above total",
        "{0} covered units are more than the {1} there are", "Số đơn vị được bao phủ ({0}) lớn hơn tổng số đơn vị ({1})");

    /// <summary>GBV2284: a plan that names itself as its parent.</summary>
    public static DiagnosticDescriptor OwnParent { get; } = new("GBV2284", E, "Plan is its own parent",
        "The plan \"{0}\" names itself as the plan it implements", "Kế hoạch \"{0}\" tự ghi chính nó là kế hoạch cấp trên");

    /// <summary>GBV2303: a plan file that encodes a source cut short.</summary>
    public static DiagnosticDescriptor IncompleteSource { get; } = new("GBV2303", I, "Incomplete source",
        "The source is incomplete: {0}", "Văn bản gốc không đầy đủ: {0}");

    /// <summary>GBV2304: a source marked incomplete without saying what is missing.</summary>
    public static DiagnosticDescriptor IncompleteWithoutNote { get; } = new("GBV2304", W, "Incomplete without note",
        "The plan is marked incomplete; say in \"note\" what is missing", "Kế hoạch được đánh dấu là không đầy đủ; hãy ghi trong \"note\" phần còn thiếu");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        CoverageAboveTotal, OwnParent, IncompleteSource, IncompleteWithoutNote,
    ];
}
