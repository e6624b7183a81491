using System.Text.RegularExpressions;
using Gbv.Domain.Conditions;
using Gbv.Domain.Referrals;
using Gbv.Domain.Tests.Conditions;
using FsCheck.Xunit;

namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// A referral rule's condition said in Vietnamese words for a case worker, not in the condition language: the
/// renderer walks the syntax tree, field names, operators and values from Words.vi.resx.
/// </summary>
public sealed partial class ConditionWordsTests
{
    [Theory]
    [InlineData("age < 16 and violence has sexual", "tuổi dưới 16 và hình thức bạo lực có tình dục")]
    [InlineData("age < 16 and risk in [high, life-threatening]", "tuổi dưới 16 và mức nguy cơ là một trong: cao, đe dọa tính mạng")]
    [InlineData("violence has sexual and hoursSinceIncident <= 120 and not (sex = male)", "hình thức bạo lực có tình dục và số giờ từ khi xảy ra vụ việc từ 120 trở xuống và giới tính khác nam")]
    [InlineData("domestic and (violence has physical or violence has sexual)", "là bạo lực gia đình và (hình thức bạo lực có thể chất hoặc hình thức bạo lực có tình dục)")]
    [InlineData("not consent", "nạn nhân chưa đồng ý")]
    [InlineData("consent != true", "nạn nhân chưa đồng ý")]
    [InlineData("trafficking = true", "có yếu tố mua bán người")]
    [InlineData("age not between 12 and 17.5", "tuổi ngoài khoảng 12 đến 17,5")]
    [InlineData("risk is missing", "chưa ghi nhận mức nguy cơ")]
    [InlineData("not (risk is missing)", "đã ghi nhận mức nguy cơ")]
    [InlineData("violence has any [economic, psychological]", "hình thức bạo lực có ít nhất một trong: kinh tế, tinh thần")]
    [InlineData("not violence has sexual", "hình thức bạo lực không có tình dục")]
    [InlineData("not (age < 16 or domestic)", "không phải (tuổi dưới 16 hoặc là bạo lực gia đình)")]
    [InlineData("unit = \"xa-a\"", "đơn vị là \"xa-a\"")]
    [InlineData("true", "luôn đúng")]
    public void A_condition_reads_in_vietnamese_words(string condition, string vietnamese) =>
        Assert.Equal(vietnamese, ConditionWords.Say(condition, vi: true));

    [Fact]
    public void A_record_s_value_reads_in_words_and_a_hidden_one_stays_hidden()
    {
        Assert.Equal("thể chất, tình dục", ConditionWords.RecordValue("physical, sexual", vi: true));
        Assert.Equal("chưa ghi nhận", ConditionWords.RecordValue("missing", vi: true));
        Assert.Equal("[đã ẩn]", ConditionWords.RecordValue(ClauseExplanation.HiddenValue, vi: true));
        Assert.Equal("3,5", ConditionWords.RecordValue("3.5", vi: true));
    }

    [GeneratedRegex(@"(?<![\p{L}-])(and|or|not|has|any|all|in|between|is|missing|present|age|sex|violence|risk|consent|domestic|trafficking|hoursSinceIncident|incidentType|incidentAt|reportedAt|physical|psychological|sexual|economic|low|medium|high|female|male|other)(?![\p{L}-])|[<>=!]")]
    private static partial Regex ConditionLanguage();

    /// <summary>Whatever the condition, its words keep no keyword, field name, value keyword or operator of the language.</summary>
    [Property(MaxTest = 300)]
    public void No_condition_language_is_left_in_the_vietnamese_words(int seed)
    {
        var text = new RandomConditions(seed).Condition();
        var canonical = Condition.Parse(text).Syntax!.ToString();
        var words = ConditionWords.Say(canonical, vi: true);
        // A unit's id is quoted text: the plan's, not the language's.
        var outside = Regex.Replace(words, "\"[^\"]*\"", string.Empty);
        Assert.True(!ConditionLanguage().IsMatch(outside), $"{canonical}\n{words}");
    }

    [Fact]
    public void Every_default_rule_reads_in_words()
    {
        foreach (var rule in DefaultReferralRules.Rules)
        {
            var words = ConditionWords.Say(rule.Condition, vi: true);
            Assert.DoesNotMatch(ConditionLanguage(), words);
        }
    }
}
