using Gbv.Domain.Definitions;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>Drafts of national texts and of portal summaries use the national bodies' kinds (the core's Cascade/NationalBodiesTests).</summary>
public sealed class NationalDraftTests
{
    [Fact]
    public void The_draft_of_a_ministry_s_letter_is_national_and_says_it_comes_from_a_summary()
    {
        // A news item in the words of the Ministry's letter (written for this test, after the form of such pages).
        var text = "Ngày 13/12, Bộ VHTTDL đã có Văn bản số 5139/BVHTTDL-GĐ gửi các Bộ, ngành hướng dẫn triển khai Quy chế phối hợp liên ngành.\n"
            + "Văn bản nêu rõ, thực hiện Quyết định số 21/2016/QĐ-TTg ngày 17/5/2016 của Thủ tướng Chính phủ, Bộ VHTTDL đề nghị các Bộ, ngành triển khai.\n";
        var draft = PlanExtractor.Extract(text, "letter.txt").Draft!;
        Assert.Equal("national", draft.Level);
        var issuer = draft.Agencies!.Single(a => a.Id == draft.Document.Issuer);
        Assert.Equal(("ministry", "national"), (issuer.Kind, issuer.Level));
        Assert.Equal("summary", draft.SourceKind);
        Assert.Null(draft.Document.Kind);
        Assert.Equal(["kind", "date"], draft.Document.Unknown);
        var loaded = PlanValidator.Validate(draft);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id is "GBV2261" or "GBV2262" or "GBV2263");
    }

    [Fact]
    public void A_portal_summary_of_a_provincial_plan_keeps_the_plan_kind_its_number_shows()
    {
        var text = "Ngày 20/3/2024, UBND tỉnh ban hành Kế hoạch số 925/KH-UBND triển khai công tác gia đình năm 2024.\n"
            + "Kế hoạch đề ra mục tiêu: 100% cán bộ làm công tác gia đình được tập huấn.\n";
        var draft = PlanExtractor.Extract(text, "portal.txt").Draft!;
        Assert.Equal(("plan", "province", "summary"), (draft.Document.Kind, draft.Level, draft.SourceKind));
        Assert.Equal("peoples-committee", draft.Agencies!.Single(a => a.Id == draft.Document.Issuer).Kind);
    }

    [Fact]
    public void A_task_whose_words_are_a_summary_is_not_compared_with_an_extraction()
    {
        var text = "II. NHIỆM VỤ\n1. Tổ chức tập huấn cho cán bộ cơ sở về phòng, chống bạo lực gia đình. Thời gian thực hiện: hàng năm.\n";
        var draft = PlanExtractor.Extract(text, "plan.txt").Draft!;
        var expected = new Gbv.Domain.Definitions.Format.PlanDefinition
        {
            Format = "gbv-plan/1", Id = "t", Title = new() { Vi = "Kế hoạch thử" }, Document = new() { Issuer = "ubnd" }, Level = "commune",
            Period = new() { From = 2024 }, SourceKind = "summary",
            Tasks = [new() { Id = "tap-huan", Title = new() { Vi = "Tập huấn" }, Source = "Tập huấn cán bộ cơ sở hằng năm (theo bản tin tóm tắt)" }],
        };
        var tasks = ExtractionComparer.Compare(draft, expected).Single(k => k.Kind == "tasks");
        Assert.Equal((0, 0), (tasks.Expected, tasks.Missed));
        Assert.Contains("tasks: not compared: tap-huan (its words are a summary, not the source's)", tasks.Details);
    }
}
