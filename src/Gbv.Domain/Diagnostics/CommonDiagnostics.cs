using System.Collections.Immutable;

namespace Gbv.Domain.Diagnostics;

/// <summary>
/// Diagnostics any reader may report about its own findings, such as stopping after too many problems. Ids are
/// stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class CommonDiagnostics
{
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV1126: more problems in one file than are listed.</summary>
    public static DiagnosticDescriptor TooManyProblems { get; } = new("GBV1126", I, "Too many problems",
        "More than {0} problems in this file; {1} more are not listed: fix these first", "Tệp có hơn {0} lỗi; {1} lỗi khác không được liệt kê: hãy sửa các lỗi này trước");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        TooManyProblems,
    ];
}
