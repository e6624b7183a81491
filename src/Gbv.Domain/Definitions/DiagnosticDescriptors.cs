using System.Collections.Immutable;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Every diagnostic the reader and the validator report. Ids are stable: GBV1xxx for the file and its JSON shape,
/// GBV2xxx for the meaning of the plan. docs/diagnostics.md has an example of each.
/// </summary>
public static class DiagnosticDescriptors
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;
    private const DiagnosticSeverity R = DiagnosticSeverity.Review;

    /// <summary>GBV1000: the file could not be opened or read.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } = new("GBV1000", E, "File cannot be read",
        "The file cannot be read: {0}", "Không đọc được tệp: {0}");

    /// <summary>GBV1001: the file is empty.</summary>
    public static DiagnosticDescriptor EmptyFile { get; } = new("GBV1001", E, "Empty file",
        "The file is empty: a plan file is a JSON object", "Tệp rỗng: tệp kế hoạch phải là một đối tượng JSON");

    /// <summary>GBV1002: bytes that are not UTF-8.</summary>
    public static DiagnosticDescriptor InvalidUtf8 { get; } = new("GBV1002", E, "Invalid UTF-8",
        "The file is not valid UTF-8 text here; save it as UTF-8", "Tệp không phải văn bản UTF-8 hợp lệ tại vị trí này; hãy lưu tệp dạng UTF-8");

    /// <summary>GBV1003: JSON syntax error.</summary>
    public static DiagnosticDescriptor JsonSyntax { get; } = new("GBV1003", E, "JSON syntax error",
        "JSON syntax error: {0}", "Lỗi cú pháp JSON: {0}");

    /// <summary>GBV1004: a comment in the file.</summary>
    public static DiagnosticDescriptor Comment { get; } = new("GBV1004", E, "Comment not allowed",
        "Comments are not allowed in plan files; put remarks in \"notes\"", "Tệp kế hoạch không được chứa chú thích; hãy ghi vào \"notes\"");

    /// <summary>GBV1005: a trailing comma.</summary>
    public static DiagnosticDescriptor TrailingComma { get; } = new("GBV1005", E, "Trailing comma",
        "A comma before '{0}' is not allowed: remove it", "Không được có dấu phẩy trước '{0}': hãy xóa dấu phẩy");

    /// <summary>GBV1006: nesting deeper than the limit.</summary>
    public static DiagnosticDescriptor TooDeep { get; } = new("GBV1006", E, "Nesting too deep",
        "Objects and arrays are nested deeper than {0} levels", "Đối tượng và mảng lồng nhau sâu quá {0} cấp");

    /// <summary>GBV1007: a string longer than the limit.</summary>
    public static DiagnosticDescriptor StringTooLong { get; } = new("GBV1007", E, "String too long",
        "This text is {0} bytes long; the limit is {1}", "Đoạn văn bản dài {0} byte; giới hạn là {1}");

    /// <summary>GBV1008: a key that appears twice in one object.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = new("GBV1008", E, "Duplicate key",
        "\"{0}\" appears twice in the same object", "\"{0}\" xuất hiện hai lần trong cùng một đối tượng");

    /// <summary>GBV1009: a byte order mark at the start of the file.</summary>
    public static DiagnosticDescriptor ByteOrderMark { get; } = new("GBV1009", W, "Byte order mark",
        "The file starts with a byte order mark; it was ignored (save as UTF-8 without BOM)", "Tệp bắt đầu bằng dấu BOM; dấu này đã được bỏ qua (hãy lưu dạng UTF-8 không có BOM)");

    /// <summary>GBV1010: the file is larger than the limit.</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } = new("GBV1010", E, "File too large",
        "The file is larger than {0} bytes, the limit for plan files", "Tệp lớn hơn {0} byte, giới hạn của tệp kế hoạch");

    /// <summary>GBV1101: a property the format does not define.</summary>
    public static DiagnosticDescriptor UnknownProperty { get; } = new("GBV1101", E, "Unknown property",
        "Unknown property \"{0}\" in {1}{2}", "Thuộc tính không xác định \"{0}\" trong {1}{2}");

    /// <summary>GBV1102: a value of the wrong JSON type.</summary>
    public static DiagnosticDescriptor WrongType { get; } = new("GBV1102", E, "Wrong type",
        "Expected {0} here, found {1}", "Cần {0} tại đây, nhưng gặp {1}");

    /// <summary>GBV1103: a required property is missing.</summary>
    public static DiagnosticDescriptor MissingProperty { get; } = new("GBV1103", E, "Missing required property",
        "{0} needs the property \"{1}\"", "{0} thiếu thuộc tính bắt buộc \"{1}\"");

    /// <summary>GBV1104: null where a value is needed.</summary>
    public static DiagnosticDescriptor NullValue { get; } = new("GBV1104", E, "Null not allowed",
        "null is not allowed here: expected {0} (leave an optional property out instead)", "Không được dùng null tại đây: cần {0} (với thuộc tính không bắt buộc, hãy bỏ hẳn thuộc tính)");

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

    /// <summary>GBV1109: a number out of range or not whole.</summary>
    public static DiagnosticDescriptor NumberOutOfRange { get; } = new("GBV1109", E, "Number out of range",
        "{0} is not allowed here: expected {1}", "Không chấp nhận {0} tại đây: cần {1}");

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

    /// <summary>GBV2004: a parent plan id that no loaded plan has.</summary>
    public static DiagnosticDescriptor UnknownParentPlan { get; } = new("GBV2004", W, "Parent plan not loaded",
        "The parent plan \"{0}\" is not among the plans loaded; load it with this plan to check one against the other{1}", "Kế hoạch cấp trên \"{0}\" không nằm trong các kế hoạch được nạp; hãy nạp cùng kế hoạch này để đối chiếu{1}");

    /// <summary>GBV2005: a data element key that is not declared.</summary>
    public static DiagnosticDescriptor UnknownDataElement { get; } = new("GBV2005", E, "Unknown data element",
        "The data element \"{0}\" is not declared in \"dataElements\"{1}", "Số liệu \"{0}\" chưa được khai báo trong \"dataElements\"{1}");

    /// <summary>GBV2006: a reference to a task, campaign or service that does not exist.</summary>
    public static DiagnosticDescriptor UnknownReference { get; } = new("GBV2006", E, "Unknown reference",
        "No {0} has the id \"{1}\"{2}", "Không có {0} nào mang mã \"{1}\"{2}");

    /// <summary>GBV2007: plans that implement each other in a cycle.</summary>
    public static DiagnosticDescriptor ParentCycle { get; } = new("GBV2007", E, "Parent plans form a cycle",
        "Plans implement each other in a cycle: {0}", "Các kế hoạch thực hiện lẫn nhau thành vòng lặp: {0}");

    /// <summary>GBV2008: two loaded plans with the same id.</summary>
    public static DiagnosticDescriptor DuplicatePlanId { get; } = new("GBV2008", E, "Duplicate plan id",
        "The plan id \"{0}\" is also used by {1}", "Mã kế hoạch \"{0}\" đã được dùng bởi {1}");

    /// <summary>GBV2009: a child plan's report due after the parent plan's report it feeds.</summary>
    public static DiagnosticDescriptor DeadlineChain { get; } = new("GBV2009", W, "Deadline after the parent's",
        "{0}'s \"{1}\" report for {2} is on time until {3}, but {4}'s \"{5}\" report for the same period must be in by {6}: it cannot be consolidated in time", "Báo cáo \"{1}\" kỳ {2} của {0} đúng hạn đến {3}, nhưng báo cáo \"{5}\" cùng kỳ của {4} phải nộp trước hết ngày {6}: không kịp tổng hợp");

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

    /// <summary>GBV2221: an indicator that implements a parent indicator the loaded parent plan does not have.</summary>
    public static DiagnosticDescriptor UnknownParentIndicator { get; } = new("GBV2221", E, "Parent indicator not found",
        "The indicator \"{0}\" implements \"{1}#{2}\", but the plan \"{1}\" has no indicator \"{2}\": nothing could be compared{3}", "Chỉ tiêu \"{0}\" thực hiện \"{1}#{2}\", nhưng kế hoạch \"{1}\" không có chỉ tiêu \"{2}\": không có gì để đối chiếu{3}");

    /// <summary>GBV2222: an indicator that implements a plan the child's references do not name.</summary>
    public static DiagnosticDescriptor ImplementsUnreferencedPlan { get; } = new("GBV2222", E, "Implemented plan not in the references",
        "The indicator \"{0}\" implements an indicator of \"{1}\", but no reference of this plan names the plan \"{1}\"{2}; add it to \"references\" (\"relation\": \"implements\", \"plan\": \"{1}\")", "Chỉ tiêu \"{0}\" thực hiện một chỉ tiêu của \"{1}\", nhưng không tài liệu viện dẫn nào của kế hoạch này là kế hoạch \"{1}\"{2}; hãy thêm vào \"references\" (\"relation\": \"implements\", \"plan\": \"{1}\")");

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

    /// <summary>GBV2240: a plan rule with a default rule's id that does not say it replaces the default.</summary>
    public static DiagnosticDescriptor SilentDefaultReplacement { get; } = new("GBV2240", E, "Default rule replaced without saying so",
        "The rule \"{0}\" has the id of a default rule (basis: {1}); a plan replaces a default rule only by saying so: add \"replacesDefault\": true, or give the rule an id of its own", "Quy tắc \"{0}\" trùng mã với một quy tắc mặc định (căn cứ: {1}); kế hoạch chỉ được thay quy tắc mặc định khi nói rõ: thêm \"replacesDefault\": true, hoặc đặt mã khác cho quy tắc");

    /// <summary>GBV2241: a plan rule that replaces a default rule, as it says: the validator names the default and its basis.</summary>
    public static DiagnosticDescriptor DefaultReplaced { get; } = new("GBV2241", W, "Default rule replaced",
        "The rule \"{0}\" replaces the default rule \"{0}\" (\"{1}\" to {2}), whose legal basis is {3}: check that the plan's rule is no narrower, later or weaker than the law", "Quy tắc \"{0}\" thay quy tắc mặc định \"{0}\" (\"{1}\" đến {2}), căn cứ pháp lý: {3}; hãy bảo đảm quy tắc của kế hoạch không hẹp hơn, chậm hơn hay yếu hơn quy định");

    /// <summary>GBV2242: <c>replacesDefault</c> on a rule whose id no default rule has.</summary>
    public static DiagnosticDescriptor NothingToReplace { get; } = new("GBV2242", W, "No default rule to replace",
        "The rule \"{0}\" says it replaces a default rule, but no default rule has that id; it is added as a rule of the plan's own", "Quy tắc \"{0}\" ghi là thay quy tắc mặc định nhưng không có quy tắc mặc định nào mang mã này; quy tắc được thêm như quy tắc riêng của kế hoạch");

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

    /// <summary>GBV4011: a case whose incident is after its report.</summary>
    public static DiagnosticDescriptor IncidentAfterReport { get; } = new("GBV4011", E, "Incident after its report",
        "Case number {0} in the data has its incident after its report, which cannot be; check its times (it is counted in the year of its report)", "Hồ sơ thứ {0} trong dữ liệu có thời điểm xảy ra sau thời điểm báo tin, điều không thể; hãy kiểm tra thời gian (hồ sơ vẫn được tính vào năm báo tin)");

    /// <summary>GBV4012: a plan-area figure reported by more than one unit for a year.</summary>
    public static DiagnosticDescriptor PlanAreaFigureFromTwoUnits { get; } = new("GBV4012", E, "Plan-area figure from two units",
        "\"{0}\" is one figure for the whole plan area, but {2} and {3} both reported it for {1}; neither is counted for {1}, since adding them would count the same people twice: send it from one unit", "\"{0}\" là một số liệu chung cho cả địa bàn kế hoạch, nhưng cả {2} và {3} đều báo cáo năm {1}; không số nào được tính cho năm {1}, vì cộng lại sẽ đếm cùng người hai lần: chỉ một đơn vị gửi số liệu này");

    /// <summary>GBV4013: a case id that appears again in the case data.</summary>
    public static DiagnosticDescriptor RepeatedCaseId { get; } = new("GBV4013", E, "Repeated case id",
        "This case has the same case id as {0}; a case is counted once: this record is not counted (nor in the referral summary)", "Hồ sơ này trùng mã hồ sơ với {0}; mỗi vụ việc chỉ được tính một lần: hồ sơ này không được tính (kể cả trong tổng hợp chuyển gửi)");

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

    /// <summary>GBV4201: a data file without a column it needs.</summary>
    public static DiagnosticDescriptor MissingColumn { get; } = new("GBV4201", E, "Missing column",
        "The file has no column \"{0}\"; its header must name: {1}", "Tệp không có cột \"{0}\"; dòng tiêu đề phải có: {1}");

    /// <summary>GBV4202: a value in a data file that cannot be read.</summary>
    public static DiagnosticDescriptor BadValue { get; } = new("GBV4202", E, "Bad value",
        "The value{0} of \"{1}\" is not {2}; the row is not counted", "Giá trị{0} của \"{1}\" không phải {2}; dòng này không được tính");

    /// <summary>
    /// The first argument of <see cref="BadValue"/>: the value quoted (cut at 40 characters), or nothing when it is not
    /// to be shown. A case field's value is a survivor's data: pass null for it unless the user asked to see it.
    /// </summary>
    /// <param name="value">The value as read, or null to leave it out.</param>
    public static string QuotedValue(string? value) =>
        value is null ? string.Empty : " \"" + (value.Length > 40 ? value[..40] + "…" : value) + "\"";

    /// <summary>GBV4301: a document with no text to extract from.</summary>
    public static DiagnosticDescriptor NoDocumentText { get; } = new("GBV4301", E, "No text",
        "The document has no text to read a plan from", "Tài liệu không có văn bản để đọc kế hoạch");

    /// <summary>GBV4302: bytes that are not text (a binary file given as plain text).</summary>
    public static DiagnosticDescriptor NotText { get; } = new("GBV4302", E, "Not text",
        "The file is not text ({0}); give a UTF-8 text, a .docx or a .pdf file", "Tệp không phải văn bản ({0}); hãy dùng tệp văn bản UTF-8, .docx hoặc .pdf");

    /// <summary>GBV4303: a text too long to be a plan.</summary>
    public static DiagnosticDescriptor TextTooLong { get; } = new("GBV4303", E, "Text too long",
        "The text is too long ({0}); a plan is read up to {1}", "Văn bản quá dài ({0}); kế hoạch chỉ được đọc tối đa {1}");

    /// <summary>GBV4304: a PDF with no text layer (a scan).</summary>
    public static DiagnosticDescriptor NoTextLayer { get; } = new("GBV4304", E, "No text layer",
        "The PDF has no text layer ({0} page(s), no text): it is probably a scan; run OCR on it first", "Tệp PDF không có lớp văn bản ({0} trang, không có chữ): có thể là bản quét; hãy nhận dạng chữ (OCR) trước");

    /// <summary>GBV4305: a .docx or .pdf file that cannot be opened.</summary>
    public static DiagnosticDescriptor UnreadableDocument { get; } = new("GBV4305", E, "Unreadable document",
        "The {0} file cannot be read: {1}", "Không đọc được tệp {0}: {1}");

    /// <summary>GBV4306: an extracted element the author must check against the paper.</summary>
    public static DiagnosticDescriptor ReviewElement { get; } = new("GBV4306", R, "Check against the paper",
        "{0} \"{1}\": {2}", "{0} \"{1}\" cần kiểm tra: {2}");

    /// <summary>GBV4307: nothing a plan states was found in the text.</summary>
    public static DiagnosticDescriptor NothingExtracted { get; } = new("GBV4307", W, "Nothing extracted",
        "No document number, reference, target or deadline was found: is this a plan?", "Không tìm thấy số văn bản, văn bản căn cứ, chỉ tiêu hay thời hạn báo cáo nào: đây có phải là kế hoạch không?");

    /// <summary>GBV4308: the text is cut short: the draft covers only what comes before where it stops.</summary>
    public static DiagnosticDescriptor TextCutShort { get; } = new("GBV4308", R, "Text cut short",
        "The text is cut short: {0}; the draft holds only what comes before", "Văn bản bị cắt ngang: {0}; bản nháp chỉ gồm phần trước đó");

    /// <summary>GBV4203: too many bad rows: the run stops.</summary>
    public static DiagnosticDescriptor TooManyBadRows { get; } = new("GBV4203", E, "Too many bad rows",
        "More than {0} bad rows: the run stops (raise --max-errors to go on)", "Quá {0} dòng lỗi: dừng chạy (tăng --max-errors để tiếp tục)");

    /// <summary>GBV4204: a data file that is not well-formed CSV from some point on.</summary>
    public static DiagnosticDescriptor MalformedCsv { get; } = new("GBV4204", E, "Malformed CSV",
        "The file is not well-formed CSV from here on ({0}); the rest of it is not read", "Tệp không đúng định dạng CSV từ đây ({0}); phần còn lại không được đọc");

    /// <summary>GBV1126: more problems in one file than are listed.</summary>
    public static DiagnosticDescriptor TooManyProblems { get; } = new("GBV1126", I, "Too many problems",
        "More than {0} problems in this file; {1} more are not listed: fix these first", "Tệp có hơn {0} lỗi; {1} lỗi khác không được liệt kê: hãy sửa các lỗi này trước");

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

    /// <summary>GBV2283: a condition that can never hold, or always holds.</summary>
    public static DiagnosticDescriptor ConstantCondition { get; } = new("GBV2283", W, "Condition that never or always holds",
        "The condition \"{0}\" {1}: check it against the source", "Điều kiện \"{0}\" {1}: hãy đối chiếu với văn bản gốc");

    /// <summary>GBV2284: a plan that names itself as its parent.</summary>
    public static DiagnosticDescriptor OwnParent { get; } = new("GBV2284", E, "Plan is its own parent",
        "The plan \"{0}\" names itself as the plan it implements", "Kế hoạch \"{0}\" tự ghi chính nó là kế hoạch cấp trên");

    /// <summary>GBV2285: an indicator whose numerator is its denominator.</summary>
    public static DiagnosticDescriptor NumeratorIsDenominator { get; } = new("GBV2285", W, "Numerator equals denominator",
        "The indicator \"{0}\" divides \"{1}\" by itself: it is always 100% where there are data; check the source", "Chỉ số \"{0}\" chia \"{1}\" cho chính nó: luôn là 100% khi có số liệu; hãy đối chiếu với văn bản gốc");

    /// <summary>GBV4250: a data file whose header names a column twice.</summary>
    public static DiagnosticDescriptor DuplicateColumn { get; } = new("GBV4250", E, "Duplicate column",
        "The header names the column \"{0}\" twice (columns {1} and {2}); name each column once", "Dòng tiêu đề ghi cột \"{0}\" hai lần (cột {1} và {2}); mỗi cột chỉ ghi một lần");

    /// <summary>GBV4251: a JSON Lines line (or a case file) that is not a JSON object.</summary>
    public static DiagnosticDescriptor NotACaseObject { get; } = new("GBV4251", E, "Not a case object",
        "This is {0}, not a case object ({{\"age\": ...}}); it is not counted", "Đây là {0}, không phải đối tượng hồ sơ ({{\"age\": ...}}); không được tính");

    /// <summary>GBV4252: a data file's JSON that does not parse; the input is not quoted.</summary>
    public static DiagnosticDescriptor DataJsonSyntax { get; } = new("GBV4252", E, "Data that is not JSON",
        "This is not valid JSON from here (a bracket, quote, comma or value is missing, extra or misspelt); {0}", "Đây không phải JSON hợp lệ từ vị trí này (thiếu, thừa hoặc viết sai dấu ngoặc, dấu nháy, dấu phẩy hoặc giá trị); {0}");

    /// <summary>GBV4350: a document that inflates past the limit (a compressed bomb).</summary>
    public static DiagnosticDescriptor DocumentTooLarge { get; } = new("GBV4350", E, "Document inflates too far",
        "The document's text part {0}, more than the {1} bytes a plan is read up to; it is not read", "Phần văn bản của tài liệu {0}, vượt quá {1} byte mà một kế hoạch được đọc; tài liệu không được đọc");

    /// <summary>GBV4351: a Word document that declares a DTD.</summary>
    public static DiagnosticDescriptor DocumentDtd { get; } = new("GBV4351", E, "Document declares a DTD",
        "The document declares a DTD or entities, which Word never writes; it is not read", "Tài liệu khai báo DTD hoặc thực thể, điều Word không bao giờ tạo; tài liệu không được đọc");

    /// <summary>GBV4352: a document nested deeper than the reader follows.</summary>
    public static DiagnosticDescriptor DocumentTooDeep { get; } = new("GBV4352", E, "Document nested too deep",
        "The {0} file is nested deeper than the reader follows, which no plan needs; it is not read", "Tệp {0} lồng nhau sâu hơn mức trình đọc xử lý, điều không kế hoạch nào cần; tệp không được đọc");

    /// <summary>Every descriptor, in id order, including the condition language's (<see cref="Conditions.ConditionDiagnostics"/>).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        FileUnreadable, EmptyFile, InvalidUtf8, JsonSyntax, Comment, TrailingComma, TooDeep, StringTooLong, DuplicateKey,
        ByteOrderMark, FileTooLarge, UnknownProperty, WrongType, MissingProperty, NullValue, InvalidDate,
        InvalidAnnualDate, UnknownKeyword, UnsupportedFormat, NumberOutOfRange, InvalidPartialDate, InvalidIdentifier,
        InvalidLevel, UnknownTimeZone, InvalidDuration, EmptyText, TooManyProblems, ScenarioWrongType, DuplicateId, UnknownAgency, UnknownIndicator,
        UnknownParentPlan, UnknownDataElement, UnknownReference, ParentCycle, DuplicatePlanId, DeadlineChain, PeriodEndsBeforeStart, VisionBeforeEnd, HorizonOutsidePeriod,
        DeadlineOutsidePeriod, MilestoneOutsidePeriod, YearOutsidePeriod, CutOffLeavesNoTime, InvalidCutOff, UnsatisfiableThreshold, ThresholdOutOfRange,
        OfWhichCycle, OfWhichDenominator, NoTargets, CoverageAboveTotal, MetricKind, TargetHorizon, ThresholdValue,
        DuplicateHorizon, CampaignWindow, PhraseDisagrees, PhraseNotUnderstood, DirectionDisagrees, InvalidRuleSide, OfWhichParentMetric, CoverageWithoutTotal, ThresholdNotInSource, PhraseNotInSource,
        MixedCombine, UnknownParentIndicator, ImplementsUnreferencedPlan,
        SilentDefaultReplacement, DefaultReplaced, NothingToReplace,
        ScenarioChecksNothing, ScenarioUnknownSubject, ScenarioBadData, ConstantCondition, OwnParent, NumeratorIsDenominator, DueUnstated, InvalidDueRule, IncompleteSource, IncompleteWithoutNote,
        InvalidCondition, TooManyRules, ShadowedRule, .. Conditions.ConditionDiagnostics.All, DuplicateValue, NegativeValue, TooManyConditions, UnknownTask,
        InvalidDataId, UnknownReportedElement, UnknownDataUnit, ImpossibleYear, RepeatedValue, RepeatedCompletion, IncidentAfterReport, PlanAreaFigureFromTwoUnits, RepeatedCaseId,
        DuplicateSubmission, SubmissionOutOfPeriod, UnknownObligation, UnknownReportingUnit, SubmittedBeforePeriod,
        MissingColumn, BadValue, TooManyBadRows, MalformedCsv, DuplicateColumn, NotACaseObject, DataJsonSyntax,
        NoDocumentText, NotText, TextTooLong, NoTextLayer, UnreadableDocument, ReviewElement, NothingExtracted, TextCutShort,
        DocumentTooLarge, DocumentDtd, DocumentTooDeep,
    ];
}
