using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Tests.Indicators;

public sealed class TargetCalculatorTests
{
    private static readonly Threshold MoreThan90 = new(Comparison.MoreThan, 90m);
    private static readonly Threshold AtLeast70 = new(Comparison.AtLeast, 70m);

    [Fact]
    public void The_worked_examples_of_the_domain_brief()
    {
        // "the least count that meets 'more than 90% of 37' is 34 (33.3 -> the next whole count above)"
        Assert.Equal(34, TargetCalculator.MinimumCount(MoreThan90, 37));
        // "'at least 70% of 37' is 26 (25.9 -> 26)"
        Assert.Equal(26, TargetCalculator.MinimumCount(AtLeast70, 37));
        // Đăk Tô as of 2020-12-31: 37 detected, 33 supported: more than 90% needs 34, shortfall 1.
        Assert.False(TargetCalculator.IsMet(MoreThan90, 33, 37));
        Assert.Equal(1, TargetCalculator.Shortfall(MoreThan90, 33, 37));
        // "3 more victims need support to reach more than 90% of 37"
        Assert.Equal(3, TargetCalculator.Shortfall(MoreThan90, 31, 37));
    }

    [Fact]
    public void More_than_keeps_its_word_at_the_boundary()
    {
        Assert.False(TargetCalculator.IsMet(MoreThan90, 9, 10));
        Assert.True(TargetCalculator.IsMet(MoreThan90, 10, 10));
        Assert.True(TargetCalculator.IsMet(new Threshold(Comparison.AtLeast, 90m), 9, 10));
        Assert.Equal(10, TargetCalculator.MinimumCount(MoreThan90, 10));
        Assert.Equal(91, TargetCalculator.MinimumCount(MoreThan90, 100));
    }

    [Fact]
    public void All_counts_units_and_ratios()
    {
        Assert.Equal(14, TargetCalculator.MinimumCount(Threshold.All, 14));
        Assert.False(TargetCalculator.IsMet(Threshold.All, 13, 14));
        var once = new Threshold(Comparison.AtLeast, 1m, ThresholdUnit.Count);
        Assert.Equal(1, TargetCalculator.MinimumCount(once, 1));
        Assert.Equal(1, TargetCalculator.Shortfall(once, 0, 1));
        var atMost = new Threshold(Comparison.AtMost, 1.5m, ThresholdUnit.Times);
        Assert.True(TargetCalculator.IsMet(atMost, 15, 10));
        Assert.False(TargetCalculator.IsMet(atMost, 16, 10));
        Assert.Equal(15, TargetCalculator.MaximumCount(atMost, 10));
        Assert.Equal(2, TargetCalculator.Shortfall(atMost, 17, 10));
    }

    [Fact]
    public void Nothing_meets_what_cannot_be_met_and_a_zero_denominator_has_no_answer()
    {
        Assert.Null(TargetCalculator.MinimumCount(new Threshold(Comparison.MoreThan, 100m), 37));
        Assert.Null(TargetCalculator.MaximumCount(new Threshold(Comparison.LessThan, 0m), 37));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.IsMet(MoreThan90, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.IsMet(MoreThan90, -1, 5));
    }

    private static Arbitrary<(Threshold Threshold, int Denominator)> Cases() =>
        (from comparison in Gen.Elements(Comparison.MoreThan, Comparison.AtLeast, Comparison.AtMost, Comparison.LessThan, Comparison.All)
         from hundredths in Gen.Choose(0, 10_000)
         from denominator in Gen.Choose(1, 100_000)
         select (comparison == Comparison.All ? Threshold.All : new Threshold(comparison, hundredths / 100m), denominator)).ToArbitrary();

    /// <summary>For all denominators up to 100,000 and all thresholds: the minimum meets the target and one less does not.</summary>
    [Property(MaxTest = 2000)]
    public Property The_least_count_meets_the_threshold_and_one_less_does_not() =>
        Prop.ForAll(Cases(), c =>
        {
            var (threshold, d) = c;
            if (TargetCalculator.MinimumCount(threshold, d) is not { } least)
            {
                // Nothing meets it: not even every one of the denominator (counts are monotone).
                return !TargetCalculator.IsMet(threshold, d, d) && !TargetCalculator.IsMet(threshold, 0, d);
            }

            return TargetCalculator.IsMet(threshold, least, d) && (least == 0 || !TargetCalculator.IsMet(threshold, least - 1, d));
        });

    [Property(MaxTest = 2000)]
    public Property The_greatest_count_of_an_upper_bound_meets_it_and_one_more_does_not() =>
        Prop.ForAll(Cases(), c =>
        {
            var (threshold, d) = c;
            if (threshold.Comparison is not (Comparison.AtMost or Comparison.LessThan))
            {
                return true;
            }

            return TargetCalculator.MaximumCount(threshold, d) is { } most
                ? TargetCalculator.IsMet(threshold, most, d) && (most == d || !TargetCalculator.IsMet(threshold, most + 1, d))
                : !TargetCalculator.IsMet(threshold, 0, d);
        });

    [Property(MaxTest = 1000)]
    public Property The_shortfall_is_what_it_takes_to_meet_the_threshold() =>
        Prop.ForAll(Cases(), Gen.Choose(0, 100_000).ToArbitrary(), (c, n) =>
        {
            var (threshold, d) = c;
            var count = Math.Min(n, d);
            if (TargetCalculator.Shortfall(threshold, count, d) is not { } gap)
            {
                return true;
            }

            var met = TargetCalculator.IsMet(threshold, count, d);
            var fixedCount = threshold.Comparison is Comparison.AtMost or Comparison.LessThan ? count - gap : count + gap;
            return (gap == 0) == met && TargetCalculator.IsMet(threshold, fixedCount, d);
        });

    [Fact]
    public void Each_operation_rejects_a_missing_threshold_an_empty_denominator_and_a_negative_count()
    {
        var target = new Threshold(Comparison.MoreThan, 90m);
        Assert.Throws<ArgumentNullException>(() => TargetCalculator.IsMet(null!, 1, 10));
        Assert.Throws<ArgumentNullException>(() => TargetCalculator.MinimumCount(null!, 10));
        Assert.Throws<ArgumentNullException>(() => TargetCalculator.MaximumCount(null!, 10));
        Assert.Throws<ArgumentNullException>(() => TargetCalculator.Shortfall(null!, 1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.IsMet(target, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.IsMet(target, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.MinimumCount(target, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.MaximumCount(target, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.Shortfall(target, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.Shortfall(target, -1, 10));

        // An upper bound takes its own path through the calculator, and checks its arguments there too.
        var upper = new Threshold(Comparison.AtMost, 30m);
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.MaximumCount(upper, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.MaximumCount(upper, -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.Shortfall(upper, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetCalculator.Shortfall(upper, -1, 10));
    }

    [Fact]
    public void Bounds_at_the_edges_worked_by_hand()
    {
        // "Less than 0%": no count can be below none, so there is no least and no greatest count.
        var belowNothing = new Threshold(Comparison.LessThan, 0m);
        Assert.Null(TargetCalculator.MinimumCount(belowNothing, 10));
        Assert.Null(TargetCalculator.MaximumCount(belowNothing, 10));
        Assert.Null(TargetCalculator.Shortfall(belowNothing, 3, 10));
        // "Less than 1" (a count): only zero meets it; "at most 0%" likewise.
        Assert.Equal(0, TargetCalculator.MaximumCount(new Threshold(Comparison.LessThan, 1m, ThresholdUnit.Count), 10));
        Assert.Equal(0, TargetCalculator.MinimumCount(new Threshold(Comparison.LessThan, 1m, ThresholdUnit.Count), 10));
        Assert.Equal(0, TargetCalculator.MaximumCount(new Threshold(Comparison.AtMost, 0m), 10));
        Assert.Equal(2, TargetCalculator.Shortfall(new Threshold(Comparison.AtMost, 0m), 2, 10));
        // A count target is not bounded by the denominator: "at least 50 sessions" with 10 communes still needs 50.
        Assert.Equal(50, TargetCalculator.MinimumCount(new Threshold(Comparison.AtLeast, 50m, ThresholdUnit.Count), 10));
        Assert.Equal(45, TargetCalculator.Shortfall(new Threshold(Comparison.AtLeast, 50m, ThresholdUnit.Count), 5, 10));
        // "1.5 times" 10 lets 15, more than the denominator.
        Assert.Equal(16, TargetCalculator.MinimumCount(new Threshold(Comparison.MoreThan, 1.5m, ThresholdUnit.Times), 10));
        // A percentage above 100% cannot be met.
        Assert.Null(TargetCalculator.MinimumCount(new Threshold(Comparison.AtLeast, 101m), 10));
        Assert.Null(TargetCalculator.Shortfall(new Threshold(Comparison.AtLeast, 101m), 10, 10));
    }

    [Fact]
    public void The_greatest_count_of_a_lower_bound_is_the_whole_for_a_percentage_and_open_otherwise()
    {
        // "More than 90% of 37": any count from 34 to all 37.
        Assert.Equal(37, TargetCalculator.MaximumCount(new Threshold(Comparison.MoreThan, 90m), 37));
        Assert.Equal(37, TargetCalculator.MaximumCount(Threshold.All, 37));
        // A count or a ratio has no upper end.
        Assert.Null(TargetCalculator.MaximumCount(new Threshold(Comparison.AtLeast, 5m, ThresholdUnit.Count), 10));
        Assert.Null(TargetCalculator.MaximumCount(new Threshold(Comparison.AtLeast, 2m, ThresholdUnit.Times), 10));
        // "More than 100%" has no count at all.
        Assert.Null(TargetCalculator.MaximumCount(new Threshold(Comparison.MoreThan, 100m), 10));
    }
}
