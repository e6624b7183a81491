using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Scenarios;

/// <summary>
/// Diagnostics of scenario files (gbv-tests/1) and their runner. Ids are stable; docs/diagnostics.md has an example
/// of each.
/// </summary>
public static class ScenarioDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>GBV1127: a scenario file value of the wrong JSON type.</summary>
    public static DiagnosticDescriptor ScenarioWrongType { get; } = new("GBV1127", E, "Wrong type in a scenario file",
        "This value is not {0}, which the scenario format expects here", "Giá trị này không phải {0} như định dạng kịch bản yêu cầu tại đây");

    /// <summary>GBV2280: a scenario file that checks nothing, or a scenario that expects nothing.</summary>
    public static DiagnosticDescriptor ScenarioChecksNothing { get; } = new("GBV2280", E, "Scenario checks nothing",
        "{0}: a scenario file must check something, or it passes by checking nothing", "{0}: tệp kịch bản phải kiểm tra ít nhất một điều, nếu không nó đạt mà không kiểm tra gì");

    /// <summary>GBV2281: an expectation on an indicator, report, service or agenda entry the plan does not have.</summary>
    public static DiagnosticDescriptor ScenarioUnknownSubject { get; } = new("GBV2281", E, "Expectation on something the plan does not have",
        "The scenario expects something of the {0} \"{1}\", which the plan does not have{2}", "Kịch bản kiểm tra {0} \"{1}\" không có trong kế hoạch{2}");

    /// <summary>GBV2282: bad data inside a scenario (a year or count out of range, a duplicate).</summary>
    public static DiagnosticDescriptor ScenarioBadData { get; } = new("GBV2282", E, "Bad data in a scenario",
        "The scenario's data {0}", "Dữ liệu của kịch bản {0}");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        ScenarioWrongType, ScenarioChecksNothing, ScenarioUnknownSubject, ScenarioBadData,
    ];
}
