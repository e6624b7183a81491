using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Evaluation.Reporting;

/// <summary>
/// Diagnostics of submissions checked against the reporting calendar (GBV41xx). Ids are stable; docs/diagnostics.md
/// has an example of each.
/// </summary>
public static class SubmissionDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV4101: the same report submitted twice.</summary>
    public static DiagnosticDescriptor DuplicateSubmission { get; } = new("GBV4101", W, "Duplicate submission",
        "{0} submitted \"{1}\" for {2} more than once ({3}, then {4}); only the first counts", "{0} nộp báo cáo \"{1}\" kỳ {2} nhiều lần ({3}, rồi {4}); chỉ tính lần đầu");

    /// <summary>GBV4102: a submission for a period the obligation has no report for.</summary>
    public static DiagnosticDescriptor SubmissionOutOfPeriod { get; } = new("GBV4102", E, "Submission for no scheduled report",
        "{0} submitted \"{1}\" for {2}, but the obligation calls for reports for {3}; it is not counted", "{0} nộp báo cáo \"{1}\" kỳ {2}, nhưng nghĩa vụ này yêu cầu báo cáo theo {3}; không được tính");

    /// <summary>GBV4103: a submission to an obligation the plan does not have.</summary>
    public static DiagnosticDescriptor UnknownObligation { get; } = new("GBV4103", E, "Unknown reporting obligation",
        "{0} submitted a report for \"{1}\", which the plan does not have, so it is not counted{2}", "{0} nộp báo cáo cho \"{1}\" không có trong kế hoạch nên không được tính{2}");

    /// <summary>GBV4104: a submission from a unit that owes no such report.</summary>
    public static DiagnosticDescriptor UnknownReportingUnit { get; } = new("GBV4104", E, "Unit does not owe this report",
        "{0} submitted \"{1}\", which only {2} owe; it is not counted", "{0} nộp báo cáo \"{1}\", chỉ {2} có nghĩa vụ nộp; không được tính");

    /// <summary>GBV4105: a submission dated before the period it reports on began.</summary>
    public static DiagnosticDescriptor SubmittedBeforePeriod { get; } = new("GBV4105", E, "Submitted before its period began",
        "{0} submitted \"{1}\" for {2} on {3}, before the period began on {4}, which cannot be; it is not counted", "{0} nộp báo cáo \"{1}\" kỳ {2} ngày {3}, trước khi kỳ báo cáo bắt đầu ngày {4}, điều không thể; không được tính");

    /// <summary>GBV2272: a plan whose first year is not stated: reports are due from the earliest year known.</summary>
    public static DiagnosticDescriptor FirstYearUnknown { get; } = new("GBV2272", I, "First year unknown",
        "The plan's first year is not stated ({0}): reports are counted as due from {1}, the earliest year a submission covers or the plan's last year, not before", "Kế hoạch không nêu năm bắt đầu ({0}): báo cáo được tính là phải nộp từ năm {1}, năm sớm nhất có báo cáo gửi đến hoặc năm cuối của kế hoạch, không sớm hơn");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        FirstYearUnknown, DuplicateSubmission, SubmissionOutOfPeriod, UnknownObligation, UnknownReportingUnit, SubmittedBeforePeriod,
    ];
}
