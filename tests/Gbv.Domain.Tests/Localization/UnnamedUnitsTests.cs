using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Tests.Evaluation.Rendering;

namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// A commune units.csv gives no name keeps its id in the Vietnamese report, and the report says why, once: the reader
/// sees a code and is told where its name would come from.
/// </summary>
public sealed class UnnamedUnitsTests
{
    private const string Note = "chưa có tên trong units.csv (cột name), nên ghi bằng mã đơn vị";

    [Fact]
    public void Communes_without_a_name_are_listed_once_by_id()
    {
        var named = ReportSectionsTests.DakTo();
        // Xã Đăk Trăm and Xã Tân Cảnh lose their names, as a units.csv without the "name" column for them would give.
        var report = named with { UnitNames = named.UnitNames.Remove("xa-dak-tram").Remove("xa-tan-canh") };
        foreach (var text in new[] { ComplianceReportMarkdown.Render(report, "vi"), System.Net.WebUtility.HtmlDecode(ComplianceReportHtml.Render(report, "vi")) })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(Note)));
            Assert.Contains("xa-dak-tram, xa-tan-canh: " + Note, text, StringComparison.Ordinal);
            Assert.Contains("| xa-dak-tram | 2020 |", ComplianceReportMarkdown.Render(report, "vi"), StringComparison.Ordinal);
        }

        // Every commune named, or the English report (ids throughout): no such line.
        Assert.DoesNotContain(Note, ComplianceReportMarkdown.Render(named, "vi"), StringComparison.Ordinal);
        Assert.DoesNotContain("units.csv", ComplianceReportMarkdown.Render(report, "en"), StringComparison.Ordinal);
    }
}
