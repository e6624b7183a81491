using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Diagnostics of the data an indicator is evaluated on (GBV40xx): reported values, task completions, case counts.
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class DataDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV4001: a unit that reported the same figure twice for a year.</summary>
    public static DiagnosticDescriptor DuplicateValue { get; } = new("GBV4001", E, "Duplicate reported value",
        "{0} reported \"{1}\" for {2} twice ({3}, then {4}); the second is not counted", "{0} báo cáo \"{1}\" năm {2} hai lần ({3}, rồi {4}); lần thứ hai không được tính");

    /// <summary>GBV4002: a negative reported value.</summary>
    public static DiagnosticDescriptor NegativeValue { get; } = new("GBV4002", E, "Negative reported value",
        "{0} reported \"{1}\" for {2} as {3}; counts are never negative, so it is not counted", "{0} báo cáo \"{1}\" năm {2} là {3}; số đếm không thể âm nên không được tính");

    /// <summary>GBV4003: more distinct case conditions than one tally can hold.</summary>
    public static DiagnosticDescriptor TooManyConditions { get; } = new("GBV4003", E, "Too many case conditions",
        "The indicators and elements counted from cases use {0} distinct conditions; one tally holds at most {1}", "Các chỉ tiêu và số liệu đếm từ hồ sơ vụ việc dùng {0} điều kiện khác nhau; tối đa là {1}");

    /// <summary>GBV4004: a task completion record for a task the plan does not have.</summary>
    public static DiagnosticDescriptor UnknownTask { get; } = new("GBV4004", E, "Unknown task in completion record",
        "{0} recorded a completion of task \"{1}\", which the plan does not have, so it is not counted{2}", "{0} ghi nhận hoàn thành nhiệm vụ \"{1}\" không có trong kế hoạch nên không được tính{2}");

    /// <summary>GBV4005: an id in the data (a unit, an element, a task) that is empty or not an id.</summary>
    public static DiagnosticDescriptor InvalidDataId { get; } = new("GBV4005", E, "Invalid id in the data",
        "The {0} \"{1}\" is not an id (empty, spaces at either end, or control characters); the row is not counted", "{0} \"{1}\" không phải mã hợp lệ (rỗng, có khoảng trắng ở đầu hoặc cuối, hoặc ký tự điều khiển); dòng này không được tính");

    /// <summary>GBV4006: a reported value for a data element the plan does not have.</summary>
    public static DiagnosticDescriptor UnknownReportedElement { get; } = new("GBV4006", E, "Unknown data element in the data",
        "{0} reported \"{1}\" for {2}, a data element the plan does not have, so it is not counted{3}", "{0} báo cáo \"{1}\" năm {2}, số liệu không có trong kế hoạch nên không được tính{3}");

    /// <summary>GBV4007: data from a unit that is not among the units the data list.</summary>
    public static DiagnosticDescriptor UnknownDataUnit { get; } = new("GBV4007", E, "Unknown unit in the data",
        "{0} from \"{1}\", which is not a unit of the plan's data (the agencies and the units they stand for, --units), so it is not counted{2}", "{0} của \"{1}\", không phải đơn vị trong dữ liệu của kế hoạch (các cơ quan và các đơn vị họ đại diện, --units), nên không được tính{2}");

    /// <summary>GBV4008: a year that cannot be (0, negative, past 9999).</summary>
    public static DiagnosticDescriptor ImpossibleYear { get; } = new("GBV4008", E, "Impossible year",
        "{0} is dated in the year {1}, which is not a year from 1 to 9999; it is not counted", "{0} ghi năm {1}, không phải năm từ 1 đến 9999; không được tính");

    /// <summary>GBV4009: the same figure reported twice with the same value.</summary>
    public static DiagnosticDescriptor RepeatedValue { get; } = new("GBV4009", W, "Repeated reported value",
        "{0} reported \"{1}\" for {2} twice with the same value {3}; it is counted once", "{0} báo cáo \"{1}\" năm {2} hai lần cùng giá trị {3}; chỉ tính một lần");

    /// <summary>GBV4010: the same task completion recorded twice.</summary>
    public static DiagnosticDescriptor RepeatedCompletion { get; } = new("GBV4010", W, "Repeated completion record",
        "{0} recorded task \"{1}\" as done on {2} twice; it is counted once", "{0} ghi nhận nhiệm vụ \"{1}\" hoàn thành ngày {2} hai lần; chỉ tính một lần");

    /// <summary>GBV4012: a plan-area figure reported by more than one unit for a year.</summary>
    public static DiagnosticDescriptor PlanAreaFigureFromTwoUnits { get; } = new("GBV4012", E, "Plan-area figure from two units",
        "\"{0}\" is one figure for the whole plan area, but {2} and {3} both reported it for {1}; neither is counted for {1}, since adding them would count the same people twice: send it from one unit", "\"{0}\" là một số liệu chung cho cả địa bàn kế hoạch, nhưng cả {2} và {3} đều báo cáo năm {1}; không số nào được tính cho năm {1}, vì cộng lại sẽ đếm cùng người hai lần: chỉ một đơn vị gửi số liệu này");

    /// <summary>GBV4014: a figure with decimals for a data element whose figures are whole counts.</summary>
    public static DiagnosticDescriptor NotWholeCount { get; } = new("GBV4014", E, "Not a whole count",
        "{0} reported {2} for \"{1}\" in {3}, but \"{1}\" counts whole things: the figure is not counted (never rounded); send the count, or give \"{1}\" \"values\": \"decimal\" in the plan if it is an average or a rate", "{0} báo cáo {2} cho \"{1}\" năm {3}, nhưng \"{1}\" là số đếm nguyên: số liệu không được tính (không làm tròn); hãy gửi số đếm, hoặc khai báo \"values\": \"decimal\" cho \"{1}\" trong kế hoạch nếu đó là số trung bình hay tỷ lệ");

    /// <summary>GBV4020: a figure or a completion dated in a year no target of the plan reads.</summary>
    public static DiagnosticDescriptor YearNotRead { get; } = new("GBV4020", W, "A year the plan does not read",
        "{0} is dated {1}, outside the years the plan's targets read ({2}): it is kept, but nothing in the report uses it; check the year", "{0} ghi năm {1}, ngoài các năm mà chỉ tiêu của kế hoạch dùng ({2}): vẫn được giữ nhưng báo cáo không dùng; hãy kiểm tra năm");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        DuplicateValue, NegativeValue, TooManyConditions, UnknownTask, InvalidDataId, UnknownReportedElement,
        UnknownDataUnit, ImpossibleYear, RepeatedValue, RepeatedCompletion, PlanAreaFigureFromTwoUnits, NotWholeCount,
        YearNotRead,
    ];
}
