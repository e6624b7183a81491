namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv calendar --lang vi</c> prints Vietnamese only: the kind of each entry, what its dates mean, days as 09/06/2019.</summary>
public sealed class CalendarInVietnameseTests
{
    [Fact]
    public void June_2019_of_Dak_To_in_Vietnamese()
    {
        var (exit, output, errors) = GbvTool.Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-06-01", "--to", "2019-06-30", "--lang", "vi");
        Assert.Equal((0, string.Empty), (exit, errors));
        // "trước ngày 10/6": the last day on time is the 9th; the reporters and the recipient by the plan's names.
        Assert.Contains("09/06/2019  hạn nộp báo cáo  Hạn nộp báo cáo 6 tháng kỳ 6 tháng đầu năm 2019  (hạn trước ngày 10/06/2019: đúng hạn đến hết ngày 09/06/2019; "
            + "Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn gửi UBND huyện Đăk Tô qua Phòng Lao động – Thương binh và Xã hội huyện)", output, StringComparison.Ordinal);
        Assert.Contains("01/06/2019..30/06/2019  chiến dịch  Tháng hành động quốc gia về phòng, chống bạo lực gia đình  (thời gian như kế hoạch nêu)", output, StringComparison.Ordinal);
        Assert.Contains("  nhiệm vụ  ", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"ReportDue|Task|Campaign|Milestone|every year|due before|\d{4}-\d{2}-\d{2}", output);
    }

    [Fact]
    public void In_english_the_lines_are_as_they_were()
    {
        var (_, output, _) = GbvTool.Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-06-01", "--to", "2019-06-30", "--lang", "en");
        Assert.Contains("2019-06-09  ReportDue  Six-monthly report for 2019-H1 due  (due before 2019-06-10: on time until the end of 2019-06-09; from co-quan-don-vi, ubnd-xa to ubnd-dak-to through phong-ldtbxh)",
            output, StringComparison.Ordinal);
    }
}
