using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>Normalisation, determinism and bad input: the extractor reports, never throws, and gives the same bytes for the same text.</summary>
public sealed class ExtractionInputTests
{
    [Theory]
    [InlineData("Số: 13 /KH-BTV", "Số: 13/KH-BTV")]
    [InlineData("Quyết định số 3101/QĐ- UBND", "Quyết định số 3101/QĐ-UBND")]
    [InlineData("giai đoạn 2022 – 2025", "giai đoạn 2022 - 2025")]
    [InlineData("Đề án “Phòng ngừa”", "Đề án \"Phòng ngừa\"")]
    [InlineData("số\u00A0điện  thoại 02203. 846.333", "số điện thoại 02203.846.333")]
    [InlineData("  trên\t90%  ", "trên 90%")]
    public void Normalisation_fixes_what_typing_and_Word_leave(string written, string read) =>
        Assert.Equal(read, TextNormalizer.Normalize(written));

    [Fact]
    public void Vietnamese_stored_with_combining_marks_reads_as_composed()
    {
        var decomposed = "Phấn đấu đến năm 2020: trên 90% nạn nhân".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Phấn đấu đến năm 2020: trên 90% nạn nhân", decomposed);
        Assert.Equal("Phấn đấu đến năm 2020: trên 90% nạn nhân", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void The_same_seed_in_composed_or_decomposed_form_with_any_line_ends_gives_the_same_draft()
    {
        var text = File.ReadAllText(TestFiles.Seeds[1].Seed);
        var draft = PlanExtractor.Extract(text, "plan.txt").DraftJson();
        Assert.Equal(draft, PlanExtractor.Extract(text, "plan.txt").DraftJson());
        Assert.Equal(draft, PlanExtractor.Extract(text.Normalize(NormalizationForm.FormD), "plan.txt").DraftJson());
        Assert.Equal(draft, PlanExtractor.Extract(text.ReplaceLineEndings("\r\n"), "plan.txt").DraftJson());
    }

    [Theory]
    [InlineData("", "GBV4301")]
    [InlineData(" \n\n\t \r\n", "GBV4301")]
    [InlineData("PK\u0003\u0004\0\0binary", "GBV4302")]
    public void Empty_and_binary_text_are_diagnostics(string text, string code)
    {
        var x = PlanExtractor.Extract(text, "bad.txt");
        Assert.Null(x.Draft);
        Assert.Equal(code, Assert.Single(x.Diagnostics).Id);
        Assert.Equal(DiagnosticSeverity.Error, x.Diagnostics[0].Severity);
    }

    [Fact]
    public void A_text_far_longer_than_a_plan_is_refused_before_reading()
    {
        var x = PlanExtractor.Extract(new string('a', PlanExtractor.MaxCharacters + 1), "huge.txt");
        Assert.Equal("GBV4303", Assert.Single(x.Diagnostics).Id);
        Assert.Equal("The text is too long (5,000,001 characters); a plan is read up to 5,000,000 characters", x.Diagnostics[0].GetMessage("en"));
    }

    [Fact]
    public void A_text_that_is_not_a_plan_says_so()
    {
        var x = PlanExtractor.Extract("Biên bản họp chi bộ.\nNội dung: thảo luận kế hoạch năm sau.", "minutes.txt");
        Assert.Contains(x.Diagnostics, d => d.Id == "GBV4307");
        Assert.NotNull(x.Draft);
    }

    /// <summary>Random text made of plan words, digits and punctuation: never an exception, and the draft always loads.</summary>
    [Property(MaxTest = 1000)]
    public Property Random_plan_like_text_never_throws_and_its_draft_always_loads()
    {
        string[] words = ["Số:", "/KH-UBND", "ngày", "tháng", "năm", "2024", "trên", "90%", "100%", "14/14 phường", "Căn cứ", "Quyết định số", "3101/QĐ-UBND",
            "báo cáo", "6 tháng", "(trước ngày 10/6)", "đột xuất", "Tháng hành động", "vì bình đẳng giới", "từ 15/11 đến 15/12", "sơ kết", "tổng kết",
            "I.", "1.", "1.1.", "MỤC TIÊU", "Phấn đấu đến năm 2030", "KẾ HOẠCH", "\n", "\n\n", ",", ";", ".", "(", ")", "\"", "ít nhất 01 lần/năm",
            "đường dây nóng", "0123.456.789", "31/2/2024", "99/99", "Ngày Quốc tế phụ nữ", "8/3", "UBND huyện", "ban hành Kế hoạch",
            "giai đoạn 2025-2021", "giai đoạn 2021-2025", "tầm nhìn đến năm 2030", "năm 1990", "năm 3000", "trên 100%", "dưới 0%", "ít nhất 150%",
            "Sơ kết năm 2019", "tổng kết", "đến năm 1999", "trong đó", "Hà Nội, ngày 05 tháng 3 năm 2021", "20301", "2030.5"];
        return Prop.ForAll(Gen.ArrayOf(Gen.Elements(words)).ToArbitrary(), tokens =>
        {
            var x = PlanExtractor.Extract(string.Join(' ', tokens), "random.txt");
            if (x.Draft is null)
            {
                return x.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error).Label("no draft and no error");
            }

            var loaded = PlanLoader.Load(x.DraftJson()!);
            return loaded.Success.Label(string.Join("; ", loaded.Diagnostics));
        });
    }
}
