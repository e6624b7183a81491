using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of indicators, their metrics, "of which" links and consistency rules between data elements.
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class IndicatorDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV2203: a cycle of "of which" links.</summary>
    public static DiagnosticDescriptor OfWhichCycle { get; } = new("GBV2203", E, "\"Of which\" cycle",
        "\"ofWhich\" links form a cycle: {0}", "Quan hệ \"trong đó\" (ofWhich) tạo thành vòng lặp: {0}");

    /// <summary>GBV2204: an "of which" indicator with a denominator of its own.</summary>
    public static DiagnosticDescriptor OfWhichDenominator { get; } = new("GBV2204", E, "\"Of which\" with its own denominator",
        "An \"of which\" indicator takes its denominator from \"{0}\" (\"{1}\"); remove \"denominator\" or make it \"{1}\"", "Chỉ tiêu \"trong đó\" lấy mẫu số từ \"{0}\" (\"{1}\"); hãy bỏ \"denominator\" hoặc ghi \"{1}\"");

    /// <summary>GBV2207: a metric that is not exactly one kind.</summary>
    public static DiagnosticDescriptor MetricKind { get; } = new("GBV2207", E, "Metric kind",
        "A metric has exactly one of \"reported\", \"cases\", \"coverage\" or \"events\"; found {0}", "Một phép đo có đúng một trong \"reported\", \"cases\", \"coverage\", \"events\"; gặp {0}");

    /// <summary>GBV2215: a consistency rule side that is not a sum of data elements and whole numbers.</summary>
    public static DiagnosticDescriptor InvalidRuleSide { get; } = new("GBV2215", E, "Invalid rule side",
        "\"{0}\" is not a sum of data element keys and whole numbers, such as \"victims_supported + cases_referred\"", "\"{0}\" không phải tổng các mã số liệu và số nguyên, ví dụ \"victims_supported + cases_referred\"");

    /// <summary>GBV2216: an "of which" ratio under a parent that cannot give it a denominator.</summary>
    public static DiagnosticDescriptor OfWhichParentMetric { get; } = new("GBV2216", E, "\"Of which\" under a parent of another kind",
        "An \"of which\" \"{0}\" ratio takes its denominator from its parent's numerator, but \"{1}\" is not a \"{0}\" ratio, so this indicator could never be evaluated; make \"{1}\" a \"{0}\" ratio, or give a \"reported\" ratio its own \"denominator\"", "Tỷ lệ \"{0}\" dạng \"trong đó\" lấy mẫu số từ tử số của chỉ tiêu cha, nhưng \"{1}\" không phải tỷ lệ \"{0}\" nên chỉ tiêu này không bao giờ tính được; hãy để \"{1}\" là tỷ lệ \"{0}\", hoặc ghi \"denominator\" riêng cho tỷ lệ \"reported\"");

    /// <summary>GBV2217: a coverage indicator that does not state how many units there are: it could never be evaluated.</summary>
    public static DiagnosticDescriptor CoverageWithoutTotal { get; } = new("GBV2217", E, "Coverage without a total",
        "The coverage of \"{0}\" units counted by \"{1}\" does not say how many units there are (\"total\"), so it could never be evaluated; state the total (\"14/14 phường\": 14)", "Chỉ tiêu bao phủ đơn vị \"{0}\" đếm bằng \"{1}\" không nêu tổng số đơn vị (\"total\") nên không bao giờ đánh giá được; hãy nêu tổng số (\"14/14 phường\": 14)");

    /// <summary>GBV2220: a reported ratio that divides a plan-area figure by a sum over units, or the reverse.</summary>
    public static DiagnosticDescriptor MixedCombine { get; } = new("GBV2220", W, "Plan-area figure against a sum over units",
        "The ratio divides \"{0}\" ({1}) by \"{2}\" ({3}): it is worked out for the plan area as a whole, with no unit-by-unit completeness; report both for the plan area, or both per unit", "Tỷ lệ chia \"{0}\" ({1}) cho \"{2}\" ({3}): chỉ tính được cho cả địa bàn kế hoạch, không kiểm tra được từng đơn vị đã báo cáo đủ chưa; hãy báo cáo cả hai cho cả địa bàn, hoặc cả hai theo từng đơn vị");

    /// <summary>GBV2223: a decimal data element that does not say how units' figures combine.</summary>
    public static DiagnosticDescriptor DecimalWithoutCombine { get; } = new("GBV2223", E, "Decimal figures without a way to combine",
        "The data element \"{0}\" has decimal figures but does not say how units' figures combine: an average or a rate is one figure for the plan area (\"combine\": \"plan-area\"), since averages summed over units mean nothing; an amount that adds up, such as hours in total, is \"combine\": \"sum\"", "Số liệu \"{0}\" là số thập phân nhưng không nêu cách gộp số liệu các đơn vị: số trung bình hay tỷ lệ là một số liệu cho cả địa bàn (\"combine\": \"plan-area\"), vì cộng các số trung bình của các đơn vị không có nghĩa; một đại lượng cộng được, như tổng số giờ, là \"combine\": \"sum\"");

    /// <summary>GBV2224: a decimal data element where only a whole count makes sense (the units a coverage indicator counts).</summary>
    public static DiagnosticDescriptor DecimalWhereCount { get; } = new("GBV2224", E, "Decimal figures where a count is needed",
        "The coverage counts units with \"{0}\", whose figures are decimals: a number of units is a whole count; make \"{0}\" a whole count (remove \"values\": \"decimal\")", "Chỉ tiêu bao phủ đếm số đơn vị bằng \"{0}\" nhưng số liệu này là số thập phân: số đơn vị phải là số nguyên; hãy bỏ \"values\": \"decimal\" của \"{0}\"");

    /// <summary>GBV2285: an indicator whose numerator is its denominator.</summary>
    public static DiagnosticDescriptor NumeratorIsDenominator { get; } = new("GBV2285", W, "Numerator equals denominator",
        "The indicator \"{0}\" divides \"{1}\" by itself: it is always 100% where there are data; check the source", "Chỉ số \"{0}\" chia \"{1}\" cho chính nó: luôn là 100% khi có số liệu; hãy đối chiếu với văn bản gốc");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        OfWhichCycle, OfWhichDenominator, MetricKind, InvalidRuleSide, OfWhichParentMetric, CoverageWithoutTotal,
        MixedCombine, DecimalWithoutCombine, DecimalWhereCount, NumeratorIsDenominator,
    ];
}
