using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// The village plan runs 2024-2026 and its targets' years are 2024 and 2026: a figure for 2023 or 2027, a training
/// held in 2021, is kept but read by nothing, and the data's author is told (a year typed 2032 for 2023 would vanish).
/// </summary>
public sealed class YearsNotReadTests
{
    [Fact]
    public void A_figure_or_a_completion_outside_the_years_the_targets_read_is_a_warning_that_names_them()
    {
        var plan = UntunedPlan.Compiled();
        var report = plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new ReportedValue("thon-1", 2023, "cases_known", 4), new ReportedValue("thon-1", 2024, "cases_known", 10), new ReportedValue("thon-1", 2027, "cases_known", 3)],
            TaskCompletions = [new TaskCompletion("truyen-thong", "thon-1", new LocalDate(2021, 5, 1)), new TaskCompletion("truyen-thong", "thon-1", new LocalDate(2024, 5, 1))],
        }, plan.EndOfDay(new LocalDate(2024, 12, 31)));

        var warnings = report.Problems.Where(d => d.Id == "GBV4020").ToList();
        Assert.Equal(
        [
            "The value of \"cases_known\" from thon-1 is dated 2023, outside the years the plan's targets read (2024-2026): it is kept, but nothing in the report uses it; check the year",
            "The value of \"cases_known\" from thon-1 is dated 2027, outside the years the plan's targets read (2024-2026): it is kept, but nothing in the report uses it; check the year",
            "The completion of \"truyen-thong\" by thon-1 is dated 2021, outside the years the plan's targets read (2024-2026): it is kept, but nothing in the report uses it; check the year",
        ], warnings.Select(d => d.Message));
        Assert.All(warnings, d => Assert.Equal(Gbv.Domain.Diagnostics.DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("Việc hoàn thành \"truyen-thong\" của thon-1 ghi năm 2021, ngoài các năm mà chỉ tiêu của kế hoạch dùng (2024-2026): vẫn được giữ nhưng báo cáo không dùng; hãy kiểm tra năm", warnings[2].GetMessage("vi"));
        // The years inside are read as before: no warning for 2024.
        Assert.DoesNotContain(warnings, d => d.Message.Contains("2024,", StringComparison.Ordinal));
    }
}
