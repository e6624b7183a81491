using System.Reflection;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// Every diagnostic the packages can report: the descriptors of each area class (a public static class whose name
/// ends in "Diagnostics" and that lists its own in <c>All</c>), found by reflection so that a new area is never
/// left out of the catalogue tests.
/// </summary>
internal static class DiagnosticCatalog
{
    public static readonly Assembly[] Packages =
    [
        typeof(Diagnostic).Assembly, typeof(Gbv.Domain.Extraction.PlanExtractor).Assembly, typeof(Gbv.Domain.Testing.PlanAssert).Assembly,
    ];

    /// <summary>The area classes, such as ReadingDiagnostics and ValidationDiagnostics.</summary>
    public static IReadOnlyList<Type> Areas { get; } =
    [
        .. Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Diagnostics", StringComparison.Ordinal) && t.GetProperty("All") is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. Areas.SelectMany(t => (IEnumerable<DiagnosticDescriptor>)t.GetProperty("All")!.GetValue(null)!).OrderBy(d => d.Id, StringComparer.Ordinal),
    ];

    /// <summary>The descriptors an area class declares as properties.</summary>
    public static IEnumerable<DiagnosticDescriptor> Declared(Type area) =>
        area.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!);
}
