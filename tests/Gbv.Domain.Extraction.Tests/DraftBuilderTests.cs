using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// The draft plan file a short synthetic plan gives, field by field: each expected value is read off the text below
/// by hand, as a plan author would check the draft against the paper.
/// </summary>
public sealed class DraftBuilderTests
{
    internal const string Text = """
        ỦY BAN NHÂN DÂN HUYỆN AN LẠC
        Số: 07/KH-UBND
        An Lạc, ngày 10 tháng 2 năm 2022
        KẾ HOẠCH
        Phòng, chống bạo lực gia đình giai đoạn 2022-2025, tầm nhìn đến năm 2030
        Căn cứ Quyết định số 215/QĐ-TTg ngày 29/01/2014 của Thủ tướng Chính phủ; Ủy ban nhân dân huyện An Lạc ban hành Kế hoạch như sau:
        I. MỤC TIÊU
        1. Phấn đấu đến năm 2025
        - Trên 90% nạn nhân được phát hiện được hỗ trợ, trong đó ít nhất 60% được tư vấn pháp lý.
        - 10/10 xã có mô hình phòng, chống bạo lực gia đình.
        - Tổ chức truyền thông ít nhất 02 lần/năm.
        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Tuyên truyền nâng cao nhận thức
        - Đơn vị thực hiện: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện, Phòng Lao động - Thương binh và Xã hội.
        - Thời gian thực hiện: hàng năm.
        2. Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới (từ 15/11 đến 15/12) và Ngày Quốc tế phụ nữ 8/3.
        3. Duy trì đường dây nóng 0296.3851.111 để tiếp nhận tin báo.
        III. TỔ CHỨC THỰC HIỆN
        Sơ kết vào năm 2023 và tổng kết vào năm 2025.
        Các cơ quan, đơn vị, UBND các xã thực hiện chế độ báo cáo 6 tháng (trước ngày 10/6) và một năm (trước ngày 10/12) gửi về Phòng Văn hóa và Thông tin (qua Văn phòng HĐND và UBND huyện).
        """;

    internal static PlanDefinition Draft { get; } = PlanExtractor.Extract(Text, "/somewhere/an-lac.txt").Draft!;

    [Fact]
    public void The_header_gives_the_id_title_document_level_and_period()
    {
        Assert.Equal("gbv-plan/1", Draft.Format);
        Assert.Equal("draft-07-kh-ubnd-2022", Draft.Id);
        Assert.Equal("Phòng, chống bạo lực gia đình giai đoạn 2022-2025, tầm nhìn đến năm 2030", Draft.Title.Vi);
        var document = Draft.Document!;
        Assert.Equal(("plan", "07/KH-UBND", "2022-02-10", "An Lạc", "issuer"), (document.Kind, document.Number, document.Issued, document.Place, document.Issuer));
        Assert.Equal("district", Draft.Level);
        Assert.Equal((2022, (int?)2025, (int?)2030), (Draft.Period.From, Draft.Period.To, Draft.Period.Vision));
        Assert.Equal(["Bản nháp do gbv extract tạo từ an-lac.txt: cần đối chiếu với văn bản gốc trước khi dùng."], Draft.Notes);
    }

    [Fact]
    public void The_reference_keeps_relation_kind_number_date_issuer_and_line()
    {
        var reference = Assert.Single(Draft.References!);
        Assert.Equal(("ref-1-215-qd-ttg", "based-on", "decision", "215/QĐ-TTg", "2014-01-29", "Thủ tướng Chính phủ"),
            (reference.Id, reference.Relation, reference.Kind, reference.Number, reference.Date, reference.Issuer));
        Assert.StartsWith("Căn cứ Quyết định số 215/QĐ-TTg ngày 29/01/2014", reference.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Agencies_are_named_once_with_their_kind()
    {
        Assert.Equal(
        [
            ("issuer", "Ủy ban nhân dân huyện An Lạc", "peoples-committee"),
            ("phong-van-hoa-va-thong-tin", "Phòng Văn hóa và Thông tin", "other"),
            ("hoi-lien-hiep-phu-nu-huyen", "Hội Liên hiệp Phụ nữ huyện", "womens-union"),
            ("phong-lao-dong-thuong-binh-va-xa-hoi", "Phòng Lao động - Thương binh và Xã hội", "labour-invalids-social-affairs"),
            ("cac-co-quan-don-vi-ubnd-cac-xa", "Các cơ quan, đơn vị, UBND các xã", "peoples-committee"),
            ("van-phong-hdnd-va-ubnd-huyen", "Văn phòng HĐND và UBND huyện", "peoples-committee"),
        ], Draft.Agencies!.Select(a => (a.Id, a.Name.Vi, a.Kind)));
    }

    [Fact]
    public void A_percentage_is_a_reported_ratio_with_its_own_denominator_and_of_which_borrows_its_numerator()
    {
        var victims = Draft.Indicators![0];
        Assert.Equal(("target-1", "Trên 90% nạn nhân được phát hiện được hỗ trợ"), (victims.Key, victims.Title.Vi));
        Assert.Equal(("target_1", "target_1_total"), (victims.Metric.Reported!.Numerator, victims.Metric.Reported.Denominator));
        var target = Assert.Single(victims.Targets!);
        Assert.Equal(((int?)2025, (int?)null, "more-than", (decimal?)90, (string?)null, "Trên 90%"),
            (target.By, target.From, target.Threshold.Comparison, target.Threshold.Value, target.Threshold.Unit, target.Phrase));
        Assert.Equal("- Trên 90% nạn nhân được phát hiện được hỗ trợ, trong đó ít nhất 60% được tư vấn pháp lý.", victims.Source);

        var advised = Draft.Indicators[1];
        Assert.Equal(("target-2", "ít nhất 60% được tư vấn pháp lý", "target-1"), (advised.Key, advised.Title.Vi, advised.OfWhich));
        Assert.Equal(("target_2", (string?)null), (advised.Metric.Reported!.Numerator, advised.Metric.Reported.Denominator));
        Assert.Equal(("at-least", (decimal?)60), (advised.Targets![0].Threshold.Comparison, advised.Targets[0].Threshold.Value));

        Assert.Equal(
        [
            ("target_1", "nạn nhân được phát hiện được hỗ trợ"),
            ("target_1_total", "Tổng số (mẫu số): nạn nhân được phát hiện được hỗ trợ"),
            ("target_2", "được tư vấn pháp lý"),
            ("target_3", "có mô hình phòng, chống bạo lực gia đình"),
        ], Draft.DataElements!.Select(e => (e.Key, e.Name.Vi)));
    }

    [Fact]
    public void Units_are_a_coverage_and_a_recurring_figure_counts_the_task_on_its_line()
    {
        var communes = Draft.Indicators![2];
        Assert.Equal(("target-3", "10/10 xã có mô hình phòng, chống bạo lực gia đình"), (communes.Key, communes.Title.Vi));
        Assert.Equal(("commune", "target_3", 10), (communes.Metric.Coverage!.Level, communes.Metric.Coverage.Covered, communes.Metric.Coverage.Total));
        Assert.Equal(("all", (decimal?)10, "count", "10/10 xã"), (communes.Targets![0].Threshold.Comparison, communes.Targets[0].Threshold.Value, communes.Targets[0].Threshold.Unit, communes.Targets[0].Phrase));

        var outreach = Draft.Indicators[3];
        Assert.Equal(("target-4", "Tổ chức truyền thông ít nhất 02 lần/năm"), (outreach.Key, outreach.Title.Vi));
        Assert.Equal(("task-1", "year"), (outreach.Metric.Events!.Task, outreach.Metric.Events.Per));
        Assert.Equal(((int?)null, (int?)2022, "at-least", (decimal?)2, "count"),
            (outreach.Targets![0].By, outreach.Targets[0].From, outreach.Targets[0].Threshold.Comparison, outreach.Targets[0].Threshold.Value, outreach.Targets[0].Threshold.Unit));
    }

    [Fact]
    public void Tasks_keep_their_section_recurrence_and_agencies_roles()
    {
        Assert.Equal(
        [
            ("task-1", "I.1", "Tổ chức truyền thông ít nhất 02 lần/năm.", "annual", null, ""),
            ("task-2", "II.1", "Tuyên truyền nâng cao nhận thức", "annual", "phong-van-hoa-va-thong-tin", "hoi-lien-hiep-phu-nu-huyen,phong-lao-dong-thuong-binh-va-xa-hoi"),
            ("task-3", "II.2", "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới (từ 15/11 đến 15/12) và Ngày Quốc tế phụ nữ 8/3.", null, null, ""),
            ("task-4", "II.3", "Duy trì đường dây nóng 0296.3851.111 để tiếp nhận tin báo.", null, null, ""),
        ], Draft.Tasks!.Select(t => (t.Id, t.Section, t.Title.Vi, t.Recurrence, t.Lead, string.Join(",", t.Coordinators ?? []))));
        Assert.Equal("1. Tuyên truyền nâng cao nhận thức", Draft.Tasks![1].Source);
    }

    [Fact]
    public void Reports_are_due_before_their_day_from_the_reporters_to_the_recipient_through_the_office()
    {
        Assert.Equal(
        [
            ("report-1", "six-monthly", "before", "06-10"),
            ("report-2", "annual", "before", "12-10"),
        ], Draft.Reporting!.Select(r => (r.Key, r.Frequency, r.Due.Rule, r.Due.Date)));
        Assert.All(Draft.Reporting!, r =>
        {
            Assert.Equal(["cac-co-quan-don-vi-ubnd-cac-xa"], r.Reporters);
            Assert.Equal(("phong-van-hoa-va-thong-tin", "van-phong-hdnd-va-ubnd-huyen"), (r.Recipient, r.Via));
            Assert.StartsWith("Các cơ quan, đơn vị, UBND các xã thực hiện chế độ báo cáo", r.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Campaigns_days_milestones_and_the_hotline()
    {
        var campaign = Assert.Single(Draft.Campaigns!);
        Assert.Equal(("action-month-gbv", "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới", "11-15", "12-15", (bool?)null),
            (campaign.Id, campaign.Name.Vi, campaign.From, campaign.To, campaign.DatesStated));
        var day = Assert.Single(Draft.ObservanceDays!);
        Assert.Equal(("womens-day", "Ngày Quốc tế phụ nữ", "03-08", (bool?)null), (day.Id, day.Name.Vi, day.Date, day.DateStated));
        Assert.Equal([("mid-term-review-2023", "mid-term-review", 2023), ("final-review-2025", "final-review", 2025)],
            Draft.Milestones!.Select(m => (m.Id, m.Kind, m.Year)));
        Assert.Null(Draft.Services); // "để tiếp nhận tin báo" is work, not a phone line's purpose: see the next test
    }

    [Fact]
    public void The_draft_loads()
    {
        var loaded = PlanLoader.Load(PlanExtractor.Extract(Text, "an-lac.txt").DraftJson()!);
        Assert.True(loaded.Success, string.Join("\n", loaded.Diagnostics));
    }

    [Theory]
    [InlineData("14/14 phường", "ward")]
    [InlineData("3/3 thị trấn", "township")]
    [InlineData("20/20 thôn", "village")]
    [InlineData("5/5 huyện", "district")]
    [InlineData("2/2 quận", "district")]
    [InlineData("10/10 xã", "commune")]
    public void A_coverage_s_level_comes_from_the_word_for_its_units(string units, string level)
    {
        var draft = PlanExtractor.Extract("KẾ HOẠCH\nPhòng, chống bạo lực gia đình năm 2024\nI. MỤC TIÊU\n- " + units + " có mô hình.", "x.txt").Draft!;
        Assert.Equal(level, Assert.Single(draft.Indicators!).Metric.Coverage!.Level);
    }

    [Fact]
    public void Agencies_whose_names_give_the_same_id_are_numbered_in_the_order_they_are_named()
    {
        const string text = "KẾ HOẠCH\nPhòng, chống bạo lực gia đình năm 2024\nII. NỘI DUNG HOẠT ĐỘNG\n1. Phòng Tư pháp:\n- Phối hợp với Phòng Y tế, Phòng Y-tế, Phòng (Y tế) tổ chức tuyên truyền.\n";
        var draft = PlanExtractor.Extract(text, "x.txt").Draft!;
        Assert.Equal([("issuer", "(cơ quan ban hành: chưa tìm thấy)"), ("phong-tu-phap", "Phòng Tư pháp"), ("phong-y-te", "Phòng Y tế"), ("phong-y-te-2", "Phòng Y-tế"), ("phong-y-te-3", "Phòng (Y tế)")],
            draft.Agencies!.Select(a => (a.Id, a.Name.Vi)));
        Assert.True(PlanLoader.Load(PlanDefinitionWriter.Write(draft)).Success);
    }

    [Theory]
    [InlineData("Quyết định 215/QĐ-TTg", "quyet-dinh-215-qd-ttg")]
    [InlineData("Đề án “Phòng ngừa”", "de-an-phong-ngua")]
    [InlineData("  --  ", "x")]
    [InlineData("Ủy ban nhân dân tỉnh Đắk Lắk và Sở Lao động - Thương binh và Xã hội tỉnh Đắk Lắk", "uy-ban-nhan-dan-tinh-dak-lak-va-so-lao-dong-thuong-binh-va")]
    [InlineData("Ủy ban nhân dân tỉnh Đắk Lắk và Sở Lao động - Thương binh và X", "uy-ban-nhan-dan-tinh-dak-lak-va-so-lao-dong-thuong-binh-va-x")]
    [InlineData("Ủy ban nhân dân tỉnh Đắk Lắk và Sở Lao động - Thương binh và X hội", "uy-ban-nhan-dan-tinh-dak-lak-va-so-lao-dong-thuong-binh-va-x")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", "012345678901234567890123456789012345678901234567890123456789")]
    public void An_id_is_the_text_without_marks_in_lower_case_joined_by_hyphens_and_at_most_60_characters_cut_at_a_word_s_end(string text, string slug)
    {
        Assert.Equal(slug, DraftBuilder.Slug(text));
        Assert.True(slug.Length <= 60);
    }
}
