using Gbv.Domain.Agencies;
using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>National bodies have kinds of their own (the drafts that use them: tests/Gbv.Domain.Extraction.Tests, NationalDraftTests).</summary>
public sealed class NationalBodiesTests
{
    [Theory]
    [InlineData("government", AgencyKind.Government)]
    [InlineData("prime-minister", AgencyKind.PrimeMinister)]
    [InlineData("ministry", AgencyKind.Ministry)]
    [InlineData("ministry-department", AgencyKind.MinistryDepartment)]
    [InlineData("central-mass-organisation", AgencyKind.CentralMassOrganisation)]
    public void A_national_body_is_not_other(string keyword, AgencyKind kind)
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(extra: $$"""
            "roles": { "lead": "national" },
            """).Replace("\"agencies\": [", $$"""
            "agencies": [ { "id": "national", "name": { "vi": "Cơ quan trung ương" }, "kind": "{{keyword}}", "level": "national" },
            """, StringComparison.Ordinal));
        Assert.Equal(kind, plan.FindAgency("national")!.Kind);
    }

    [Fact]
    public void A_ministry_placed_at_a_province_is_a_slip()
    {
        var result = PlanLoader.Load(CascadePlans.Plan().Replace("\"agencies\": [", """
            "agencies": [ { "id": "bo", "name": { "vi": "Bộ Lao động - Thương binh và Xã hội" }, "kind": "ministry", "level": "province" },
            """, StringComparison.Ordinal));
        Assert.Equal(["GBV2270"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal("The agency \"bo\" is a ministry, a national body, but its level is \"province\"", result.Diagnostics[0].Message);
    }
}
