using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Tests.Cli;

namespace Gbv.Domain.Tests.Cli.Untuned;

/// <summary>Conformance fails when it checks nothing, and a child is not looser than a target it cannot state.</summary>
public sealed class ConformanceThatChecksSomethingTests
{
    private static (int Exit, string Out) Conformance(string child, string parent)
    {
        var folder = Directory.CreateTempSubdirectory("gbv-conformance-");
        try
        {
            var childPath = Path.Combine(folder.FullName, "child.plan.json");
            var parentPath = Path.Combine(folder.FullName, "parent.plan.json");
            File.WriteAllText(childPath, child);
            File.WriteAllText(parentPath, parent);
            var (exit, output, _) = GbvTool.Run("conformance", childPath, parentPath, "--lang", "en");
            return (exit, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_parent_target_after_the_childs_period_is_not_comparable_not_looser()
    {
        // Cần Thơ 2024's "tối thiểu 70%" by 2024 cannot be judged against a 90% reached by 2030, after its period.
        var parent = TestFiles.CanThoParentPlan("at-least", 90, 2025).Replace("\"to\": 2025", "\"to\": 2030", StringComparison.Ordinal).Replace("\"by\": 2025", "\"by\": 2030", StringComparison.Ordinal);
        var result = Assert.Single(ConformanceChecker.Check(TestFiles.LoadPlan(TestFiles.CanThoLinkedToParent()), TestFiles.LoadPlan(parent)));
        Assert.Equal(ConformanceVerdict.NotComparable, result.Verdict);
        Assert.Contains("falls after ubnd-can-tho-2024's period (2024), which cannot state it", result.Explanation, StringComparison.Ordinal);

        // Nothing else was compared: the check compared nothing, and says so with its exit code.
        Assert.Equal(1, Conformance(TestFiles.CanThoLinkedToParent(), parent).Exit);

        // A stricter target reached earlier still conforms, even to a later horizon.
        var lower = TestFiles.CanThoParentPlan("at-least", 50, 2025);
        Assert.Equal(ConformanceVerdict.Conforms, Assert.Single(ConformanceChecker.Check(TestFiles.LoadPlan(TestFiles.CanThoLinkedToParent()), TestFiles.LoadPlan(lower))).Verdict);
        Assert.Equal(0, Conformance(TestFiles.CanThoLinkedToParent(), lower).Exit);
    }

    [Fact]
    public void No_link_or_a_link_to_an_indicator_the_parent_does_not_have_exits_1()
    {
        var parent = TestFiles.CanThoParentPlan("at-least", 50, 2025);
        var (exit, output) = Conformance(TestFiles.CanThoUnlinked(), parent);
        Assert.Equal(1, exit);
        Assert.Contains("links no indicator", output, StringComparison.Ordinal);

        var missing = TestFiles.CanThoLinkedToParent().Replace("can-tho-2021-2025#seek-help", "can-tho-2021-2025#seek-hlp", StringComparison.Ordinal);
        (exit, output) = Conformance(missing, parent);
        Assert.Equal(1, exit);
        Assert.Contains("which can-tho-2021-2025 does not have", output, StringComparison.Ordinal);
    }
}
