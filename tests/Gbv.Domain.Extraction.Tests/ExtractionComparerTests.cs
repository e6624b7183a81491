using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// The comparison of a draft with a hand-encoded plan: the synthetic plan of <see cref="DraftBuilderTests"/> as the
/// paper, and a text with known changes as the draft, so that every found, wrong, extra and missed is known in advance.
/// </summary>
public sealed class ExtractionComparerTests
{
    private static string Changed(params (string From, string To)[] changes) =>
        changes.Aggregate(DraftBuilderTests.Text, (text, c) =>
        {
            Assert.Contains(c.From, text, StringComparison.Ordinal);
            return text.Replace(c.From, c.To, StringComparison.Ordinal);
        });

    private static IReadOnlyList<KindScore> Scores { get; } = ExtractionComparer.Compare(
        PlanExtractor.Extract(Changed(
            ("- Trên 90%", "- Ít nhất 90%"),
            ("- 10/10 xã có mô hình phòng, chống bạo lực gia đình.", "- 10/10 xã có mô hình phòng, chống bạo lực gia đình.\n- 5/5 thôn có tổ hòa giải."),
            ("6 tháng (trước ngày 10/6)", "hàng quý (trước ngày 10/6)"),
            ("ngày 29/01/2014", "ngày 28/01/2014"),
            ("(từ 15/11 đến 15/12)", "(từ 16/11 đến 15/12)"),
            (" và Ngày Quốc tế phụ nữ 8/3", string.Empty),
            ("Sơ kết vào năm 2023", "Sơ kết vào năm 2024"),
            ("\n3. Duy trì đường dây nóng 0296.3851.111 để tiếp nhận tin báo.", string.Empty),
            (", Phòng Lao động - Thương binh và Xã hội.", ".")), "draft.txt").Draft!,
        DraftBuilderTests.Draft);

    private static KindScore Of(string kind) => Scores.Single(s => s.Kind == kind);

    [Fact]
    public void Every_kind_is_scored_in_a_fixed_order() =>
        Assert.Equal(["targets", "deadlines", "references", "campaigns", "days", "reviews", "tasks", "roles"], Scores.Select(s => s.Kind));

    [Theory]
    [InlineData("targets", 4, 5, 3, 1, 0)]
    [InlineData("deadlines", 2, 2, 1, 1, 0)]
    [InlineData("references", 1, 1, 0, 1, 0)]
    [InlineData("campaigns", 1, 1, 0, 1, 0)]
    [InlineData("days", 1, 0, 0, 0, 1)]
    [InlineData("reviews", 2, 2, 1, 1, 0)]
    [InlineData("tasks", 4, 3, 3, 0, 1)]
    [InlineData("roles", 3, 2, 2, 0, 1)]
    public void Each_change_is_counted_where_it_belongs(string kind, int expected, int extracted, int found, int wrong, int missed)
    {
        var score = Of(kind);
        Assert.Equal((expected, extracted, found, wrong, missed), (score.Expected, score.Extracted, score.Found, score.Wrong, score.Missed));
    }

    [Fact]
    public void The_details_say_what_differs_and_what_the_plan_file_has()
    {
        Assert.Equal(
        [
            "targets: wrong: at-least 90 % by 2025 (the plan file has more-than 90 % by 2025)",
            "targets: extra: all 5 count by 2025",
        ], Of("targets").Details);
        Assert.Equal(["deadlines: wrong: quarterly before 06-10 (the plan file has six-monthly before 06-10)"], Of("deadlines").Details);
        Assert.Equal(["references: wrong: 215QĐTTG 2014-01-28 (the plan file has 215QĐTTG 2014-01-29)"], Of("references").Details);
        Assert.Equal(["campaigns: wrong: 11-16 to 12-15 (the plan file has 11-15 to 12-15)"], Of("campaigns").Details);
        Assert.Equal(["days: missed: 03-08"], Of("days").Details);
        Assert.Equal(["reviews: wrong: mid-term-review 2024 (the plan file has mid-term-review 2023)"], Of("reviews").Details);
        Assert.Equal(["tasks: missed: task-4 \"3. Duy trì đường dây nóng 0296.3851.111 để tiếp nh\""], Of("tasks").Details);
        Assert.Equal(["roles: missed: task-2 coordinator phòng lao động thương binh xã hội"], Of("roles").Details);
    }

    [Fact]
    public void The_details_in_vietnamese_with_days_as_vietnamese_write_them()
    {
        Assert.Equal(["chỉ tiêu", "vai trò"], new[] { Of("targets").KindIn("vi"), Of("roles").KindIn("vi") });
        Assert.Equal(
        [
            "chỉ tiêu: sai: at-least 90 % đến năm 2025 (tệp kế hoạch ghi more-than 90 % đến năm 2025)",
            "chỉ tiêu: thừa: all 5 count đến năm 2025",
        ], Of("targets").DetailsIn("vi"));
        Assert.Equal(["hạn báo cáo: sai: hằng quý trước 10/06 (tệp kế hoạch ghi 6 tháng trước 10/06)"], Of("deadlines").DetailsIn("vi"));
        Assert.Equal(["văn bản dẫn chiếu: sai: 215QĐTTG 28/01/2014 (tệp kế hoạch ghi 215QĐTTG 29/01/2014)"], Of("references").DetailsIn("vi"));
        Assert.Equal(["chiến dịch: sai: từ 16/11 đến 15/12 (tệp kế hoạch ghi từ 15/11 đến 15/12)"], Of("campaigns").DetailsIn("vi"));
        Assert.Equal(["ngày kỷ niệm: bỏ sót: 08/03"], Of("days").DetailsIn("vi"));
        Assert.Equal(["sơ kết, tổng kết: sai: sơ kết 2024 (tệp kế hoạch ghi sơ kết 2023)"], Of("reviews").DetailsIn("vi"));
        Assert.Equal(["nhiệm vụ: bỏ sót: task-4 \"3. Duy trì đường dây nóng 0296.3851.111 để tiếp nh\""], Of("tasks").DetailsIn("vi"));
        Assert.Equal(["vai trò: bỏ sót: task-2 phối hợp phòng lao động thương binh xã hội"], Of("roles").DetailsIn("vi"));
        Assert.Equal(Of("roles").Details, Of("roles").DetailsIn("en"));
        Assert.Equal(Of("roles").DetailsIn("vi"), ExtractionComparer.Sum([Scores]).Single(s => s.Kind == "roles").DetailsIn("vi"));
    }

    [Fact]
    public void A_draft_compared_with_itself_finds_everything_and_scores_add_up_kind_by_kind()
    {
        var same = ExtractionComparer.Compare(DraftBuilderTests.Draft, DraftBuilderTests.Draft);
        Assert.All(same, s => Assert.Equal((s.Expected, s.Expected, 0, 0), (s.Extracted, s.Found, s.Wrong, s.Missed)));
        Assert.All(same, s => Assert.Empty(s.Details));

        var sum = ExtractionComparer.Sum([same, Scores]);
        var targets = sum.Single(s => s.Kind == "targets");
        Assert.Equal((8, 9, 7, 1, 0), (targets.Expected, targets.Extracted, targets.Found, targets.Wrong, targets.Missed));
        Assert.Equal(2, targets.Details.Count);
        Assert.Equal(8, sum.Count);
    }

    [Fact]
    public void An_empty_draft_misses_everything_and_an_empty_plan_makes_everything_extra()
    {
        var empty = new Gbv.Domain.Definitions.Format.PlanDefinition
        {
            Format = "gbv-plan/1", Id = "empty", Title = new() { Vi = "trống" }, Document = DraftBuilderTests.Draft.Document, Level = "district", Period = new() { From = 2022 },
        };
        var missed = ExtractionComparer.Compare(empty, DraftBuilderTests.Draft);
        Assert.Equal([4, 2, 1, 1, 1, 2, 4, 3], missed.Select(s => s.Missed));
        Assert.All(missed, s => Assert.Equal((0, 0m), (s.Extracted, s.Precision)));
        var extra = ExtractionComparer.Compare(DraftBuilderTests.Draft, empty);
        Assert.All(extra, s => Assert.Equal((0, 1m, 0m), (s.Expected, s.Recall, s.Extracted == 0 ? 0m : s.Precision)));
        Assert.Contains("targets: extra: more-than 90 % by 2025", extra[0].Details);
    }
}
