using System.Text.Json;
using System.Xml.Linq;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Rendering;

/// <summary>
/// The compliance report's renderings count each intervention by the rule that calls for it, beside the counts per
/// service: post-exposure prophylaxis (72 hours) and emergency contraception (120 hours) both go to a health facility,
/// and a survivor seen on the fourth day still needs the second.
/// </summary>
public sealed class InterventionCountsTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2024, 12, 31, 16, 59);

    /// <summary>
    /// Two adult women, consent recorded, risk low, sexual violence: one reported 50 hours after the incident, one 100
    /// hours after. Both: emergency contraception (within 120 h), health care, counselling, legal aid. Only the first:
    /// post-exposure prophylaxis and forensic examination (within 72 h). No rule needs a missing value.
    /// </summary>
    private static ComplianceReport Report()
    {
        var plan = ComplianceEngine.Load(TestFiles.MinimalPlan).CompiledPlan!;
        var incident = Instant.FromUtc(2024, 5, 1, 0, 0);
        CaseRecord Survivor(string id, int hours) => new()
        {
            CaseId = id, Age = 25, Sex = Sex.Female, Violence = ViolenceKinds.Sexual, Risk = RiskLevel.Low, Consent = true,
            IncidentAt = incident, ReportedAt = incident + Duration.FromHours(hours),
        };
        return plan.Evaluate(new ComplianceData<CaseRecord> { Cases = [Survivor("synthetic-50h", 50), Survivor("synthetic-100h", 100)] }, AsOf);
    }

    private static readonly string[] Rows =
    [
        "counselling|2|0|0", "emergency-contraception|2|0|0", "forensic-examination|1|0|0", "health-care|2|0|0", "legal-aid|2|0|0",
        "post-exposure-prophylaxis|1|0|0",
    ];

    // The same rows in Vietnamese: each intervention by its name, never its id.
    private static readonly string[] RowsVi =
    [
        "Tư vấn tâm lý|2|0|0", "Tránh thai khẩn cấp (trong 120 giờ)|2|0|0", "Giám định, thu thập chứng cứ pháp y (trong 72 giờ)|1|0|0", "Chăm sóc y tế|2|0|0",
        "Trợ giúp pháp lý|2|0|0", "Điều trị dự phòng sau phơi nhiễm HIV (trong 72 giờ)|1|0|0",
    ];

    /// <summary>With protection off the footer says nothing is hidden, not that counts below 1 read "&lt;1".</summary>
    [Fact]
    public void With_small_count_protection_off_the_footer_says_no_count_is_hidden_in_each_format_and_language()
    {
        var report = Report();
        Assert.EndsWith("_No counts are hidden: small-count protection is off._\n", ComplianceReportMarkdown.Render(report, "en", SmallCounts.None), StringComparison.Ordinal);
        Assert.EndsWith("_Không ẩn số liệu nào: đã tắt bảo vệ số nhỏ._\n", ComplianceReportMarkdown.Render(report, "vi", SmallCounts.None), StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">No counts are hidden: small-count protection is off.</p>", ComplianceReportHtml.Render(report, "en", SmallCounts.None), StringComparison.Ordinal);
        Assert.EndsWith("_Counts of people below 5 are shown as \"<5\" to protect survivors._\n", ComplianceReportMarkdown.Render(report, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_a_row_per_intervention_in_each_language()
    {
        var report = Report();
        var en = ComplianceReportMarkdown.Render(report, "en", SmallCounts.None);
        Assert.Contains(
            "| intervention (rule) | refer | consent needed | information needed |\n|---|---:|---:|---:|\n"
            + string.Concat(Rows.Select(r => "| " + r.Replace("|", " | ", StringComparison.Ordinal) + " |\n")),
            en, StringComparison.Ordinal);

        // By service the two windows are one row: health-facility, 2.
        Assert.Contains("| health-facility | 2 | 0 | 0 |\n", en, StringComparison.Ordinal);

        // Counts of cases below 5 are suppressed here as everywhere else.
        var vi = ComplianceReportMarkdown.Render(report, "vi");
        Assert.Contains("| biện pháp can thiệp (quy tắc) | chuyển tuyến | cần sự đồng ý | cần thêm thông tin |\n|---|---:|---:|---:|\n| Tư vấn tâm lý | <5 | 0 | 0 |\n", vi, StringComparison.Ordinal);
        Assert.Contains("| Điều trị dự phòng sau phơi nhiễm HIV (trong 72 giờ) | <5 | 0 | 0 |\n", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic-", en + vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_has_a_table_of_interventions_in_each_language()
    {
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        IEnumerable<string> Table(string language) =>
            XDocument.Parse(ComplianceReportHtml.Render(Report(), language, SmallCounts.None)["<!DOCTYPE html>\n".Length..])
                .Descendants(xhtml + "table").Single(t => (string?)t.Attribute("class") == "interventions").Descendants(xhtml + "tr")
                .Select(tr => string.Join('|', tr.Elements().Select(c => c.Value)));

        Assert.Equal(["intervention (rule)|refer|consent needed|information needed", .. Rows], Table("en"));
        Assert.Equal(["biện pháp can thiệp (quy tắc)|chuyển tuyến|cần sự đồng ý|cần thêm thông tin", .. RowsVi], Table("vi"));
    }

    [Fact]
    public void Json_has_full_counts_per_intervention()
    {
        using var json = JsonDocument.Parse(ComplianceReportJson.Write(Report()));
        var counts = json.RootElement.GetProperty("referrals").GetProperty("perIntervention").EnumerateObject()
            .Select(p => $"{p.Name}|{p.Value.GetProperty("refer").GetInt64()}|{p.Value.GetProperty("consentRequired").GetInt64()}|{p.Value.GetProperty("needsInformation").GetInt64()}");
        Assert.Equal(Rows, counts);
    }

    [Fact]
    public void A_report_without_cases_has_no_table_of_interventions_and_an_empty_object_in_json()
    {
        var report = ComplianceEngine.Load(TestFiles.MinimalPlan).CompiledPlan!.Evaluate(new ComplianceData<CaseRecord>(), AsOf);
        Assert.DoesNotContain("intervention (rule)", ComplianceReportMarkdown.Render(report, "en"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"interventions\"", ComplianceReportHtml.Render(report, "en"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ComplianceReportJson.Write(report));
        Assert.Empty(json.RootElement.GetProperty("referrals").GetProperty("perIntervention").EnumerateObject());
    }
}
