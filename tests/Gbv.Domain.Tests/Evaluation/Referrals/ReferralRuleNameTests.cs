using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Referrals;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Referrals;

/// <summary>
/// A case worker reads a rule by its name: a plan's rule by the name its plan gives it, one without a name as "the
/// plan's rule" with its source beneath, never by an id; the name is kept when the plan is written back.
/// </summary>
public sealed class ReferralRuleNameTests
{
    private static readonly Instant Reported = Instant.FromUtc(2024, 6, 1, 3, 0);

    private static Gbv.Domain.Plans.Plan Plan(string nameMember)
    {
        var text = File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")).Replace(
            "\"id\": \"can-tho-gbv-hotline\",", "\"id\": \"can-tho-gbv-hotline\"," + nameMember, StringComparison.Ordinal);
        var loaded = PlanLoader.Load(text);
        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        return loaded.Plan!;
    }

    private static string Hotline(Gbv.Domain.Plans.Plan plan, string language)
    {
        var engine = ReferralEngine<CaseRecord>.Compile(Gbv.Domain.Referrals.ReferralRuleSet.Defaults.Layer(plan.ReferralRules, plan.Services), CaseFields.Map).Engine!;
        var c = new CaseRecord { CaseId = "synthetic-name-1", Age = 30, Consent = true, ReportedAt = Reported };
        return engine.Decide(c, Reported, null).Single(d => d.Service.Id == "tong-dai-18008065").Explain(language, DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
    }

    [Fact]
    public void A_named_rule_is_read_by_its_name_and_keeps_it_when_written()
    {
        var plan = Plan(""" "name": { "vi": "Giới thiệu Tổng đài của thành phố", "en": "The city's hotline" },""");
        var rule = plan.ReferralRules.Single(r => r.Id == "can-tho-gbv-hotline");
        Assert.Equal(new LocalizedText("Giới thiệu Tổng đài của thành phố", "The city's hotline"), rule.Name);

        var vi = Hotline(plan, "vi");
        Assert.Contains("  quy tắc Giới thiệu Tổng đài của thành phố: luôn đúng", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("can-tho-gbv-hotline", vi, StringComparison.Ordinal);
        // English keeps the id a developer looks up.
        Assert.Contains("  rule can-tho-gbv-hotline: true", Hotline(plan, "en"), StringComparison.Ordinal);

        var again = PlanLoader.Load(PlanDefinitionWriter.Write(plan)).Plan!;
        Assert.Equal(rule, again.ReferralRules.Single(r => r.Id == "can-tho-gbv-hotline"));
    }

    [Fact]
    public void A_rule_without_a_name_is_the_plan_s_rule_with_its_source_beneath()
    {
        var vi = Hotline(Plan(string.Empty), "vi").ReplaceLineEndings("\n");
        Assert.Contains("  quy tắc của kế hoạch: luôn đúng\n    căn cứ: Tiếp tục, tuyên truyền, giới thiệu rộng rãi Tổng đài số điện thoại 18008065", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("can-tho-gbv-hotline", vi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_without_Vietnamese_is_refused_where_it_is()
    {
        var text = File.ReadAllText(TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json")).Replace(
            "\"id\": \"can-tho-gbv-hotline\",", "\"id\": \"can-tho-gbv-hotline\", \"name\": { \"vi\": \" \" },", StringComparison.Ordinal);
        var loaded = PlanLoader.Load(text);
        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Gbv.Domain.Diagnostics.DiagnosticSeverity.Error);
        Assert.EndsWith("/name/vi", error.Location.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_names_an_intervention_by_its_rule_s_name_else_a_plan_s_rule_by_its_service()
    {
        var named = new Gbv.Domain.Evaluation.Rendering.ReportNames(Plan(""" "name": { "vi": "Giới thiệu Tổng đài của thành phố" },"""), new Dictionary<string, LocalizedText>(), vi: true);
        Assert.Equal("Giới thiệu Tổng đài của thành phố", named.Intervention("can-tho-gbv-hotline"));
        Assert.Equal("Điều trị dự phòng sau phơi nhiễm HIV (trong 72 giờ)", named.Intervention("post-exposure-prophylaxis"));
        var unnamed = new Gbv.Domain.Evaluation.Rendering.ReportNames(Plan(string.Empty), new Dictionary<string, LocalizedText>(), vi: true);
        Assert.Equal("Tổng đài điện thoại 18008065", unnamed.Intervention("can-tho-gbv-hotline"));
    }
}
