using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Extraction;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// The extractor on the five seeds, against the plan files encoded from them by hand: the acceptance figures of the
/// extraction issue, and facts of each seed written from the paper.
/// </summary>
public sealed class SeedExtractionTests
{
    private static PlanExtraction Extract(int seed) => PlanExtractor.Extract(File.ReadAllText(TestFiles.Seeds[seed].Seed), Path.GetFileName(TestFiles.Seeds[seed].Seed));

    [Fact]
    public void Targets_deadlines_and_references_reach_95_percent_precision_and_recall_over_the_five_seeds()
    {
        var scores = ExtractionComparer.Sum(TestFiles.Seeds.Select((s, i) =>
            ExtractionComparer.Compare(Extract(i).Draft!, PlanDefinitionReader.ReadFile(s.Plan).Definition!)));
        foreach (var kind in new[] { "targets", "deadlines", "references" })
        {
            var score = scores.Single(s => s.Kind == kind);
            Assert.True(score.Precision >= 0.95m && score.Recall >= 0.95m,
                $"{kind}: precision {score.Precision:P1}, recall {score.Recall:P1}\n{string.Join('\n', score.Details)}");
        }

        foreach (var kind in new[] { "tasks", "roles" })
        {
            var score = scores.Single(s => s.Kind == kind);
            Assert.True(score.Precision >= 0.80m && score.Recall >= 0.80m,
                $"{kind}: precision {score.Precision:P1}, recall {score.Recall:P1}\n{string.Join('\n', score.Details)}");
        }

        // 37 + 32 + 14 + 45 + 13 tasks with 32 + 49 + 0 + 32 + 0 lead and coordinator roles.
        Assert.Equal((141, 113), (scores.Single(s => s.Kind == "tasks").Expected, scores.Single(s => s.Kind == "roles").Expected));

        // What the hand-encoded files hold, counted from them: 8 + 9 + 2 targets, 2 + 3 + 1 dated or on-request
        // deadlines, 3 + 1 + 2 + 6 + 1 numbered references.
        Assert.Equal((19, 6, 13), (scores.Single(s => s.Kind == "targets").Expected, scores.Single(s => s.Kind == "deadlines").Expected, scores.Single(s => s.Kind == "references").Expected));
    }

    [Fact]
    public void Long_Bien_header_targets_and_deadlines_as_on_the_paper()
    {
        var x = Extract(0);
        var document = x.Of<ExtractedDocument>().Single();
        Assert.Equal(("13/KH-BTV", new LocalDate(2023, 3, 14), "Long Biên", "district"), (document.Number, document.Issued!.Value, document.Place, document.Level));
        Assert.Equal((2023, 2023), (x.Of<ExtractedPeriod>().Single().From, x.Of<ExtractedPeriod>().Single().To));

        // "- 90% phụ nữ và trẻ em gái là nạn nhân ...": a bare percentage, read as at least and marked for review.
        var victims = x.Of<ExtractedTarget>().Single(t => t.Subject.StartsWith("phụ nữ và trẻ em gái", StringComparison.Ordinal));
        Assert.Equal((new Threshold(Comparison.AtLeast, 90m), (int?)2023), (victims.Threshold, victims.By));
        Assert.NotNull(victims.Review);
        Assert.Contains(x.Diagnostics, d => d.Severity == DiagnosticSeverity.Review && d.Location.Line == victims.Span.Line);

        // "14/14 phường" in the section on where the plan applies.
        Assert.Contains(x.Of<ExtractedTarget>(), t => t.Threshold == new Threshold(Comparison.All, 14m, ThresholdUnit.Count) && t.By == 2023);

        // "hàng tháng, 6 tháng (trước 30/5), 1 năm (trước 30/11) gửi về Hội LHPN Quận"
        var deadlines = x.Of<ExtractedDeadline>().Where(d => d.Rule == "before").Select(d => (d.Frequency, d.Date)).ToList();
        Assert.Equal([("six-monthly", "05-30"), ("annual", "11-30")], deadlines);
        Assert.Contains(x.Of<ExtractedDeadline>(), d => d.Frequency == "monthly" && d.Rule == "unstated");

        // Named days: the eight of the text; the two without a date in the text resolved from the table.
        Assert.Equal(8, x.Of<ExtractedDay>().Count());
        Assert.Equal(["evaw-day", "girl-child-day"], x.Of<ExtractedDay>().Where(d => !d.DateStated).Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dak_To_horizons_of_which_chains_and_campaigns()
    {
        var x = Extract(1);
        var period = x.Of<ExtractedPeriod>().Single();
        Assert.Equal((2017, 2020, (int?)2030), (period.From, period.To, period.Vision));
        Assert.Equal(("UBND huyện Đăk Tô", "district"), (x.Of<ExtractedDocument>().Single().Issuer, x.Of<ExtractedDocument>().Single().Level));

        // 1.1 "Phấn đấu đến năm 2020": 100%, of which more than 90%; 1.2 "đến năm 2030": 100%, of which more than 95%.
        var targets = x.Of<ExtractedTarget>().Where(t => t.By is not null).Select(t => (t.Threshold.ToString(), t.By!.Value, t.OfWhich)).ToList();
        Assert.Equal(
        [
            ("all", 2020, false), ("more than 90%", 2020, true), ("all", 2020, false), ("more than 60%", 2020, true),
            ("all", 2030, false), ("more than 95%", 2030, true), ("all", 2030, false), ("more than 80%", 2030, true),
        ], targets);
        var training = x.Of<ExtractedTarget>().Single(t => t.By is null);
        Assert.Equal((new Threshold(Comparison.AtLeast, 1m, ThresholdUnit.Count), (int?)2017), (training.Threshold, training.From));

        Assert.Equal([("before", "06-10"), ("before", "11-20"), ("on-request", (string?)null)],
            x.Of<ExtractedDeadline>().Select(d => (d.Rule, d.Date)));
        Assert.All(x.Of<ExtractedDeadline>(), d => Assert.Equal(("Các cơ quan, đơn vị, UBND các xã, thị trấn", "UBND huyện", "Phòng Lao động - Thương binh và Xã hội huyện"), (d.Reporter, d.Recipient, d.Via)));
        // Section II.3 states the same two deadlines ("theo định kỳ (6 tháng trước ngày 10/6; 01 năm trước ngày 20/11)"):
        // one obligation each, kept where section IV names who reports.
        Assert.Equal(3, x.Of<ExtractedDeadline>().Count());

        var campaigns = x.Of<ExtractedCampaign>().ToList();
        Assert.Equal([("11-15", "12-15", (int?)null, true), (null, null, 6, true)], campaigns.Select(c => (c.From, c.To, c.Month, c.DatesStated)));
        Assert.Equal([("mid-term-review", 2018), ("final-review", 2020)], x.Of<ExtractedReview>().Select(r => (r.ReviewKind, r.Year)));
    }

    [Fact]
    public void Can_Tho_Cam_Tan_and_Hai_Duong_headers_references_and_dates()
    {
        var canTho = Extract(2);
        Assert.Equal(("80/KH-UBND", new LocalDate(2024, 4, 10), "province"), (canTho.Of<ExtractedDocument>().Single().Number, canTho.Of<ExtractedDocument>().Single().Issued!.Value, canTho.Of<ExtractedDocument>().Single().Level));
        var programme = canTho.Of<ExtractedReference>().First();
        Assert.Equal(("based-on", "decision", "2232/QĐ-TTg", new LocalDate(2020, 12, 28), "Thủ tướng Chính phủ"), (programme.Relation, programme.DocumentKind, programme.Number, programme.Date!.Value, programme.Issuer));
        // "a) Tối thiểu 70% ..." and "b) 100% ...", due by the plan's year, which no heading states: marked.
        Assert.Equal([new Threshold(Comparison.AtLeast, 70m), Threshold.All], canTho.Of<ExtractedTarget>().Select(t => t.Threshold));
        Assert.All(canTho.Of<ExtractedTarget>(), t => Assert.Equal(2024, t.By));

        // "Số: /KH-UBND" and "Cẩm Tân, ngày tháng 04 năm 2024": the number and the day are blank on the paper.
        var camTan = Extract(3);
        var document = camTan.Of<ExtractedDocument>().Single();
        Assert.Equal(((string?)null, (LocalDate?)null, (int?)2024, (int?)4, "commune"), (document.Number, document.Issued, document.IssuedYear, document.IssuedMonth, document.Level));
        Assert.Contains("left blank", document.Review, StringComparison.Ordinal);
        var once = camTan.Of<ExtractedDeadline>().Single(d => d.Rule == "on-or-before");
        Assert.Equal(("once", "2022-12-16", "UBND xã", "Công chức Chính sách xã hội"), (once.Frequency, once.Date, once.Recipient, once.Via));

        var haiDuong = Extract(4);
        Assert.Equal(("1883/KH-UBND", new LocalDate(2020, 6, 3)), (haiDuong.Of<ExtractedDocument>().Single().Number, haiDuong.Of<ExtractedDocument>().Single().Issued!.Value));
        Assert.Equal([("based-on", "08/CT-TTg")], haiDuong.Of<ExtractedReference>().Select(r => (r.Relation, r.Number)));
        Assert.Equal([("mid-term-review", 2022), ("final-review", 2025)], haiDuong.Of<ExtractedReview>().Select(r => (r.ReviewKind, r.Year)));
        Assert.Contains(haiDuong.Of<ExtractedService>(), s => s.Phone == "02203.846.333");
    }

    [Fact]
    public void Dak_To_activities_and_duties_carry_their_agencies_roles()
    {
        var tasks = Extract(1).Of<ExtractedTask>().ToList();
        // "1.1. Hoạt động 1: ..." then "- Đơn vị thực hiện: Phòng Lao động - Thương binh và Xã hội huyện chủ trì, phối hợp với Phòng Văn hóa - Thông tin, Phòng Y tế, ..."
        var campaign = tasks.Single(t => t.Title.StartsWith("Hoạt động 1: Triển khai chiến dịch", StringComparison.Ordinal));
        Assert.Equal(("II.1.1", "Phòng Lao động - Thương binh và Xã hội huyện", "annual", (string?)null), (campaign.Section, campaign.Lead, campaign.Recurrence, campaign.Review));
        Assert.Contains("Phòng Y tế", campaign.Coordinators);
        // "7. Công an huyện:" then "- Phối hợp với Phòng Lao động - Thương binh và Xã hội, Phòng Y tế, Phòng Tư pháp xây dựng ...": the police coordinate.
        var police = tasks.Single(t => t.Title.StartsWith("Phối hợp với Phòng Lao động", StringComparison.Ordinal));
        Assert.Null(police.Lead);
        Assert.Equal(["Công an huyện", "Phòng Lao động - Thương binh và Xã hội", "Phòng Y tế", "Phòng Tư pháp"], police.Coordinators);
        // The distribution list after "Nơi nhận" is not a task.
        Assert.DoesNotContain(tasks, t => t.Title.Contains("(B/c)", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_draft_is_a_plan_file_the_validator_accepts_and_every_element_points_at_its_line()
    {
        for (var i = 0; i < TestFiles.Seeds.Count; i++)
        {
            var x = Extract(i);
            var loaded = PlanLoader.Load(x.DraftJson()!);
            Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
            Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            var lines = File.ReadAllLines(TestFiles.Seeds[i].Seed);
            Assert.All(x.Elements, e => Assert.Equal(lines[e.Span.Line - 1].TrimEnd('\r'), e.Span.LineText));
        }
    }
}
