using System.Text.Json.Nodes;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// Đăk Tô's plan with one thing changed, and the one diagnostic a plan author gets for it: where (JSON pointer), and
/// what it says in English and in Vietnamese, word for word. The Vietnamese message must be Vietnamese throughout,
/// including what the validator adds ("at least 1 unit" is "ít nhất 1 đơn vị").
/// </summary>
public sealed class ValidatorMessageTests
{
    private static readonly Dictionary<string, Action<JsonObject>> Changes = new()
    {
        ["all-at-90"] = p => Target(p, 0)["threshold"] = new JsonObject { ["comparison"] = "all", ["value"] = 90 },
        ["count-2.5"] = p => Target(p, 0)["threshold"] = new JsonObject { ["comparison"] = "at-least", ["value"] = 2.5, ["unit"] = "count" },
        ["negative"] = p => Target(p, 0)["threshold"] = new JsonObject { ["comparison"] = "at-least", ["value"] = -5 },
        ["percent-120"] = p => Target(p, 0)["threshold"] = new JsonObject { ["comparison"] = "at-most", ["value"] = 120 },
        ["task-2040"] = p => p["tasks"]![0]!["year"] = 2040,
        ["campaign-2040"] = p => p["campaigns"]![0]!["year"] = 2040,
        ["due-both"] = p => p["reporting"]![0]!["due"] = new JsonObject { ["rule"] = "before", ["date"] = "06-10", ["dayOfMonth"] = 5 },
        ["due-day-32"] = p => p["reporting"]![0]!["due"] = new JsonObject { ["rule"] = "before", ["dayOfMonth"] = 32 },
        ["due-on-request"] = p => p["reporting"]![0]!["due"] = new JsonObject { ["rule"] = "on-request" },
        ["cut-off-both"] = p => p["reporting"]![0]!["cutOff"] = new JsonObject { ["preset"] = "decree-09-2019", ["from"] = "12-15", ["to"] = "06-14" },
        ["cut-off-none"] = p => p["reporting"]![0]!["cutOff"] = new JsonObject(),
        ["decrease"] = p =>
        {
            p["indicators"]![1]!["direction"] = "decrease";
            p["indicators"]![1]!["targets"]!.AsArray().RemoveAt(1);
        },
        ["baseline-negative"] = p => p["indicators"]![1]!["baseline"] = new JsonObject { ["year"] = 2016, ["value"] = -1, ["source"] = "thử" },
        ["frequency-0"] = p => p["tasks"]![0]!["minimumFrequency"] = new JsonObject { ["count"] = 0, ["per"] = "year" },
        ["implements-no-key"] = p => p["indicators"]![1]!["implements"] = "ubnd-tinh-kon-tum",
        ["cut-off-window-monthly"] = p =>
        {
            p["reporting"]![0]!["frequency"] = "monthly";
            p["reporting"]![0]!["due"] = new JsonObject { ["rule"] = "before", ["dayOfMonth"] = 10 };
            p["reporting"]![0]!["cutOff"] = new JsonObject { ["from"] = "12-15", ["to"] = "06-14" };
        },
        ["condition-empty"] = p => p["referralRules"] = new JsonArray(new JsonObject { ["id"] = "r", ["condition"] = " ", ["service"] = "co-so-y-te", ["source"] = "thử" }),
    };

    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        { "all-at-90", "GBV2202", "/indicators/0/targets/0/threshold/value", "The value 90 is out of range: \"all\" is 100 percent", "Giá trị 90 nằm ngoài phạm vi: \"all\" là 100 phần trăm" },
        { "count-2.5", "GBV2202", "/indicators/0/targets/0/threshold/value", "The value 2.5 is out of range: a count is a whole number", "Giá trị 2.5 nằm ngoài phạm vi: số đếm là số nguyên" },
        { "negative", "GBV2202", "/indicators/0/targets/0/threshold/value", "The value -5 is out of range: a threshold is never negative", "Giá trị -5 nằm ngoài phạm vi: ngưỡng không bao giờ âm" },
        { "percent-120", "GBV2202", "/indicators/0/targets/0/threshold/value", "The value 120 is out of range: a percentage is between 0 and 100", "Giá trị 120 nằm ngoài phạm vi: tỷ lệ phần trăm nằm trong khoảng 0 đến 100" },
        {
            "task-2040", "GBV2106", "/tasks/0/year",
            "The task \"ii-1-1-communication-campaign\" is set for 2040, outside the plan's period 2017-2020 (vision 2030): check the year in the source",
            "Nhiệm vụ \"ii-1-1-communication-campaign\" được đặt vào năm 2040, nằm ngoài thời kỳ của kế hoạch 2017-2020 (tầm nhìn 2030): hãy kiểm tra năm trong văn bản gốc"
        },
        {
            "campaign-2040", "GBV2106", "/campaigns/0/year",
            "The campaign \"action-month-gbv\" is set for 2040, outside the plan's period 2017-2020 (vision 2030): check the year in the source",
            "Chiến dịch \"action-month-gbv\" được đặt vào năm 2040, nằm ngoài thời kỳ của kế hoạch 2017-2020 (tầm nhìn 2030): hãy kiểm tra năm trong văn bản gốc"
        },
        { "due-both", "GBV2302", "/reporting/0/due", "The due rule \"before\" needs exactly one of \"date\" and \"dayOfMonth\"", "Quy tắc hạn nộp \"before\" cần đúng một trong \"date\" và \"dayOfMonth\"" },
        { "due-day-32", "GBV1109", "/reporting/0/due/dayOfMonth", "32 is not allowed here: expected a day of the month from 1 to 31", "Không chấp nhận 32 tại đây: cần ngày trong tháng từ 1 đến 31" },
        {
            "due-on-request", "GBV2302", "/reporting/0/due/rule", "The due rule \"on-request\" fits only ad hoc reports (\"frequency\": \"ad-hoc\")",
            "Quy tắc hạn nộp \"on-request\" chỉ dùng cho báo cáo đột xuất (\"frequency\": \"ad-hoc\")"
        },
        {
            "cut-off-both", "GBV2108", "/reporting/0/cutOff", "\"cutOff\" takes either \"preset\" or \"from\" and \"to\", not both",
            "Thời gian chốt số liệu (\"cutOff\") không hợp lệ: chỉ ghi \"preset\" hoặc \"from\" và \"to\", không ghi cả hai"
        },
        {
            "cut-off-none", "GBV2108", "/reporting/0/cutOff", "\"cutOff\" needs \"preset\", or both \"from\" and \"to\"",
            "Thời gian chốt số liệu (\"cutOff\") không hợp lệ: cần \"preset\", hoặc cả \"from\" và \"to\""
        },
        {
            "decrease", "GBV2214", "/indicators/1/direction", "The indicator is said to decrease, but its target \"more than 90%\" is a lower bound",
            "Chỉ tiêu được nêu là giảm, nhưng mục tiêu \"more than 90%\" là cận dưới"
        },
        { "baseline-negative", "GBV1109", "/indicators/1/baseline/value", "-1 is not allowed here: expected at least 0", "Không chấp nhận -1 tại đây: cần ít nhất 0" },
        { "frequency-0", "GBV1109", "/tasks/0/minimumFrequency/count", "0 is not allowed here: expected at least 1", "Không chấp nhận 0 tại đây: cần ít nhất 1" },
        {
            "implements-no-key", "GBV1111", "/indicators/1/implements",
            "\"ubnd-tinh-kon-tum\" is not a valid id: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit",
            "\"ubnd-tinh-kon-tum\" không phải mã hợp lệ: dùng chữ thường, chữ số, '-', '_' và '.', bắt đầu bằng chữ hoặc số"
        },
        {
            "cut-off-window-monthly", "GBV2108", "/reporting/0/cutOff", "\"cutOff\" with \"from\" and \"to\" fits only a report due on a day of the year",
            "Thời gian chốt số liệu (\"cutOff\") không hợp lệ: có \"from\" và \"to\" chỉ dùng cho báo cáo có hạn nộp vào một ngày trong năm"
        },
        { "condition-empty", "GBV2401", "/referralRules/0/condition", "The condition is empty", "Điều kiện trống" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_change_gives_one_diagnostic_at_its_pointer_in_both_languages(string change, string id, string pointer, string en, string vi)
    {
        var plan = JsonNode.Parse(File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")))!.AsObject();
        Assert.Empty(PlanLoader.Load(plan.ToJsonString()).Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
        Changes[change](plan);

        var found = PlanLoader.Load(plan.ToJsonString(), "plan.json").Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();

        var d = Assert.Single(found);
        Assert.Equal((id, pointer), (d.Id, d.Location.Pointer));
        Assert.Equal(en, d.Message);
        Assert.Equal(vi, d.GetMessage("vi"));
    }

    private static JsonNode Target(JsonObject plan, int indicator) => plan["indicators"]![indicator]!["targets"]![0]!;
}
