using System.Collections.Frozen;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// The names the validator gives the parts of a plan in its messages ("an unknown agency", "not a known due rule"),
/// with their Vietnamese, so that a Vietnamese message does not carry English words.
/// </summary>
internal static class PlanNouns
{
    private static readonly FrozenDictionary<string, string> Vietnamese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["agency"] = "cơ quan",
        ["agency kind"] = "loại cơ quan",
        ["campaign"] = "chiến dịch",
        ["comparison"] = "phép so sánh",
        ["consent override reason"] = "lý do không cần sự đồng ý",
        ["consent requirement"] = "yêu cầu về sự đồng ý",
        ["consistency rule"] = "quy tắc nhất quán",
        ["cut-off preset"] = "mẫu ngày chốt số liệu",
        ["data element"] = "phần tử dữ liệu",
        ["direction"] = "chiều",
        ["base"] = "đối tượng được tính",
        ["source kind"] = "loại nguồn",
        ["unknown fact"] = "thông tin chưa biết",
        ["document kind"] = "loại văn bản",
        ["due rule"] = "quy tắc hạn nộp",
        ["importance"] = "mức độ quan trọng",
        ["indicator"] = "chỉ số",
        ["milestone"] = "mốc",
        ["milestone kind"] = "loại mốc",
        ["missing-value strategy"] = "cách xử lý giá trị thiếu",
        ["way figures combine"] = "cách gộp số liệu của các đơn vị",
        ["kind of figures"] = "loại số liệu (số nguyên hay số thập phân)",
        ["observance day"] = "ngày kỷ niệm",
        ["operator"] = "toán tử",
        ["recurrence"] = "tần suất lặp lại",
        ["reference"] = "văn bản tham chiếu",
        ["referral rule"] = "quy tắc chuyển gửi",
        ["relation"] = "quan hệ",
        ["reporting frequency"] = "kỳ báo cáo",
        ["reporting obligation"] = "nghĩa vụ báo cáo",
        ["roll"] = "cách dời ngày",
        ["service"] = "dịch vụ",
        ["service kind"] = "loại dịch vụ",
        ["span"] = "khoảng thời gian",
        ["task"] = "nhiệm vụ",
        ["unit"] = "đơn vị",
        ["urgency"] = "mức khẩn cấp",
        ["window start"] = "mốc bắt đầu thời hạn",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names that have a Vietnamese word, for the test that every name the validator uses has one.</summary>
    internal static IEnumerable<string> Known => Vietnamese.Keys;

    /// <summary>The noun in both languages; a noun without a Vietnamese word stays English rather than fail.</summary>
    public static DiagnosticArgument Of(string noun) => new(noun, Vietnamese.GetValueOrDefault(noun, noun));
}
