using System.Collections.Immutable;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;

namespace Gbv.Domain.Tests.Plans;

/// <summary>The small types every answer is made of: their words in Vietnamese, their checks, their equality.</summary>
public sealed class SmallTypesTests
{
    /// <summary>The Vietnamese a plan author wrote, back from a threshold: "trên 90%", "tối thiểu 1,5 lần", "toàn bộ".</summary>
    [Theory]
    [InlineData(Comparison.MoreThan, "90", ThresholdUnit.Percent, "trên 90%")]
    [InlineData(Comparison.AtLeast, "1.5", ThresholdUnit.Times, "tối thiểu 1,5 lần")]
    [InlineData(Comparison.AtMost, "30", ThresholdUnit.Percent, "không quá 30%")]
    [InlineData(Comparison.LessThan, "5", ThresholdUnit.Count, "dưới 5")]
    [InlineData(Comparison.All, "100", ThresholdUnit.Percent, "100%")]
    [InlineData(Comparison.All, "12", ThresholdUnit.Count, "toàn bộ (12)")]
    public void A_threshold_in_vietnamese(Comparison comparison, string value, ThresholdUnit unit, string expected) =>
        Assert.Equal(expected, IndicatorWords.Of(new Threshold(comparison, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit)));

    [Fact]
    public void Horizons_and_statuses_in_vietnamese()
    {
        Assert.Equal(("đến năm 2025", "từ năm 2021"), (IndicatorWords.Of(new Horizon(HorizonKind.By, 2025)), IndicatorWords.Of(new Horizon(HorizonKind.From, 2021))));
        Assert.Equal(
            ["đạt", "không đạt", "đang đạt", "có nguy cơ không đạt", "chưa đến hạn", "không có số liệu", "không áp dụng"],
            new[] { IndicatorStatus.Met, IndicatorStatus.NotMet, IndicatorStatus.OnTrack, IndicatorStatus.AtRisk, IndicatorStatus.NotDue, IndicatorStatus.NoData, IndicatorStatus.NotApplicable }
                .Select(s => IndicatorWords.Of(s)));
    }

    [Fact]
    public void A_level_key_is_checked_and_a_text_falls_back_to_vietnamese()
    {
        var bad = Assert.Throws<ArgumentException>(() => new AdministrativeLevel("Xã"));
        Assert.StartsWith("'Xã' is not a level key (lower-case letters, digits and hyphens).", bad.Message, StringComparison.Ordinal);
        Assert.Equal(("commune", string.Empty), (AdministrativeLevel.Commune.ToString(), default(AdministrativeLevel).ToString()));

        var both = new LocalizedText("Kế hoạch", "Plan");
        var vi = new LocalizedText("Kế hoạch");
        Assert.Equal(("Plan", "Plan", "Kế hoạch", "Kế hoạch", "Kế hoạch"), (both.In("en"), both.In("EN"), both.In("vi"), both.In("fr"), vi.In("en")));
    }

    [Fact]
    public void A_period_checks_its_years_and_prints_as_the_plan_says_it()
    {
        Assert.Equal(("2017-2020 (vision 2030)", "2024", "2020-", "2021-2025"),
            (new PlanPeriod(2017, 2020, 2030).ToString(), new PlanPeriod(2024, 2024).ToString(), new PlanPeriod(2020).ToString(), new PlanPeriod(2021, 2025).ToString()));
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(2020, 2019)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(2020, 10000)).ParamName);
        Assert.Equal("vision", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(2020, 2025, 2024)).ParamName);
        Assert.Equal("vision", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(2020, null, 2019)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(10000));
        Assert.Throws<ArgumentNullException>(() => RuleSide.Parse(null!));
    }

    [Fact]
    public void Referral_summaries_merge_and_compare_by_every_count()
    {
        var a = new ReferralSummary(2, ImmutableSortedDictionary<string, ServiceCounts>.Empty.Add("police", new ServiceCounts(1, 0, 1)),
            ImmutableSortedDictionary<string, long>.Empty.Add("xa-a", 1), ImmutableSortedDictionary<Urgency, long>.Empty.Add(Urgency.Urgent, 1));
        var b = new ReferralSummary(1, ImmutableSortedDictionary<string, ServiceCounts>.Empty.Add("police", new ServiceCounts(0, 1, 0)).Add("shelter", new ServiceCounts(1, 0, 0)),
            ImmutableSortedDictionary<string, long>.Empty.Add("xa-a", 1).Add("xa-b", 1), ImmutableSortedDictionary<Urgency, long>.Empty.Add(Urgency.Urgent, 2));
        var merged = a.Merge(b);
        Assert.Equal(3, merged.Cases);
        Assert.Equal(["police=1/1/1", "shelter=1/0/0"], merged.PerService.Select(p => $"{p.Key}={p.Value.Refer}/{p.Value.ConsentRequired}/{p.Value.NeedsInformation}"));
        Assert.Equal(["xa-a=2", "xa-b=1"], merged.PerUnit.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(3, merged.PerUrgency[Urgency.Urgent]);
        Assert.Throws<ArgumentNullException>(() => a.Merge(null!));

        Assert.Equal(a, a with { PerService = a.PerService.SetItem("police", new ServiceCounts(1, 0, 1)) });
        Assert.NotEqual(a, a with { Cases = 3 });
        Assert.NotEqual(a, a with { PerService = a.PerService.SetItem("police", new ServiceCounts(1, 1, 1)) });
        Assert.NotEqual(a, a with { PerUnit = a.PerUnit.SetItem("xa-a", 2) });
        Assert.NotEqual(a, a with { PerUrgency = a.PerUrgency.SetItem(Urgency.Urgent, 2) });
        Assert.False(a.Equals(null));
    }
}
