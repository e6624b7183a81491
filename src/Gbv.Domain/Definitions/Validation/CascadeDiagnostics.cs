using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of what a plan of any level states and what it does not: facts the source leaves unknown, sources that
/// are not verbatim, plan-wide roles, national bodies, tasks in several campaigns. Ids are stable; docs/diagnostics.md
/// has an example of each.
/// </summary>
public static class CascadeDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    /// <summary>GBV2260: a task with both <c>campaign</c> and <c>campaigns</c>.</summary>
    public static DiagnosticDescriptor CampaignAndCampaigns { get; } = new("GBV2260", E, "Campaign given twice",
        "The task \"{0}\" gives both \"campaign\" and \"campaigns\"; list every campaign in \"campaigns\"", "Nhiệm vụ \"{0}\" ghi cả \"campaign\" và \"campaigns\"; hãy liệt kê mọi chiến dịch trong \"campaigns\"");

    /// <summary>GBV2261: a fact that is neither given nor stated as unknown.</summary>
    public static DiagnosticDescriptor FactMissing { get; } = new("GBV2261", E, "Fact neither given nor unknown",
        "The {0} is missing; give it, or list \"{1}\" in \"unknown\" when the source does not say", "Thiếu {0}; hãy ghi vào, hoặc liệt kê \"{1}\" trong \"unknown\" nếu văn bản không nêu");

    /// <summary>GBV2262: a fact both given and listed as unknown.</summary>
    public static DiagnosticDescriptor FactGivenAndUnknown { get; } = new("GBV2262", E, "Fact given and unknown",
        "\"{0}\" is listed as unknown, but the file gives it ({1}); keep one", "\"{0}\" được ghi là chưa biết nhưng tệp lại ghi giá trị ({1}); chỉ giữ một");

    /// <summary>GBV2263: a fact that cannot be unknown where it is listed.</summary>
    public static DiagnosticDescriptor FactNotUnknownHere { get; } = new("GBV2263", E, "Not a fact of this part",
        "\"{0}\" cannot be unknown here; this list takes {1}", "\"{0}\" không thể ghi là chưa biết ở đây; danh sách này nhận {1}");

    /// <summary>GBV2264: a period with neither year known.</summary>
    public static DiagnosticDescriptor PeriodWithoutEnd { get; } = new("GBV2264", E, "Period without a known year",
        "The period's first year is unknown and it has no last year: at least one year must be stated", "Thời kỳ không rõ năm bắt đầu và không có năm kết thúc: cần nêu ít nhất một năm");

    /// <summary>GBV2265: facts the source does not give, left unknown.</summary>
    public static DiagnosticDescriptor FactsUnknown { get; } = new("GBV2265", I, "Facts unknown",
        "The source does not give the {0}: left unknown, never filled in", "Văn bản không nêu {0}: để chưa biết, không điền thay");

    /// <summary>GBV2266: a part whose words are a summary or a translation.</summary>
    public static DiagnosticDescriptor NotVerbatim { get; } = new("GBV2266", I, "Source not verbatim",
        "The {0} is from a {1} of the source: its words are not the source's own, so phrases and percentages are not checked against them", "{0} lấy từ {1} văn bản: lời văn không phải nguyên văn, nên cụm từ và tỷ lệ không được đối chiếu với văn bản");

    /// <summary>GBV2267: an "of which" indicator under a joint target.</summary>
    public static DiagnosticDescriptor OfWhichUnderJoint { get; } = new("GBV2267", E, "\"Of which\" under a joint target",
        "The indicator \"{0}\" is \"of which\" \"{1}\", a joint target over several numerators: none of them alone is its denominator; give \"{0}\" its own denominator", "Chỉ số \"{0}\" là \"trong đó\" của \"{1}\", một chỉ tiêu chung cho nhiều tử số: không tử số nào là mẫu số của nó; hãy ghi mẫu số riêng cho \"{0}\"");

    /// <summary>GBV2268: <c>and</c> on a ratio over cases.</summary>
    public static DiagnosticDescriptor JointOnCases { get; } = new("GBV2268", E, "Joint target over cases",
        "\"and\" is for reported figures; over cases, join the conditions in the numerator (\"detected and supported\"), which counts the cases that meet all of them", "\"and\" dùng cho số liệu báo cáo; với hồ sơ vụ việc, hãy nối các điều kiện trong tử số (\"detected and supported\") để đếm các vụ thỏa mãn tất cả");

    /// <summary>GBV2269: a joint target naming a figure twice.</summary>
    public static DiagnosticDescriptor JointRepeats { get; } = new("GBV2269", E, "Joint target repeats a figure",
        "The joint target of \"{0}\" names \"{1}\" twice, or as its denominator: each condition is a different figure", "Chỉ tiêu chung của \"{0}\" ghi \"{1}\" hai lần hoặc trùng với mẫu số: mỗi điều kiện là một số liệu khác nhau");

    /// <summary>GBV2270: a national body at a level other than national.</summary>
    public static DiagnosticDescriptor NationalBodyLevel { get; } = new("GBV2270", W, "National body below national level",
        "The agency \"{0}\" is a {1}, a national body, but its level is \"{2}\"", "Cơ quan \"{0}\" thuộc loại {1}, là cơ quan trung ương, nhưng cấp được ghi là \"{2}\"");

    /// <summary>GBV2271: plan-wide roles that name no agency.</summary>
    public static DiagnosticDescriptor RolesWithoutAgency { get; } = new("GBV2271", W, "Plan-wide roles name nobody",
        "\"roles\" names neither a lead nor a coordinator: tasks would inherit nothing", "\"roles\" không ghi đơn vị chủ trì hay phối hợp: các nhiệm vụ không kế thừa được gì");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        CampaignAndCampaigns, FactMissing, FactGivenAndUnknown, FactNotUnknownHere, PeriodWithoutEnd, FactsUnknown, NotVerbatim,
        OfWhichUnderJoint, JointOnCases, JointRepeats, NationalBodyLevel, RolesWithoutAgency,
    ];
}
