using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using NodaTime;

namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// A Vietnamese message writes days, moments, periods and figures as an officer does (16/12/2022, "15:00 03/06/2017
/// (+07:00)", "6 tháng đầu năm 2017", 2,5); the English keeps the data's own forms (ISO, UTC, 2017-H1, 2.5).
/// </summary>
public sealed class ValuesInVietnameseMessagesTests
{
    private static readonly CompiledPlan<CaseRecord> DakTo = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;

    [Fact]
    public void A_figure_with_decimals_a_repeated_report_and_a_repeated_completion()
    {
        // 15:00 and 16:00 on 3 June 2017 in Vietnam (UTC+7) are 08:00 and 09:00 UTC.
        var period = new ReportingPeriod(PeriodKind.Half, 2017, 1);
        var report = DakTo.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new ReportedValue("xa-ngoc-tu", 2020, "victims_detected", 2.5m)],
            Submissions = [new("six-monthly", "xa-ngoc-tu", period, Instant.FromUtc(2017, 6, 3, 8, 0)), new("six-monthly", "xa-ngoc-tu", period, Instant.FromUtc(2017, 6, 3, 9, 0))],
            ReportingUnits = System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<string>>.Empty.Add("ubnd-xa", ["xa-ngoc-tu"]),
            TaskCompletions = [new("ii-2-1-capacity-building", "phong-vhtt", new LocalDate(2018, 7, 10)), new("ii-2-1-capacity-building", "phong-vhtt", new LocalDate(2018, 7, 10))],
        }, DakTo.EndOfDay(new LocalDate(2020, 12, 31)));

        Assert.True(report.Problems.Length == 3, string.Join("\n", report.Problems));
        var decimals = report.Problems.Single(d => d.Id == "GBV4014");
        Assert.StartsWith("xa-ngoc-tu báo cáo 2,5 cho \"victims_detected\" năm 2020", decimals.GetMessage("vi"), StringComparison.Ordinal);
        Assert.StartsWith("xa-ngoc-tu reported 2.5 for \"victims_detected\"", decimals.GetMessage("en"), StringComparison.Ordinal);

        var twice = report.Problems.Single(d => d.Id == "GBV4101");
        Assert.Contains("kỳ 6 tháng đầu năm 2017 nhiều lần (15:00 03/06/2017 (+07:00), rồi 16:00 03/06/2017 (+07:00))", twice.GetMessage("vi"), StringComparison.Ordinal);
        Assert.Contains("2017-H1", twice.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains("2017-06-03T08:00:00Z", twice.GetMessage("en"), StringComparison.Ordinal);

        var again = report.Problems.Single(d => d.Id == "GBV4010");
        Assert.Contains("10/07/2018", again.GetMessage("vi"), StringComparison.Ordinal);
        Assert.Contains("2018-07-10", again.GetMessage("en"), StringComparison.Ordinal);
    }
}
