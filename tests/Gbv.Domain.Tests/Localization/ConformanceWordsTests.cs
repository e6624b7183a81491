using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Tests.Localization;

/// <summary>A conformance check explained in Vietnamese: the indicators by their titles, the targets in words; English unchanged.</summary>
public sealed class ConformanceWordsTests
{
    [Fact]
    public void A_conforming_target_is_explained_in_both_languages()
    {
        var child = TestFiles.LoadPlan(File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")));
        var parent = TestFiles.LoadPlan(File.ReadAllText(TestFiles.SamplePlan("qd-2232-ttg-2020.plan.json")));
        var seek = ConformanceChecker.Check(child, parent).First(r => r.Child.Key == "victims-seek-help");
        Assert.Equal(ConformanceVerdict.Conforms, seek.Verdict);
        Assert.Equal("ubnd-can-tho-2024#victims-seek-help against qd-2232-ttg-2020#victims-seek-help: ubnd-can-tho-2024's \"at least 70% by 2024\" is at least as strict as qd-2232-ttg-2020's \"at least 50% by 2025\"", seek.Explain("en"));
        Assert.Equal("Người bị bạo lực trên cơ sở giới tìm kiếm sự trợ giúp so với “Người bị bạo lực trên cơ sở giới tìm kiếm sự trợ giúp” của văn bản số 2232/QĐ-TTg: “tối thiểu 70% đến năm 2024” của kế hoạch này ít nhất chặt bằng “tối thiểu 50% đến năm 2025” của văn bản số 2232/QĐ-TTg", seek.Explain("vi-VN"));
        Assert.Equal(seek.Explanation, seek.Explain("fr"));
    }

    /// <summary>In Vietnamese no plan id: the plan checked is "this plan", the parent its document's number, else its title.</summary>
    [Fact]
    public void A_looser_target_and_one_the_parent_does_not_have()
    {
        var looser = ConformanceChecker.Check(TestFiles.LoadPlan(TestFiles.CanThoLinkedToParent()), TestFiles.LoadPlan(TestFiles.CanThoParentPlan("at-least", 80, 2024))).Single();
        Assert.Equal(ConformanceVerdict.Looser, looser.Verdict);
        Assert.EndsWith("“tối thiểu 70% đến năm 2024” của kế hoạch này lỏng hơn “tối thiểu 80% đến năm 2024” của “Kế hoạch thành phố (thử)”", looser.Explain("vi"), StringComparison.Ordinal);

        var missing = TestFiles.CanThoLinkedToParent().Replace("can-tho-2021-2025#seek-help", "can-tho-2021-2025#seek-hlp", StringComparison.Ordinal);
        var none = ConformanceChecker.Check(TestFiles.LoadPlan(missing), TestFiles.LoadPlan(TestFiles.CanThoParentPlan("at-least", 80, 2025))).Single();
        Assert.Equal("Người bị bạo lực trên cơ sở giới tìm kiếm sự trợ giúp triển khai chỉ tiêu “seek-hlp”, nhưng “Kế hoạch thành phố (thử)” không có chỉ tiêu này", none.Explain("vi"));
    }
}
