using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of an indicator's targets: horizons, thresholds, and their agreement with the source's words.
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class TargetDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV2201: a threshold no value can meet.</summary>
    public static DiagnosticDescriptor UnsatisfiableThreshold { get; } = new("GBV2201", E, "Threshold cannot be met",
        "The threshold \"{0}\" can never be met", "Ngưỡng \"{0}\" không bao giờ đạt được");

    /// <summary>GBV2202: a percentage outside 0-100, or a negative value.</summary>
    public static DiagnosticDescriptor ThresholdOutOfRange { get; } = new("GBV2202", E, "Threshold out of range",
        "The value {0} is out of range: {1}", "Giá trị {0} nằm ngoài phạm vi: {1}");

    /// <summary>GBV2205: an indicator with no target.</summary>
    public static DiagnosticDescriptor NoTargets { get; } = new("GBV2205", W, "Indicator without target",
        "The indicator \"{0}\" has no target", "Chỉ tiêu \"{0}\" không có mục tiêu");

    /// <summary>GBV2208: a target without exactly one of "by" and "from".</summary>
    public static DiagnosticDescriptor TargetHorizon { get; } = new("GBV2208", E, "Target horizon",
        "A target has exactly one of \"by\" (reach by a year) or \"from\" (hold from a year on)", "Mỗi mục tiêu có đúng một trong \"by\" (đạt vào năm) hoặc \"from\" (duy trì từ năm)");

    /// <summary>GBV2209: a threshold without a value.</summary>
    public static DiagnosticDescriptor ThresholdValue { get; } = new("GBV2209", E, "Threshold without value",
        "The comparison \"{0}\" needs a \"value\"", "Phép so sánh \"{0}\" cần có \"value\"");

    /// <summary>GBV2210: two targets at the same horizon.</summary>
    public static DiagnosticDescriptor DuplicateHorizon { get; } = new("GBV2210", E, "Duplicate horizon",
        "The indicator has two targets {0}", "Chỉ tiêu có hai mục tiêu {0}");

    /// <summary>GBV2212: a threshold phrase that says something else than the structured threshold.</summary>
    public static DiagnosticDescriptor PhraseDisagrees { get; } = new("GBV2212", E, "Phrase and threshold disagree",
        "The phrase \"{0}\" reads as \"{1}\", but the threshold says \"{2}\"", "Cụm từ \"{0}\" có nghĩa \"{1}\", nhưng ngưỡng ghi \"{2}\"");

    /// <summary>GBV2213: a threshold phrase the library does not understand.</summary>
    public static DiagnosticDescriptor PhraseNotUnderstood { get; } = new("GBV2213", W, "Phrase not understood",
        "The phrase \"{0}\" is not a threshold phrase this library reads (\"trên 90%\", \"tối thiểu 70%\", \"100%\", \"14/14 phường\", \"không quá 1,5 lần\"); check the threshold by hand", "Không đọc được cụm từ \"{0}\" (ví dụ: \"trên 90%\", \"tối thiểu 70%\", \"100%\", \"14/14 phường\", \"không quá 1,5 lần\"); hãy kiểm tra ngưỡng");

    /// <summary>GBV2214: a stated direction that a target contradicts.</summary>
    public static DiagnosticDescriptor DirectionDisagrees { get; } = new("GBV2214", W, "Direction disagrees with a target",
        "The indicator is said to {0}, but its target \"{1}\" is {2} bound", "Chỉ tiêu được nêu là {0}, nhưng mục tiêu \"{1}\" là cận {2}");

    /// <summary>GBV2218: a percentage target whose value the indicator's source text does not state.</summary>
    public static DiagnosticDescriptor ThresholdNotInSource { get; } = new("GBV2218", W, "Threshold not in the source",
        "The target's {0}% is not among the percentages the indicator's source states ({1}): check the threshold against the source", "Mục tiêu {0}% không có trong các tỷ lệ mà nguồn của chỉ tiêu nêu ({1}): hãy đối chiếu ngưỡng với nguồn");

    /// <summary>GBV2219: a target phrase that its indicator's source text does not contain.</summary>
    public static DiagnosticDescriptor PhraseNotInSource { get; } = new("GBV2219", W, "Phrase not in the source",
        "The phrase \"{0}\" is not in the indicator's source text: a phrase quotes the source's words", "Cụm từ \"{0}\" không có trong nguồn của chỉ tiêu: cụm từ phải trích nguyên văn nguồn");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnsatisfiableThreshold, ThresholdOutOfRange, NoTargets, TargetHorizon, ThresholdValue, DuplicateHorizon,
        PhraseDisagrees, PhraseNotUnderstood, DirectionDisagrees, ThresholdNotInSource, PhraseNotInSource,
    ];
}
