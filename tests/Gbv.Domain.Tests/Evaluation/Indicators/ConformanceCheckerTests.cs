using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Tests.Evaluation.Indicators;

public sealed class ConformanceCheckerTests
{
    /// <summary>Cần Thơ's 2024 plan, with its "tối thiểu 70%" indicator linked to a parent plan's.</summary>
    private static Plan CanTho(string? replaceThreshold = null)
    {
        var text = TestFiles.CanThoUnlinked()
            .Replace("\"key\": \"victims-seek-help\",", "\"key\": \"victims-seek-help\",\n      \"implements\": \"can-tho-2021-2025#seek-help\",", StringComparison.Ordinal);
        if (replaceThreshold is not null)
        {
            text = text.Replace("{ \"comparison\": \"at-least\", \"value\": 70 }, \"phrase\": \"Tối thiểu 70%\"", replaceThreshold, StringComparison.Ordinal);
        }

        var result = PlanLoader.Load(text, "can-tho.json");
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result.Plan!;
    }

    /// <summary>A parent plan written for the tests: city plan 2021-2025 with "at least N%" by a year.</summary>
    private static Plan Parent(string comparison, int value, int year) => PlanLoader.Load(TestFiles.CanThoParentPlan(comparison, value, year)).Plan!;

    [Fact]
    public void At_least_70_percent_by_2024_conforms_to_a_parent_s_at_least_50_percent_by_2025()
    {
        var result = Assert.Single(ConformanceChecker.Check(CanTho(), Parent("at-least", 50, 2025)));
        Assert.Equal(ConformanceVerdict.Conforms, result.Verdict);
        Assert.Equal("ubnd-can-tho-2024#victims-seek-help against can-tho-2021-2025#seek-help: ubnd-can-tho-2024's \"at least 70% by 2024\" is at least as strict as can-tho-2021-2025's \"at least 50% by 2025\"", result.Explanation);
    }

    [Fact]
    public void A_looser_child_target_fails_and_says_which_two_thresholds()
    {
        var child = CanTho("{ \"comparison\": \"at-least\", \"value\": 40 }, \"phrase\": \"Tối thiểu 40%\"");
        // A parent target in the child's period (2024): a later one is one the child cannot state (Untuned/ConformanceThatChecksSomethingTests).
        var result = Assert.Single(ConformanceChecker.Check(child, Parent("at-least", 50, 2024)));
        Assert.Equal(ConformanceVerdict.Looser, result.Verdict);
        Assert.Contains("\"at least 40% by 2024\" is looser than can-tho-2021-2025's \"at least 50% by 2024\"", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_set_later_than_the_parent_s_fails()
    {
        var result = Assert.Single(ConformanceChecker.Check(CanTho(), Parent("at-least", 50, 2023)));
        Assert.Equal(ConformanceVerdict.Looser, result.Verdict);
        Assert.Contains("comes later", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_other_plans_are_ignored_and_a_missing_parent_indicator_is_not_comparable()
    {
        Assert.Empty(ConformanceChecker.Check(PlanLoader.Load(TestFiles.CanThoUnlinked()).Plan!, Parent("at-least", 50, 2025)));
        var text = TestFiles.CanThoUnlinked()
            .Replace("\"key\": \"victims-seek-help\",", "\"key\": \"victims-seek-help\", \"implements\": \"can-tho-2021-2025#nothing\",", StringComparison.Ordinal);
        var result = Assert.Single(ConformanceChecker.Check(PlanLoader.Load(text).Plan!, Parent("at-least", 50, 2025)));
        Assert.Equal(ConformanceVerdict.NotComparable, result.Verdict);
    }

    [Fact]
    public void An_upper_bound_cannot_be_compared_with_a_lower_one_and_a_target_in_the_parent_s_year_is_in_time()
    {
        var upper = CanTho("{ \"comparison\": \"at-most\", \"value\": 30 }, \"phrase\": \"Không quá 30%\"");
        var result = Assert.Single(ConformanceChecker.Check(upper, Parent("at-least", 50, 2025)));
        Assert.Equal((ConformanceVerdict.NotComparable, null), (result.Verdict, result.ChildTarget));
        Assert.Equal("ubnd-can-tho-2024#victims-seek-help against can-tho-2021-2025#seek-help: ubnd-can-tho-2024 has no target in the same unit as can-tho-2021-2025's \"at least 50% by 2025\"", result.Explanation);

        // "by 2024" against "by 2024": the child's target is in time.
        Assert.Equal(ConformanceVerdict.Conforms, Assert.Single(ConformanceChecker.Check(CanTho(), Parent("at-least", 50, 2024))).Verdict);
    }

    [Fact]
    public void A_looser_target_in_time_is_named_before_a_later_one()
    {
        // Two child targets (its period stretched to 2030): 40% by 2030 (too late) and 30% by 2024 (in time, looser). The one
        // in time is the one to fix.
        var text = TestFiles.CanThoUnlinked()
            .Replace("\"key\": \"victims-seek-help\",", "\"key\": \"victims-seek-help\", \"implements\": \"can-tho-2021-2025#seek-help\",", StringComparison.Ordinal)
            .Replace("\"targets\": [ { \"by\": 2024, \"threshold\": { \"comparison\": \"at-least\", \"value\": 70 }, \"phrase\": \"Tối thiểu 70%\" } ]",
                "\"targets\": [ { \"by\": 2030, \"threshold\": { \"comparison\": \"at-least\", \"value\": 40 } }, { \"by\": 2024, \"threshold\": { \"comparison\": \"at-least\", \"value\": 30 } } ]", StringComparison.Ordinal);
        var child = TestFiles.LoadPlan(text.Replace("\"period\": { \"from\": 2024, \"to\": 2024 }", "\"period\": { \"from\": 2024, \"to\": 2030 }", StringComparison.Ordinal));
        var result = Assert.Single(ConformanceChecker.Check(child, Parent("at-least", 50, 2025)));
        Assert.Equal(ConformanceVerdict.Looser, result.Verdict);
        Assert.EndsWith("ubnd-can-tho-2024's \"at least 30% by 2024\" is looser than can-tho-2021-2025's \"at least 50% by 2025\"", result.Explanation, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ConformanceChecker.Check(null!, child));
        Assert.Throws<ArgumentNullException>(() => ConformanceChecker.Check(child, null!));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 90, Comparison.AtLeast, 90, true)]
    [InlineData(Comparison.MoreThan, 90, Comparison.MoreThan, 90, true)]
    [InlineData(Comparison.AtMost, 20, Comparison.AtMost, 20, true)]
    [InlineData(Comparison.LessThan, 20, Comparison.LessThan, 20, true)]
    [InlineData(Comparison.MoreThan, 100, Comparison.All, 100, false)]
    [InlineData(Comparison.MoreThan, 90, Comparison.AtLeast, 90, true)]
    [InlineData(Comparison.AtLeast, 90, Comparison.MoreThan, 90, false)]
    [InlineData(Comparison.All, 100, Comparison.MoreThan, 95, true)]
    [InlineData(Comparison.MoreThan, 99, Comparison.All, 100, false)]
    [InlineData(Comparison.AtMost, 10, Comparison.AtMost, 20, true)]
    [InlineData(Comparison.LessThan, 20, Comparison.AtMost, 20, true)]
    [InlineData(Comparison.AtMost, 20, Comparison.LessThan, 20, false)]
    [InlineData(Comparison.All, 100, Comparison.MoreThan, 100, false)]
    [InlineData(Comparison.AtLeast, 90, Comparison.AtMost, 95, false)]
    public void Strictness_keeps_the_comparison_words(Comparison child, int childValue, Comparison parent, int parentValue, bool strict) =>
        Assert.Equal(strict, ConformanceChecker.AtLeastAsStrict(new Threshold(child, childValue), new Threshold(parent, parentValue)));

    /// <summary>The law behind the verdict: a count that meets a stricter child threshold meets the parent's too.</summary>
    [Property(MaxTest = 2000)]
    public Property What_meets_a_stricter_threshold_meets_the_looser_one() =>
        Prop.ForAll(
            (from c in Gen.Elements(Comparison.MoreThan, Comparison.AtLeast, Comparison.AtMost, Comparison.LessThan, Comparison.All)
             from p in Gen.Elements(Comparison.MoreThan, Comparison.AtLeast, Comparison.AtMost, Comparison.LessThan, Comparison.All)
             from cv in Gen.Choose(0, 100)
             from pv in Gen.Choose(0, 100)
             from d in Gen.Choose(1, 500)
             from n in Gen.Choose(0, 500)
             select (Child: c == Comparison.All ? Threshold.All : new Threshold(c, cv), Parent: p == Comparison.All ? Threshold.All : new Threshold(p, pv), D: d, N: Math.Min(n, d))).ToArbitrary(),
            x => !ConformanceChecker.AtLeastAsStrict(x.Child, x.Parent)
                || !TargetCalculator.IsMet(x.Child, x.N, x.D)
                || TargetCalculator.IsMet(x.Parent, x.N, x.D));
}
