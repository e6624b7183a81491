using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

/// <summary>
/// An indicator counted from cases, by age group (children under 16, people of 16 and over) and by sex, as DHIS2
/// disaggregates; every figure below is counted by hand from the 24 cases the test writes.
/// </summary>
public sealed class CaseGroupsTests
{
    private static readonly CompiledPlan<CaseRecord> Plan = ComplianceEngine.Load("""
        {
          "format": "gbv-plan/1", "id": "groups", "title": { "vi": "Thử: theo nhóm" }, "document": { "issuer": "ubnd" }, "level": "district",
          "period": { "from": 2025, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND huyện" }, "kind": "peoples-committee" } ],
          "indicators": [
            { "key": "in-time", "title": { "vi": "Bạo lực tình dục được tiếp nhận trong 72 giờ" }, "source": "thử",
              "metric": { "cases": { "numerator": "hoursSinceIncident <= 72", "denominator": "violence has sexual" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 80 } } ] }
          ]
        }
        """).CompiledPlan!;

    private static readonly Instant Incident = Instant.FromUtc(2025, 3, 1, 3, 0);

    private static IEnumerable<CaseRecord> Cases(int count, int? age, Sex? sex, int hours) => Enumerable.Range(0, count).Select(i => new CaseRecord
    {
        CaseId = $"synthetic-{age}-{sex}-{hours}-{i}", Age = age, Sex = sex, Violence = ViolenceKinds.Sexual,
        IncidentAt = Incident, ReportedAt = Incident + Duration.FromHours(hours),
    });

    // 6 girls of 10 reported within 10 hours, 6 boys of 10 after 100; 7 women of 30 within 10 hours, 5 men of 30 after 100.
    private static readonly CaseRecord[] Counted =
        [.. Cases(6, 10, Sex.Female, 10), .. Cases(6, 10, Sex.Male, 100), .. Cases(7, 30, Sex.Female, 10), .. Cases(5, 30, Sex.Male, 100)];

    private static ComplianceReport Report(IEnumerable<CaseRecord> cases) =>
        Plan.Evaluate(new ComplianceData<CaseRecord> { Cases = cases }, Plan.EndOfDay(new LocalDate(2025, 12, 31)));

    [Fact]
    public void Each_group_counted_by_hand_and_in_print()
    {
        var report = Report(Counted);
        // Children: 6 in time of 12; adults 7 of 12; women 6 + 7 = 13 of 13; men 0 of 6 + 5 = 11. The total 13 of 24.
        Assert.Equal(["child 6/12", "adult 7/12", "female 13/13", "male 0/11"], report.ByGroup.Select(g => $"{g.Group} {g.Numerator}/{g.Denominator}"));
        Assert.All(report.ByGroup, g => Assert.Equal((2025, "in-time"), (g.Year, g.Indicator)));
        Assert.Contains("""
            **in-time: by age and sex, 2025**

            | group | figures |
            |---|---:|
            | children under 16 | 6/12 (50%) |
            | people of 16 and over | 7/12 (58.3%) |
            | women and girls | 13/13 (100%) |
            | men and boys | 0/11 (0%) |
            """.ReplaceLineEndings("\n"), ComplianceReportMarkdown.Render(report, "en"), StringComparison.Ordinal);
        Assert.Contains("| trẻ em dưới 16 tuổi | 6/12 (50%) |", ComplianceReportMarkdown.Render(report, "vi"), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(ComplianceReportJson.Write(report));
        Assert.Equal(["child 6/12", "adult 7/12", "female 13/13", "male 0/11"], json.RootElement.GetProperty("indicators")[0].GetProperty("byGroup").EnumerateArray()
            .Select(g => $"{g.GetProperty("group").GetString()} {g.GetProperty("numerator").GetDecimal()}/{g.GetProperty("denominator").GetDecimal()}"));
    }

    [Fact]
    public void A_pair_whose_rest_is_small_is_hidden_together()
    {
        // One more case in time, of no recorded age or sex: 14 of 25 in all, so each pair leaves 1 case of the total
        // aside, a count of one person that the total less the pair would give: both pairs are hidden.
        var report = Report([.. Counted, .. Cases(1, null, null, 10)]);
        var md = ComplianceReportMarkdown.Render(report, "en");
        Assert.Contains("| children under 16 | (hidden) |\n| people of 16 and over | (hidden) |\n| women and girls | (hidden) |\n| men and boys | (hidden) |", md, StringComparison.Ordinal);
        // The JSON-side figures are full: they are data, not print.
        Assert.Equal("child 6/12", $"{report.ByGroup[0].Group} {report.ByGroup[0].Numerator}/{report.ByGroup[0].Denominator}");
    }
}
