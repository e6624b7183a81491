using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of the meaning of a plan (GBV11xx for values, GBV2xxx for ids, periods, targets, due rules and rules).
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class ValidationDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV1105: a date that does not exist or is badly written.</summary>
    public static DiagnosticDescriptor InvalidDate { get; } = new("GBV1105", E, "Invalid date",
        "\"{0}\" is not a valid date; write {1}", "\"{0}\" không phải ngày hợp lệ; hãy ghi theo dạng {1}");

    /// <summary>GBV1106: an annual date (day of the year) that does not exist or is badly written.</summary>
    public static DiagnosticDescriptor InvalidAnnualDate { get; } = new("GBV1106", E, "Invalid day of the year",
        "\"{0}\" is not a valid day of the year; write MM-dd, for example \"06-10\" for 10 June", "\"{0}\" không phải ngày trong năm hợp lệ; hãy ghi MM-dd, ví dụ \"06-10\" cho ngày 10/6");

    /// <summary>GBV1107: a keyword that is not one of the allowed values.</summary>
    public static DiagnosticDescriptor UnknownKeyword { get; } = new("GBV1107", E, "Unknown value",
        "\"{0}\" is not a known {1}; expected one of: {2}{3}", "\"{0}\" không phải {1} hợp lệ; giá trị cho phép: {2}{3}");

    /// <summary>GBV1108: a format version this library does not read.</summary>
    public static DiagnosticDescriptor UnsupportedFormat { get; } = new("GBV1108", E, "Unsupported format",
        "\"format\" is \"{0}\"; this version reads \"{1}\"", "\"format\" là \"{0}\"; phiên bản này đọc \"{1}\"");

    /// <summary>GBV1110: a partial date that is badly written.</summary>
    public static DiagnosticDescriptor InvalidPartialDate { get; } = new("GBV1110", E, "Invalid partial date",
        "\"{0}\" is not a valid date; write yyyy, yyyy-MM or yyyy-MM-dd", "\"{0}\" không phải ngày hợp lệ; hãy ghi yyyy, yyyy-MM hoặc yyyy-MM-dd");

    /// <summary>GBV1111: an id or key that is not of the allowed form.</summary>
    public static DiagnosticDescriptor InvalidIdentifier { get; } = new("GBV1111", E, "Invalid id",
        "\"{0}\" is not a valid id: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit", "\"{0}\" không phải mã hợp lệ: dùng chữ thường, chữ số, '-', '_' và '.', bắt đầu bằng chữ hoặc số");

    /// <summary>GBV1112: an administrative level key that is not of the allowed form.</summary>
    public static DiagnosticDescriptor InvalidLevel { get; } = new("GBV1112", E, "Invalid administrative level",
        "\"{0}\" is not a level key: use lower-case words joined by '-', such as \"province\" or \"commune\"", "\"{0}\" không phải mã cấp hành chính: dùng chữ thường nối bằng '-', ví dụ \"province\", \"commune\"");

    /// <summary>GBV1113: an unknown time zone.</summary>
    public static DiagnosticDescriptor UnknownTimeZone { get; } = new("GBV1113", E, "Unknown time zone",
        "\"{0}\" is not an IANA time zone id; Vietnam is \"Asia/Ho_Chi_Minh\"", "\"{0}\" không phải múi giờ IANA; Việt Nam là \"Asia/Ho_Chi_Minh\"");

    /// <summary>GBV1114: a duration that is badly written.</summary>
    public static DiagnosticDescriptor InvalidDuration { get; } = new("GBV1114", E, "Invalid duration",
        "\"{0}\" is not a duration: write a whole number of hours or days, such as \"72h\" or \"5d\"", "\"{0}\" không phải khoảng thời gian: hãy ghi số giờ hoặc số ngày, ví dụ \"72h\", \"5d\"");

    /// <summary>GBV1115: a text that must not be empty is empty.</summary>
    public static DiagnosticDescriptor EmptyText { get; } = new("GBV1115", E, "Empty text",
        "This text is empty; copy it from the source", "Đoạn văn bản này trống; hãy chép từ văn bản gốc");

    /// <summary>GBV2001: two parts with the same id.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = new("GBV2001", E, "Duplicate id",
        "The {0} id \"{1}\" is already used at {2}", "Mã {0} \"{1}\" đã được dùng tại {2}");

    /// <summary>GBV2002: an agency id that no agency has.</summary>
    public static DiagnosticDescriptor UnknownAgency { get; } = new("GBV2002", E, "Unknown agency",
        "No agency has the id \"{0}\"{1}", "Không có cơ quan nào mang mã \"{0}\"{1}");

    /// <summary>GBV2003: an indicator key that no indicator has.</summary>
    public static DiagnosticDescriptor UnknownIndicator { get; } = new("GBV2003", E, "Unknown indicator",
        "No indicator has the key \"{0}\"{1}", "Không có chỉ tiêu nào mang mã \"{0}\"{1}");

    /// <summary>GBV2005: a data element key that is not declared.</summary>
    public static DiagnosticDescriptor UnknownDataElement { get; } = new("GBV2005", E, "Unknown data element",
        "The data element \"{0}\" is not declared in \"dataElements\"{1}", "Số liệu \"{0}\" chưa được khai báo trong \"dataElements\"{1}");

    /// <summary>GBV2006: a reference to a task, campaign or service that does not exist.</summary>
    public static DiagnosticDescriptor UnknownReference { get; } = new("GBV2006", E, "Unknown reference",
        "No {0} has the id \"{1}\"{2}", "Không có {0} nào mang mã \"{1}\"{2}");

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

    /// <summary>GBV2107: a deadline that leaves no working day after the data cut-off.</summary>
    public static DiagnosticDescriptor CutOffLeavesNoTime { get; } = new("GBV2107", W, "No working day after the cut-off",
        "The report for {0} has data up to {1} but is on time only until {2}: Decree 09/2019/NĐ-CP asks for at least one working day between the two", "Báo cáo kỳ {0} chốt số liệu đến {1} nhưng chỉ đúng hạn đến {2}: Nghị định 09/2019/NĐ-CP yêu cầu ít nhất một ngày làm việc giữa hai mốc");

    /// <summary>GBV2108: a cut-off that is neither a preset nor a window.</summary>
    public static DiagnosticDescriptor InvalidCutOff { get; } = new("GBV2108", E, "Invalid cut-off",
        "\"cutOff\" {0}", "Thời gian chốt số liệu (\"cutOff\") không hợp lệ: {0}");

    /// <summary>GBV2201: a threshold no value can meet.</summary>
    public static DiagnosticDescriptor UnsatisfiableThreshold { get; } = new("GBV2201", E, "Threshold cannot be met",
        "The threshold \"{0}\" can never be met", "Ngưỡng \"{0}\" không bao giờ đạt được");

    /// <summary>GBV2202: a percentage outside 0-100, or a negative value.</summary>
    public static DiagnosticDescriptor ThresholdOutOfRange { get; } = new("GBV2202", E, "Threshold out of range",
        "The value {0} is out of range: {1}", "Giá trị {0} nằm ngoài phạm vi: {1}");

    /// <summary>GBV2203: a cycle of "of which" links.</summary>
    public static DiagnosticDescriptor OfWhichCycle { get; } = new("GBV2203", E, "\"Of which\" cycle",
        "\"ofWhich\" links form a cycle: {0}", "Quan hệ \"trong đó\" (ofWhich) tạo thành vòng lặp: {0}");

    /// <summary>GBV2204: an "of which" indicator with a denominator of its own.</summary>
    public static DiagnosticDescriptor OfWhichDenominator { get; } = new("GBV2204", E, "\"Of which\" with its own denominator",
        "An \"of which\" indicator takes its denominator from \"{0}\" (\"{1}\"); remove \"denominator\" or make it \"{1}\"", "Chỉ tiêu \"trong đó\" lấy mẫu số từ \"{0}\" (\"{1}\"); hãy bỏ \"denominator\" hoặc ghi \"{1}\"");

    /// <summary>GBV2205: an indicator with no target.</summary>
    public static DiagnosticDescriptor NoTargets { get; } = new("GBV2205", W, "Indicator without target",
        "The indicator \"{0}\" has no target", "Chỉ tiêu \"{0}\" không có mục tiêu");

    /// <summary>GBV2206: coverage that exceeds the number of units.</summary>
    public static DiagnosticDescriptor CoverageAboveTotal { get; } = new("GBV2206", E, "Coverage above total",
        "{0} covered units are more than the {1} there are", "Số đơn vị được bao phủ ({0}) lớn hơn tổng số đơn vị ({1})");

    /// <summary>GBV2207: a metric that is not exactly one kind.</summary>
    public static DiagnosticDescriptor MetricKind { get; } = new("GBV2207", E, "Metric kind",
        "A metric has exactly one of \"reported\", \"cases\", \"coverage\" or \"events\"; found {0}", "Một phép đo có đúng một trong \"reported\", \"cases\", \"coverage\", \"events\"; gặp {0}");

    /// <summary>GBV2208: a target without exactly one of "by" and "from".</summary>
    public static DiagnosticDescriptor TargetHorizon { get; } = new("GBV2208", E, "Target horizon",
        "A target has exactly one of \"by\" (reach by a year) or \"from\" (hold from a year on)", "Mỗi mục tiêu có đúng một trong \"by\" (đạt vào năm) hoặc \"from\" (duy trì từ năm)");

    /// <summary>GBV2209: a threshold without a value.</summary>
    public static DiagnosticDescriptor ThresholdValue { get; } = new("GBV2209", E, "Threshold without value",
        "The comparison \"{0}\" needs a \"value\"", "Phép so sánh \"{0}\" cần có \"value\"");

    /// <summary>GBV2210: two targets at the same horizon.</summary>
    public static DiagnosticDescriptor DuplicateHorizon { get; } = new("GBV2210", E, "Duplicate horizon",
        "The indicator has two targets {0}", "Chỉ tiêu có hai mục tiêu {0}");

    /// <summary>GBV2211: a campaign window that is not exactly one of from/to or month.</summary>
    public static DiagnosticDescriptor CampaignWindow { get; } = new("GBV2211", E, "Campaign window",
        "A campaign has either \"from\" and \"to\" (days of the year) or \"month\", not both and not neither", "Chiến dịch có \"from\" và \"to\" (ngày trong năm) hoặc \"month\", không được có cả hai hoặc thiếu cả hai");

    /// <summary>GBV2212: a threshold phrase that says something else than the structured threshold.</summary>
    public static DiagnosticDescriptor PhraseDisagrees { get; } = new("GBV2212", E, "Phrase and threshold disagree",
        "The phrase \"{0}\" reads as \"{1}\", but the threshold says \"{2}\"", "Cụm từ \"{0}\" có nghĩa \"{1}\", nhưng ngưỡng ghi \"{2}\"");

    /// <summary>GBV2213: a threshold phrase the library does not understand.</summary>
    public static DiagnosticDescriptor PhraseNotUnderstood { get; } = new("GBV2213", W, "Phrase not understood",
        "The phrase \"{0}\" is not a threshold phrase this library reads (\"trên 90%\", \"tối thiểu 70%\", \"100%\", \"14/14 phường\", \"không quá 1,5 lần\"); check the threshold by hand", "Không đọc được cụm từ \"{0}\" (ví dụ: \"trên 90%\", \"tối thiểu 70%\", \"100%\", \"14/14 phường\", \"không quá 1,5 lần\"); hãy kiểm tra ngưỡng");

    /// <summary>GBV2214: a stated direction that a target contradicts.</summary>
    public static DiagnosticDescriptor DirectionDisagrees { get; } = new("GBV2214", W, "Direction disagrees with a target",
        "The indicator is said to {0}, but its target \"{1}\" is {2} bound", "Chỉ tiêu được nêu là {0}, nhưng mục tiêu \"{1}\" là cận {2}");

    /// <summary>GBV2215: a consistency rule side that is not a sum of data elements and whole numbers.</summary>
    public static DiagnosticDescriptor InvalidRuleSide { get; } = new("GBV2215", E, "Invalid rule side",
        "\"{0}\" is not a sum of data element keys and whole numbers, such as \"victims_supported + cases_referred\"", "\"{0}\" không phải tổng các mã số liệu và số nguyên, ví dụ \"victims_supported + cases_referred\"");

    /// <summary>GBV2216: an "of which" ratio under a parent that cannot give it a denominator.</summary>
    public static DiagnosticDescriptor OfWhichParentMetric { get; } = new("GBV2216", E, "\"Of which\" under a parent of another kind",
        "An \"of which\" \"{0}\" ratio takes its denominator from its parent's numerator, but \"{1}\" is not a \"{0}\" ratio, so this indicator could never be evaluated; make \"{1}\" a \"{0}\" ratio, or give a \"reported\" ratio its own \"denominator\"", "Tỷ lệ \"{0}\" dạng \"trong đó\" lấy mẫu số từ tử số của chỉ tiêu cha, nhưng \"{1}\" không phải tỷ lệ \"{0}\" nên chỉ tiêu này không bao giờ tính được; hãy để \"{1}\" là tỷ lệ \"{0}\", hoặc ghi \"denominator\" riêng cho tỷ lệ \"reported\"");

    /// <summary>GBV2217: a coverage indicator that does not state how many units there are: it could never be evaluated.</summary>
    public static DiagnosticDescriptor CoverageWithoutTotal { get; } = new("GBV2217", E, "Coverage without a total",
        "The coverage of \"{0}\" units counted by \"{1}\" does not say how many units there are (\"total\"), so it could never be evaluated; state the total (\"14/14 phường\": 14)", "Chỉ tiêu bao phủ đơn vị \"{0}\" đếm bằng \"{1}\" không nêu tổng số đơn vị (\"total\") nên không bao giờ đánh giá được; hãy nêu tổng số (\"14/14 phường\": 14)");

    /// <summary>GBV2218: a percentage target whose value the indicator's source text does not state.</summary>
    public static DiagnosticDescriptor ThresholdNotInSource { get; } = new("GBV2218", W, "Threshold not in the source",
        "The target's {0}% is not among the percentages the indicator's source states ({1}): check the threshold against the source", "Mục tiêu {0}% không có trong các tỷ lệ mà nguồn của chỉ tiêu nêu ({1}): hãy đối chiếu ngưỡng với nguồn");

    /// <summary>GBV2219: a target phrase that its indicator's source text does not contain.</summary>
    public static DiagnosticDescriptor PhraseNotInSource { get; } = new("GBV2219", W, "Phrase not in the source",
        "The phrase \"{0}\" is not in the indicator's source text: a phrase quotes the source's words", "Cụm từ \"{0}\" không có trong nguồn của chỉ tiêu: cụm từ phải trích nguyên văn nguồn");

    /// <summary>GBV2220: a reported ratio that divides a plan-area figure by a sum over units, or the reverse.</summary>
    public static DiagnosticDescriptor MixedCombine { get; } = new("GBV2220", W, "Plan-area figure against a sum over units",
        "The ratio divides \"{0}\" ({1}) by \"{2}\" ({3}): it is worked out for the plan area as a whole, with no unit-by-unit completeness; report both for the plan area, or both per unit", "Tỷ lệ chia \"{0}\" ({1}) cho \"{2}\" ({3}): chỉ tính được cho cả địa bàn kế hoạch, không kiểm tra được từng đơn vị đã báo cáo đủ chưa; hãy báo cáo cả hai cho cả địa bàn, hoặc cả hai theo từng đơn vị");

    /// <summary>GBV2240: a plan rule with a default rule's id that does not say it replaces the default.</summary>
    public static DiagnosticDescriptor SilentDefaultReplacement { get; } = new("GBV2240", E, "Default rule replaced without saying so",
        "The rule \"{0}\" has the id of a default rule (basis: {1}); a plan replaces a default rule only by saying so: add \"replacesDefault\": true, or give the rule an id of its own", "Quy tắc \"{0}\" trùng mã với một quy tắc mặc định (căn cứ: {1}); kế hoạch chỉ được thay quy tắc mặc định khi nói rõ: thêm \"replacesDefault\": true, hoặc đặt mã khác cho quy tắc");

    /// <summary>GBV2241: a plan rule that replaces a default rule, as it says: the validator names the default and its basis.</summary>
    public static DiagnosticDescriptor DefaultReplaced { get; } = new("GBV2241", W, "Default rule replaced",
        "The rule \"{0}\" replaces the default rule \"{0}\" (\"{1}\" to {2}), whose legal basis is {3}: check that the plan's rule is no narrower, later or weaker than the law", "Quy tắc \"{0}\" thay quy tắc mặc định \"{0}\" (\"{1}\" đến {2}), căn cứ pháp lý: {3}; hãy bảo đảm quy tắc của kế hoạch không hẹp hơn, chậm hơn hay yếu hơn quy định");

    /// <summary>GBV2242: <c>replacesDefault</c> on a rule whose id no default rule has.</summary>
    public static DiagnosticDescriptor NothingToReplace { get; } = new("GBV2242", W, "No default rule to replace",
        "The rule \"{0}\" says it replaces a default rule, but no default rule has that id; it is added as a rule of the plan's own", "Quy tắc \"{0}\" ghi là thay quy tắc mặc định nhưng không có quy tắc mặc định nào mang mã này; quy tắc được thêm như quy tắc riêng của kế hoạch");

    /// <summary>GBV2284: a plan that names itself as its parent.</summary>
    public static DiagnosticDescriptor OwnParent { get; } = new("GBV2284", E, "Plan is its own parent",
        "The plan \"{0}\" names itself as the plan it implements", "Kế hoạch \"{0}\" tự ghi chính nó là kế hoạch cấp trên");

    /// <summary>GBV2285: an indicator whose numerator is its denominator.</summary>
    public static DiagnosticDescriptor NumeratorIsDenominator { get; } = new("GBV2285", W, "Numerator equals denominator",
        "The indicator \"{0}\" divides \"{1}\" by itself: it is always 100% where there are data; check the source", "Chỉ số \"{0}\" chia \"{1}\" cho chính nó: luôn là 100% khi có số liệu; hãy đối chiếu với văn bản gốc");

    /// <summary>GBV2301: a report whose due day the plan does not state.</summary>
    public static DiagnosticDescriptor DueUnstated { get; } = new("GBV2301", I, "Due day not stated",
        "The plan names the report \"{1}\" ({0}) but not its due day; the calendar cannot place it", "Kế hoạch nêu báo cáo \"{1}\" ({0}) nhưng không nêu hạn nộp; lịch không thể xếp báo cáo này");

    /// <summary>GBV2302: a due rule whose parts do not fit together.</summary>
    public static DiagnosticDescriptor InvalidDueRule { get; } = new("GBV2302", E, "Invalid due rule",
        "The due rule \"{0}\" {1}", "Quy tắc hạn nộp \"{0}\" {1}");

    /// <summary>GBV2303: a plan file that encodes a source cut short.</summary>
    public static DiagnosticDescriptor IncompleteSource { get; } = new("GBV2303", I, "Incomplete source",
        "The source is incomplete: {0}", "Văn bản gốc không đầy đủ: {0}");

    /// <summary>GBV2304: a source marked incomplete without saying what is missing.</summary>
    public static DiagnosticDescriptor IncompleteWithoutNote { get; } = new("GBV2304", W, "Incomplete without note",
        "The plan is marked incomplete; say in \"note\" what is missing", "Kế hoạch được đánh dấu là không đầy đủ; hãy ghi trong \"note\" phần còn thiếu");

    /// <summary>GBV2401: a condition that is empty or longer than the limit.</summary>
    public static DiagnosticDescriptor InvalidCondition { get; } = new("GBV2401", E, "Invalid condition",
        "The condition {0}", "Điều kiện {0}");

    /// <summary>GBV2402: more referral rules than an engine can hold.</summary>
    public static DiagnosticDescriptor TooManyRules { get; } = new("GBV2402", E, "Too many referral rules",
        "The rule set has {0} rules; an engine holds at most {1}", "Bộ quy tắc có {0} quy tắc; tối đa là {1}");

    /// <summary>GBV2403: a referral rule that another rule always shadows.</summary>
    public static DiagnosticDescriptor ShadowedRule { get; } = new("GBV2403", W, "Rule never decides",
        "The rule \"{0}\" has the same condition and service as \"{1}\", which comes first: it adds nothing", "Quy tắc \"{0}\" có cùng điều kiện và dịch vụ với \"{1}\" (đứng trước): không có tác dụng");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        InvalidDate, InvalidAnnualDate, UnknownKeyword, UnsupportedFormat, InvalidPartialDate, InvalidIdentifier,
        InvalidLevel, UnknownTimeZone, InvalidDuration, EmptyText, DuplicateId, UnknownAgency, UnknownIndicator,
        UnknownDataElement, UnknownReference, PeriodEndsBeforeStart, VisionBeforeEnd, HorizonOutsidePeriod,
        DeadlineOutsidePeriod, MilestoneOutsidePeriod, YearOutsidePeriod, CutOffLeavesNoTime, InvalidCutOff,
        UnsatisfiableThreshold, ThresholdOutOfRange, OfWhichCycle, OfWhichDenominator, NoTargets, CoverageAboveTotal,
        MetricKind, TargetHorizon, ThresholdValue, DuplicateHorizon, CampaignWindow, PhraseDisagrees,
        PhraseNotUnderstood, DirectionDisagrees, InvalidRuleSide, OfWhichParentMetric, CoverageWithoutTotal,
        ThresholdNotInSource, PhraseNotInSource, MixedCombine, SilentDefaultReplacement, DefaultReplaced,
        NothingToReplace, OwnParent, NumeratorIsDenominator, DueUnstated, InvalidDueRule, IncompleteSource,
        IncompleteWithoutNote, InvalidCondition, TooManyRules, ShadowedRule,
    ];
}
