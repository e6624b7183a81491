using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>Checks that expect the source's own Vietnamese apply to verbatim sources only.</summary>
public sealed class SourceKindTests
{
    // The indicator's source says "trên 90%"; the target quotes "ít nhất 80%", which the source does not contain.
    private static string PlanWith(string planKind, string indicatorKind) => CascadePlans.Plan(extra: $$"""
        {{planKind}}
        "dataElements": [ { "key": "cases", "name": { "vi": "Số vụ" } }, { "key": "helped", "name": { "vi": "Số vụ được hỗ trợ" } } ],
        "indicators": [
          { "key": "helped", "title": { "vi": "Vụ việc được hỗ trợ" }, "source": "trên 90% vụ việc được hỗ trợ", {{indicatorKind}}
            "metric": { "reported": { "numerator": "helped", "denominator": "cases" } },
            "targets": [ { "by": 2024, "threshold": { "comparison": "at-least", "value": 80 }, "phrase": "ít nhất 80%" } ] }
        ],
        """);

    private static string[] Codes(string json) => [.. PlanLoader.Load(json).Diagnostics.Select(d => d.Id).Order()];

    [Fact]
    public void A_verbatim_plan_has_its_phrases_checked_against_the_source()
    {
        Assert.Equal(["GBV2218", "GBV2219"], Codes(PlanWith("", "")));
        Assert.Equal(Gbv.Domain.Plans.Plan.DefaultTimeZone, TestFiles.LoadPlan(PlanWith("", "")).TimeZone);
        Assert.Equal(SourceKind.Verbatim, TestFiles.LoadPlan(PlanWith("", "")).SourceKind);
    }

    [Fact]
    public void A_summary_sourced_plan_is_not_checked_against_words_that_are_not_the_source_s_and_says_so()
    {
        var result = PlanLoader.Load(PlanWith("\"sourceKind\": \"summary\",", ""));
        Assert.Equal(["GBV2266"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal("The plan is from a summary of the source: its words are not the source's own, so phrases and percentages are not checked against them", result.Diagnostics[0].Message);
        Assert.Equal(SourceKind.Summary, result.Plan!.SourceKind);
        Assert.Null(result.Plan.Indicators[0].SourceKind);
        Assert.Equal(SourceKind.Summary, result.Plan.SourceKindOf(result.Plan.Indicators[0].SourceKind));
    }

    [Fact]
    public void A_part_says_otherwise_than_its_plan()
    {
        // A summary-sourced plan that quotes one indicator verbatim: that one is checked.
        Assert.Equal(["GBV2218", "GBV2219", "GBV2266"], Codes(PlanWith("\"sourceKind\": \"summary\",", "\"sourceKind\": \"verbatim\",")));
        // A verbatim plan with a translated indicator: that one is not.
        Assert.Equal(["GBV2266"], Codes(PlanWith("", "\"sourceKind\": \"translation\",")));
    }

    [Fact]
    public void Source_kinds_are_written_back_as_read()
    {
        var plan = TestFiles.LoadPlan(PlanWith("\"sourceKind\": \"summary\",", "\"sourceKind\": \"translation\","));
        Assert.Equal(plan, PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan);
    }
}
