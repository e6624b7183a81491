using System.Globalization;

namespace Gbv.Domain.Indicators;

/// <summary>The words Vietnamese plans use for thresholds, horizons and statuses, for explanations and reports.</summary>
internal static class Vietnamese
{
    public static string Of(Horizon horizon) => horizon.Kind == HorizonKind.By ? $"đến năm {horizon.Year}" : $"từ năm {horizon.Year}";

    public static string Of(Threshold threshold)
    {
        var value = threshold.Value.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',')
            + threshold.Unit switch { ThresholdUnit.Percent => "%", ThresholdUnit.Times => " lần", _ => string.Empty };
        return threshold.Comparison switch
        {
            Comparison.MoreThan => $"trên {value}",
            Comparison.AtLeast => $"tối thiểu {value}",
            Comparison.AtMost => $"không quá {value}",
            Comparison.LessThan => $"dưới {value}",
            _ => threshold.Unit == ThresholdUnit.Percent ? "100%" : $"toàn bộ ({value})",
        };
    }

    public static string Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "đạt",
        IndicatorStatus.NotMet => "không đạt",
        IndicatorStatus.OnTrack => "đang đạt",
        IndicatorStatus.AtRisk => "có nguy cơ không đạt",
        IndicatorStatus.NotDue => "chưa đến hạn",
        IndicatorStatus.NoData => "không có số liệu",
        _ => "không áp dụng",
    };
}
