
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary><c>gbv targets</c> and <c>gbv calendar</c> on Đăk Tô's plan, with answers worked out from its text.</summary>
public sealed class PlanCommandsTests
{
    [Fact]
    public void Targets_gives_the_least_count_for_each_target()
    {
        var (exit, output, _) = Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "37", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("victims-supported (more than 90% by 2020): needs at least 34 of 37\n", output, StringComparison.Ordinal);
        Assert.Contains("perpetrators-counselled (more than 60% by 2020): needs at least 23 of 37\n", output, StringComparison.Ordinal);
        Assert.Contains("annual-training (at least 1 from 2017): needs at least 1\n", output, StringComparison.Ordinal);

        var vi = Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "37", "--lang", "vi").Out;
        Assert.Contains("Nạn nhân được hỗ trợ và can thiệp kịp thời (trên 90% đến năm 2020): cần ít nhất 34 trên 37\n", vi, StringComparison.Ordinal);
        Assert.Equal(2, Run("targets", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--denominator", "0").Exit);
    }

    [Fact]
    public void Calendar_prints_the_agenda_and_writes_an_ics_file()
    {
        var ics = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.ics");
        try
        {
            var (exit, output, _) = Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-06-01", "--to", "2019-06-30", "--lang", "en", "--ics", ics);
            Assert.Equal(0, exit);
            Assert.Contains("2019-06-09  ReportDue  Six-monthly report for 2019-H1 due  (due before 2019-06-10: on time until the end of 2019-06-09;", output, StringComparison.Ordinal);
            Assert.Contains("2019-06-01..2019-06-30  Campaign", output, StringComparison.Ordinal);
            var calendar = Ical.Net.Calendar.Load(File.ReadAllText(ics))!;
            Assert.Equal(output.Split('\n').Count(l => l.StartsWith("2019-", StringComparison.Ordinal)), calendar.Events.Count);
            Assert.Equal(2, Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2019-07-01", "--to", "2019-06-01").Exit);
        }
        finally
        {
            File.Delete(ics);
        }
    }

    [Fact]
    public void Refer_explains_each_decision_for_a_case_file_and_rejects_a_bad_value_where_it_is()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, """{ "age": 14, "violence": ["sexual"], "risk": "high", "consent": false, "incidentAt": "2024-05-01T08:00:00+07:00", "reportedAt": "2024-05-01T20:00:00+07:00" }""");
            var (exit, output, _) = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file);
            Assert.Equal(0, exit);
            // Decree 56/2017: a child facing serious harm, within 12 hours of the report (20:00 local, so 08:00 the next day),
            // in Vietnamese by default, in the plan's local time with its offset; consent for a child is a parent's.
            Assert.StartsWith("Chuyển gửi đến Người làm công tác bảo vệ trẻ em cấp xã (Chủ tịch UBND cấp xã) (khẩn cấp), hạn 08:00 02/05/2024 (+07:00)", output, StringComparison.Ordinal);
            Assert.Contains("Hỏi ý kiến đồng ý của cha, mẹ hoặc người giám hộ, lắng nghe ý kiến của trẻ em, để chuyển gửi đến Cơ sở y tế (khẩn cấp), hạn 08:00 04/05/2024 (+07:00)", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Z", output.Split('\n').First(), StringComparison.Ordinal);
            // Each rule by its Vietnamese name and its legal basis in Vietnamese, no id; no English citation ("Decree", "Art.").
            Assert.Contains("  quy tắc Trẻ em có nguy cơ bị tổn hại nghiêm trọng: can thiệp khẩn cấp trong 12 giờ: tuổi dưới 16 và ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("child-serious-harm", output, StringComparison.Ordinal);
            // A rule that always holds has no tests to list; WHO's English words come in the package's translation, said to be one.
            Assert.Contains("  quy tắc Tư vấn tâm lý: luôn đúng\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains(": “thu thập mẫu vật càng sớm càng tốt; sau 72 giờ kể từ khi bị tấn công, giá trị của vật chứng giảm mạnh” (bản dịch)", output, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bthe\b|\bassault\b|\[\]", output);
            Assert.Contains("    căn cứ: Nghị định 56/2017/NĐ-CP, Điều 26 khoản 2, 3: đánh giá ban đầu quyết định việc can thiệp khẩn cấp", output, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"Decree|Art\.|Law \d|\d{4}-\d{2}-\d{2}", output);

            var english = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file, "--lang", "en-GB");
            Assert.StartsWith("Refer to Commune child-protection worker (commune chairman) (emergency), by 2024-05-02 08:00 +07:00", english.Out, StringComparison.Ordinal);
            Assert.Contains("Ask the consent of the child's parent or guardian, hearing the child's views, to refer to Health facility (emergency)", english.Out, StringComparison.Ordinal);

            // JSON: instants in UTC only; one object per intervention with its own deadline.
            var json = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file, "--format", "json");
            Assert.Equal(0, json.Exit);
            using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
            var decisions = doc.RootElement.GetProperty("decisions");
            Assert.Equal(("child-protection", "2024-05-02T01:00:00Z"), (decisions[0].GetProperty("service").GetString(), decisions[0].GetProperty("deadline").GetString()));
            var health = decisions.EnumerateArray().Single(d => d.GetProperty("service").GetString() == "health-facility");
            Assert.Equal(("ConsentRequired", "parent-or-guardian"), (health.GetProperty("status").GetString(), health.GetProperty("consentOf").GetString()));
            var deadlines = health.GetProperty("interventions").EnumerateArray().ToDictionary(i => i.GetProperty("rule").GetString()!, i => i.GetProperty("deadline").ToString());
            Assert.Equal("2024-05-04T01:00:00Z", deadlines["post-exposure-prophylaxis"]);
            Assert.Equal("2024-05-06T01:00:00Z", deadlines["emergency-contraception"]);
            Assert.DoesNotContain("+07:00", json.Out, StringComparison.Ordinal);

            File.WriteAllText(file, """{ "age": "fourteen" }""");
            var bad = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file, "--lang", "en");
            Assert.Equal(1, bad.Exit);
            Assert.Contains("error GBV4202: The value of \"age\" is not a whole number of years from 0 to 150", bad.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("fourteen", bad.Err, StringComparison.Ordinal);
            Assert.Contains("error GBV4202: The value \"\"fourteen\"\" of \"age\"", Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file, "--show-values", "--lang", "en").Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Conformance_lists_each_linked_pair_and_exits_1_when_a_child_is_looser()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-conformance-");
        try
        {
            var parent = Path.Combine(folder.FullName, "parent.plan.json");
            File.WriteAllText(parent, TestFiles.CanThoParentPlan("at-least", 80, 2024));
            var child = Path.Combine(folder.FullName, "child.plan.json");
            File.WriteAllText(child, TestFiles.CanThoLinkedToParent());
            var (exit, output, _) = Run("conformance", child, parent, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.StartsWith("Looser: ubnd-can-tho-2024#victims-seek-help against can-tho-2021-2025#seek-help", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
