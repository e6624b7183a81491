using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of the plan's period and of the years and windows placed in it (GBV2101-GBV2106, GBV2211).
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class PeriodDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV2101: a period that ends before it starts.</summary>
    public static DiagnosticDescriptor PeriodEndsBeforeStart { get; } = new("GBV2101", E, "Period ends before it starts",
        "The period ends in {0}, before it starts in {1}", "Thời kỳ kết thúc năm {0}, trước khi bắt đầu năm {1}");

    /// <summary>GBV2102: a vision year that does not follow the period.</summary>
    public static DiagnosticDescriptor VisionBeforeEnd { get; } = new("GBV2102", E, "Vision before the period's end",
        "The vision year {0} is before the period's end ({1})", "Năm tầm nhìn {0} trước năm kết thúc thời kỳ ({1})");

    /// <summary>GBV2103: a target horizon outside the plan's period and vision.</summary>
    public static DiagnosticDescriptor HorizonOutsidePeriod { get; } = new("GBV2103", E, "Horizon outside the plan",
        "The target's year {0} is outside the plan's period {1}", "Năm mục tiêu {0} nằm ngoài thời kỳ của kế hoạch {1}");

    /// <summary>GBV2104: a report deadline outside the plan's period.</summary>
    public static DiagnosticDescriptor DeadlineOutsidePeriod { get; } = new("GBV2104", W, "Deadline outside the plan",
        "The report is due on {0}, outside the plan's period {1}: check the year in the source", "Báo cáo có hạn ngày {0}, nằm ngoài thời kỳ của kế hoạch {1}: hãy kiểm tra năm trong văn bản gốc");

    /// <summary>GBV2105: a milestone outside the plan's period.</summary>
    public static DiagnosticDescriptor MilestoneOutsidePeriod { get; } = new("GBV2105", W, "Milestone outside the plan",
        "The review year {0} is outside the plan's period {1}", "Năm sơ kết/tổng kết {0} nằm ngoài thời kỳ của kế hoạch {1}");

    /// <summary>GBV2106: a task or campaign year outside the plan's period.</summary>
    public static DiagnosticDescriptor YearOutsidePeriod { get; } = new("GBV2106", W, "Year outside the plan",
        "The {0} is set for {1}, outside the plan's period {2}: check the year in the source", "{0} được đặt vào năm {1}, nằm ngoài thời kỳ của kế hoạch {2}: hãy kiểm tra năm trong văn bản gốc");

    /// <summary>GBV2211: a campaign window that is not exactly one of from/to or month.</summary>
    public static DiagnosticDescriptor CampaignWindow { get; } = new("GBV2211", E, "Campaign window",
        "A campaign has either \"from\" and \"to\" (days of the year) or \"month\", not both and not neither", "Chiến dịch có \"from\" và \"to\" (ngày trong năm) hoặc \"month\", không được có cả hai hoặc thiếu cả hai");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        PeriodEndsBeforeStart, VisionBeforeEnd, HorizonOutsidePeriod, DeadlineOutsidePeriod, MilestoneOutsidePeriod,
        YearOutsidePeriod, CampaignWindow,
    ];
}
