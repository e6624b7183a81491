using System.Text.Json.Nodes;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// One verdict for one file (issue 25): what validates evaluates and what fails validation does not; conditions that
/// never or always hold are warned of; edge dates are refused with a message.
/// </summary>
public sealed class OneVerdictTests
{
    private static JsonObject Minimal()
    {
        var plan = JsonNode.Parse(TestFiles.MinimalPlan)!.AsObject();
        plan["services"] = new JsonArray(new JsonObject { ["id"] = "nha-tam-lanh", ["kind"] = "shelter", ["name"] = new JsonObject { ["vi"] = "Nhà tạm lánh" }, ["source"] = "nhà tạm lánh" });
        return plan;
    }

    private static JsonObject Rule(int i, string condition = "age < 16") =>
        new() { ["id"] = $"rule-{i}", ["condition"] = condition, ["service"] = "nha-tam-lanh", ["source"] = "thử" };

    [Theory]
    [InlineData(40)]
    [InlineData(54)]
    [InlineData(64)]
    public void Validate_and_evaluate_agree_on_the_referral_rule_limit_counting_the_defaults(int count)
    {
        var plan = Minimal();
        plan["referralRules"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)Rule(i, $"age < {i + 1}"))]);
        var text = plan.ToJsonString();
        var validated = PlanLoader.Load(text, "plan.json");
        var evaluated = ComplianceEngine.Load(text, "plan.json");
        Assert.Equal(validated.Success, evaluated.CompiledPlan is not null);
        var total = count + Gbv.Domain.Referrals.ReferralRuleSet.Defaults.Rules.Length;
        if (total > 64)
        {
            var limit = Assert.Single(validated.Diagnostics, d => d.Id == "GBV2402");
            Assert.Equal("/referralRules", limit.Location.Pointer);
            Assert.Equal($"The rule set has {total} (the package's {total - count} default rules and the plan's {count}) rules; an engine holds at most 64", limit.GetMessage("en"));
        }
        else
        {
            Assert.True(validated.Success, string.Join('\n', validated.Diagnostics));
        }
    }

    [Fact]
    public void A_plan_that_names_itself_as_its_parent_fails_validation_and_does_not_evaluate()
    {
        var plan = Minimal();
        plan["references"] = new JsonArray(new JsonObject { ["id"] = "parent", ["relation"] = "implements", ["kind"] = "plan", ["plan"] = "t", ["source"] = "Thực hiện Kế hoạch ..." });
        var text = plan.ToJsonString();
        var own = Assert.Single(PlanLoader.Load(text, "plan.json").Diagnostics, d => d.Id == "GBV2284");
        Assert.Equal("/references/0/plan", own.Location.Pointer);
        Assert.Equal("The plan \"t\" names itself as the plan it implements", own.GetMessage("en"));
        Assert.Null(ComplianceEngine.Load(text, "plan.json").CompiledPlan);
    }

    [Theory]
    [InlineData("false", "can never hold")]
    [InlineData("risk = low and risk = high", "can never hold")]
    [InlineData("trafficking and not trafficking", "can never hold")]
    [InlineData("sex = female and not (sex = female)", "can never hold")]
    [InlineData("trafficking or not trafficking", "holds for every case")]
    [InlineData("age is missing or age < 18 or age >= 18", "holds for every case")]
    public void Conditions_that_never_or_always_hold_are_warned_of(string condition, string what)
    {
        var plan = Minimal();
        plan["referralRules"] = new JsonArray(Rule(0, condition));
        var result = PlanLoader.Load(plan.ToJsonString(), "plan.json");
        var warning = Assert.Single(result.Diagnostics, d => d.Id is "GBV2283" or "GBV3104");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("/referralRules/0/condition", warning.Location.Pointer, StringComparison.Ordinal);
        if (warning.Id == "GBV2283")
        {
            Assert.Contains(what, warning.GetMessage("en"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("age < 16")]
    [InlineData("risk in [high, life-threatening] and not trafficking")]
    [InlineData("true")]
    [InlineData("age is missing or age < 18")]
    public void Conditions_that_can_go_either_way_are_not_warned_of(string condition)
    {
        var plan = Minimal();
        plan["referralRules"] = new JsonArray(Rule(0, condition));
        var result = PlanLoader.Load(plan.ToJsonString(), "plan.json");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "GBV2283" or "GBV3104");
    }

    [Fact]
    public void An_indicator_whose_numerator_is_its_denominator_is_warned_of()
    {
        var plan = Minimal();
        plan["dataElements"] = new JsonArray(new JsonObject { ["key"] = "n", ["name"] = new JsonObject { ["vi"] = "n" } });
        plan["indicators"] = new JsonArray(new JsonObject
        {
            ["key"] = "same", ["title"] = new JsonObject { ["vi"] = "Như nhau" }, ["source"] = "thử",
            ["metric"] = new JsonObject { ["reported"] = new JsonObject { ["numerator"] = "n", ["denominator"] = "n" } },
            ["targets"] = new JsonArray(new JsonObject { ["by"] = 2024, ["threshold"] = new JsonObject { ["comparison"] = "at-least", ["value"] = 90 } }),
        });
        var result = PlanLoader.Load(plan.ToJsonString(), "plan.json");
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "GBV2285");
        Assert.Equal("/indicators/0/metric/reported/denominator", warning.Location.Pointer);
        Assert.True(result.Success);
    }

    [Theory]
    [InlineData("evaluate", "--as-of", "9999-12-31")]
    [InlineData("evaluate", "--as-of", "0001-01-01")]
    [InlineData("calendar", "--to", "9999-12-31")]
    public void Edge_dates_are_refused_with_a_message_not_an_internal_error(string command, string option, string date)
    {
        var plan = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");
        var (exit, _, errors) = command == "evaluate"
            ? Run("evaluate", plan, option, date, "--lang", "en")
            : Run("calendar", plan, "--from", "2020-01-01", option, date, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains($"{option} \"{date}\" is outside the days a plan can be about (1900-01-01 to 2199-12-31)", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", errors, StringComparison.Ordinal);
    }
}
