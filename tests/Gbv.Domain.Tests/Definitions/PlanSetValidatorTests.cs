using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Definitions;

public sealed class PlanSetValidatorTests
{
    private static LoadResult Plan(string id, params (string Relation, string Parent)[] parents)
    {
        var result = PlanLoader.Load(Text(id, parents), $"{id}.plan.json");
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static string Text(string id, params (string Relation, string Parent)[] parents)
    {
        var references = string.Join(",\n", parents.Select((p, i) =>
            $$"""    { "id": "ref-{{i}}", "relation": "{{p.Relation}}", "kind": "plan", "plan": "{{p.Parent}}", "source": "Thực hiện Kế hoạch ..." }"""));
        var text = TestFiles.MinimalPlan
            .Replace("\"id\": \"t\"", $"\"id\": \"{id}\"", StringComparison.Ordinal)
            .Replace("\"level\": \"commune\",", $"\"level\": \"commune\",\n  \"references\": [\n{references}\n  ],", StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public void A_child_whose_parent_is_loaded_gives_nothing()
    {
        Assert.Empty(PlanSetValidator.Validate([Plan("district"), Plan("commune", ("implements", "district"))]));
    }

    [Fact]
    public void A_parent_that_is_not_loaded_is_a_warning_at_the_reference()
    {
        var d = Assert.Single(PlanSetValidator.Validate([Plan("district"), Plan("commune", ("implements", "districk"))]));
        Assert.Equal(("GBV2004", DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal(("commune.plan.json", "/references/0/plan"), (d.Location.File, d.Location.Pointer));
        Assert.True(d.Location.Line > 0);
        Assert.EndsWith("did you mean \"district\"?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_plans_with_one_id_are_an_error()
    {
        var d = Assert.Single(PlanSetValidator.Validate([Plan("same"), Plan("same")]));
        Assert.Equal("GBV2008", d.Id);
        Assert.Equal("/id", d.Location.Pointer);
    }

    [Fact]
    public void Plans_that_implement_each_other_form_a_cycle_reported_once()
    {
        var d = Assert.Single(PlanSetValidator.Validate([Plan("a", ("implements", "b")), Plan("b", ("based-on", "c")), Plan("c", ("implements", "a"))]));
        Assert.Equal("GBV2007", d.Id);
        Assert.Equal("Plans implement each other in a cycle: a → b → c → a", d.Message);
    }

    [Fact]
    public void A_plan_that_implements_itself_fails_on_its_own_and_cited_plans_are_not_links()
    {
        // One file shows it, so validating the file alone finds it (issue 25), and no plan is made to evaluate.
        var self = PlanLoader.Load(Text("a", ("implements", "a")), "a.plan.json");
        Assert.False(self.Success);
        Assert.Equal("The plan \"a\" names itself as the plan it implements", Assert.Single(self.Diagnostics, d => d.Id == "GBV2284").Message);
        Assert.Empty(PlanSetValidator.Validate([Plan("a", ("cites", "b")), Plan("b", ("cites", "a"))]));
    }

    [Fact]
    public void Long_chains_and_dense_link_sets_are_checked_without_blowing_up()
    {
        var chain = Enumerable.Range(0, 500).Select(i => i == 499 ? Plan($"p{i}") : Plan($"p{i}", ("implements", $"p{i + 1}"))).ToList();
        Assert.Empty(PlanSetValidator.Validate(chain));

        // Forty plans each implementing every later plan: exponentially many paths, no cycle.
        var dense = Enumerable.Range(0, 40).Select(i => Plan($"d{i}", [.. Enumerable.Range(i + 1, 39 - i).Select(j => ("implements", $"d{j}"))])).ToList();
        Assert.Empty(PlanSetValidator.Validate(dense));
    }

    [Fact]
    public void Results_without_a_plan_are_skipped()
    {
        var broken = PlanLoader.Load("{}", "broken.json");
        Assert.Empty(PlanSetValidator.Validate([broken, Plan("a")]));
    }

    private static LoadResult WithReport(LoadResult plan, string date)
    {
        var text = PlanDefinitionWriter.Write(plan.Plan!).Replace("\"agencies\": [", $$"""
            "reporting": [ { "key": "six-monthly", "frequency": "six-monthly", "due": { "rule": "before", "date": "{{date}}" },
              "reporters": ["ubnd"], "recipient": "ubnd", "source": "báo cáo 6 tháng (trước ngày {{date}})" } ],
            "agencies": [
            """, StringComparison.Ordinal);
        var result = PlanLoader.Load(text, $"{plan.Plan!.Id}.plan.json");
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result;
    }

    [Fact]
    public void A_commune_report_due_after_the_district_report_it_feeds_is_named_with_both_deadlines()
    {
        var district = WithReport(Plan("district"), "06-10");
        var d = Assert.Single(PlanSetValidator.Validate([district, WithReport(Plan("commune", ("implements", "district")), "06-15")]));
        Assert.Equal(("GBV2009", DiagnosticSeverity.Warning, "commune.plan.json", "/reporting/0/due"), (d.Id, d.Severity, d.Location.File, d.Location.Pointer));
        Assert.Equal("commune's \"six-monthly\" report for 2024-H1 is on time until 2024-06-14, but district's \"six-monthly\" report for the same period must be in by 2024-06-09: it cannot be consolidated in time", d.Message);

        Assert.Empty(PlanSetValidator.Validate([district, WithReport(Plan("commune", ("implements", "district")), "06-05")]));
        Assert.Empty(PlanSetValidator.Validate([district, WithReport(Plan("commune", ("cites", "district")), "06-15")]));
    }
}
