using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Conditions;

public sealed class ConditionBindingTests
{
    private static IReadOnlyList<string> Codes(string text) => [.. Condition.Compile(text, CaseFields.Map).Diagnostics.Select(d => d.Id)];

    [Theory]
    [InlineData("agee < 16", "GBV3101")]
    [InlineData("age < \"16\"", "GBV3102")]
    [InlineData("age < 15.5", "GBV3102")]
    [InlineData("trafficking = 1", "GBV3102")]
    [InlineData("hoursSinceIncident <= 72h", "GBV3102")]
    [InlineData("violence has sexy", "GBV3103")]
    [InlineData("risk = critical", "GBV3103")]
    [InlineData("age < 0", "GBV3104")]
    [InlineData("age > 150", "GBV3104")]
    [InlineData("age between 20 and 10", "GBV3104")]
    [InlineData("trafficking is missing", "GBV3104")]
    [InlineData("hoursSinceIncident < 0", "GBV3104")]
    [InlineData("unit < \"a\"", "GBV3105")]
    [InlineData("violence = sexual", "GBV3105")]
    [InlineData("age has sexual", "GBV3105")]
    [InlineData("incidentAt < 5", "GBV3105")]
    [InlineData("age", "GBV3105")]
    [InlineData("risk between low and high", "GBV3105")]
    public void Each_binding_problem_has_its_code(string text, string code) => Assert.Equal([code], Codes(text));

    [Fact]
    public void Unknown_names_suggest_the_closest()
    {
        var field = Assert.Single(Condition.Compile("agee < 16", CaseFields.Map).Diagnostics);
        Assert.Equal("There is no field \"agee\"; did you mean \"age\"?", field.Message);
        Assert.Equal("Không có trường \"agee\"; có phải ý bạn là \"age\"?", field.GetMessage("vi"));

        // Type names, hints and why a test can never hold read in Vietnamese too; a text value is quoted once.
        string Vi(string text) => Assert.Single(Condition.Compile(text, CaseFields.Map).Diagnostics).GetMessage("vi");
        Assert.Equal("\"x\" có kiểu chuỗi; age có kiểu số nguyên", Vi("age < \"x\""));
        Assert.Equal("\"x\" is text; age is a whole number", Assert.Single(Condition.Compile("age < \"x\"", CaseFields.Map).Diagnostics).Message);
        Assert.Equal("Không dùng được \">\" với \"trafficking\" (kiểu true hoặc false; hãy dùng \"trafficking\" đứng một mình hoặc \"trafficking = false\")", Vi("trafficking > 1"));
        Assert.Equal("Phép thử này không bao giờ đúng: \"age\" không bao giờ > 200 (giá trị từ 0 đến 150)", Vi("age > 200"));
        Assert.Equal("Phép thử này không bao giờ đúng: cận dưới 20 lớn hơn cận trên 10", Vi("age between 20 and 10"));
        Assert.Equal("Phép thử này không bao giờ đúng: các phép thử trên \"age\" (age < 16, age > 20) không thể cùng đúng", Vi("age < 16 and age > 20"));
        var value = Assert.Single(Condition.Compile("violence has sexaul", CaseFields.Map).Diagnostics);
        Assert.EndsWith("did you mean \"sexual\"?", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_reported_at_once_with_their_columns()
    {
        var result = Condition.Compile("agee < 16 and risk = critical and unit < \"a\"", CaseFields.Map);
        Assert.False(result.Success);
        Assert.Equal([("GBV3101", 1), ("GBV3103", 22), ("GBV3105", 35)], result.Diagnostics.Select(d => (d.Id, d.Location.Column)));
    }

    [Fact]
    public void A_condition_that_can_never_hold_still_compiles_with_a_warning()
    {
        var result = Condition.Compile("age < 0 or trafficking", CaseFields.Map);
        Assert.True(result.Success);
        var warning = Assert.Single(result.Condition!.Warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("ranges from 0 to 150", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("age < 16 and age > 20", true)]
    [InlineData("age < 16 and trafficking and age >= 16", true)]
    [InlineData("age > 15 and age < 16", true)]
    [InlineData("age between 10 and 12 and age = 13", true)]
    [InlineData("hoursSinceIncident <= 72 and hoursSinceIncident > 72", true)]
    [InlineData("age < 16 and age > 14", false)]
    [InlineData("age < 16 or age > 20", false)]
    [InlineData("age >= 16 and age <= 16", false)]
    [InlineData("(age < 16 and age > 20) or trafficking", true)]
    [InlineData("not (age < 16 and age > 10) and age < 30", false)]
    public void Contradictory_tests_in_one_chain_of_and_can_never_hold(string text, bool contradictory)
    {
        var result = Condition.Compile(text, CaseFields.Map);
        Assert.True(result.Success);
        Assert.Equal(contradictory, result.Diagnostics.Any(d => d.Id == "GBV3104" && d.Message.Contains("can never all hold", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enum_values_are_written_in_kebab_case_in_any_letter_case()
    {
        Assert.True(Condition.Compile("risk = life-threatening and incidentType in [sexual-assault, RAPE]", CaseFields.Map).Success);
        Assert.True(Condition.Compile("risk = LifeThreatening", CaseFields.Map).Success);
    }
}
