using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Conditions;

/// <summary>
/// <c>x &lt; x</c> could not be written: the second "x" was read as an enumeration value and refused as a type mismatch.
/// A field compared with itself is now accepted with a warning that says what it means (GBV3116); two different
/// fields are refused with an error that says why (GBV3117).
/// </summary>
public sealed class FieldComparisonTests
{
    [Theory]
    [InlineData("age < age", "it never holds", "điều kiện này không bao giờ đúng")]
    [InlineData("age > age", "it never holds", "điều kiện này không bao giờ đúng")]
    [InlineData("age != age", "it never holds", "điều kiện này không bao giờ đúng")]
    [InlineData("age = age", "it holds exactly when \"age\" is recorded: write \"age is present\"", "điều kiện này chỉ đúng khi \"age\" đã được ghi nhận: hãy viết \"age is present\"")]
    [InlineData("age <= age", "it holds exactly when \"age\" is recorded: write \"age is present\"", "điều kiện này chỉ đúng khi \"age\" đã được ghi nhận: hãy viết \"age is present\"")]
    [InlineData("trafficking = trafficking", "it always holds", "điều kiện này luôn đúng")]
    [InlineData("risk != risk", "it never holds", "điều kiện này không bao giờ đúng")]
    public void A_field_compared_with_itself_is_accepted_with_a_warning_that_says_what_it_means(string text, string en, string vi)
    {
        var result = Condition.Compile(text, CaseFields.Map);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("GBV3116", DiagnosticSeverity.Warning, 1, 1), (d.Id, d.Severity, d.Location.Line, d.Location.Column));
        Assert.Equal($"\"{text}\" compares \"{text.Split(' ')[0]}\" with itself: {en}", d.GetMessage("en"));
        Assert.Equal($"\"{text}\" so sánh \"{text.Split(' ')[0]}\" với chính nó: {vi}", d.GetMessage("vi"));
        Assert.NotNull(result.Condition);
    }

    [Fact]
    public void Inside_a_longer_condition_the_warning_points_at_the_comparison_and_the_rest_still_counts()
    {
        var result = Condition.Compile("risk = high or age < age", CaseFields.Map);
        Assert.Equal((1, 16), (Assert.Single(result.Diagnostics).Location.Line, result.Diagnostics[0].Location.Column));
        var condition = result.Condition!;
        Assert.True(condition.Evaluate(new CaseRecord { CaseId = "c", Risk = RiskLevel.High, Age = 10 }));
        Assert.False(condition.Evaluate(new CaseRecord { CaseId = "c", Risk = RiskLevel.Low, Age = 10 }));
        Assert.False(condition.Interpret(new CaseRecord { CaseId = "c", Risk = RiskLevel.Low, Age = 10 }));
    }

    [Theory]
    [InlineData("age < hoursSinceIncident", 7, "hoursSinceIncident", "\"age < ...\" or \"age between ... and ...\"", "\"age < ...\" hoặc \"age between ... and ...\"")]
    [InlineData("unit = region", 8, "region", "", "")]
    public void Two_different_fields_are_refused_at_the_second_with_why(string text, int column, string other, string exampleEn, string exampleVi)
    {
        var map = FieldMap<CaseRecord>.Empty.AddNumber("age", c => c.Age).AddNumber("hoursSinceIncident", c => c.Age).AddText("unit", c => c.Unit).AddText("region", c => c.Unit);
        var result = Condition.Compile(text, map);
        Assert.Null(result.Condition);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("GBV3117", column), (d.Id, d.Location.Column));
        var field = text.Split(' ')[0];
        if (exampleEn.Length == 0)
        {
            (exampleEn, exampleVi) = ("\"unit = \\\"...\\\"\" or \"unit in [...]\"", "\"unit = \\\"...\\\"\" hoặc \"unit in [...]\"");
        }

        Assert.Equal($"\"{text}\" compares the field \"{field}\" with the field \"{other}\": a condition compares a field with a value, such as {exampleEn}", d.GetMessage("en"));
        Assert.Equal($"\"{text}\" so sánh trường \"{field}\" với trường \"{other}\": điều kiện chỉ so sánh một trường với một giá trị, ví dụ {exampleVi}", d.GetMessage("vi"));
    }

    [Fact]
    public void A_value_of_an_enumeration_stays_a_value_even_where_a_field_has_its_name()
    {
        var map = FieldMap<CaseRecord>.Empty.AddEnum("risk", c => c.Risk).AddBoolean("high", c => c.Trafficking);
        var result = Condition.Compile("risk = high", map);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Condition!.Evaluate(new CaseRecord { CaseId = "c", Risk = RiskLevel.High, Trafficking = false }));
        Assert.False(result.Condition!.Evaluate(new CaseRecord { CaseId = "c", Risk = RiskLevel.Low, Trafficking = true }));
    }

    /// <summary>Compiled, interpreted and explained, a self-comparison agrees with the plain definition of the test on a missing value.</summary>
    [Property(MaxTest = 300)]
    public Property A_self_comparison_means_what_the_plain_definition_says() =>
        Prop.ForAll(Gen.Elements("<", "<=", ">", ">=", "=", "!=").ToArbitrary(), Gen.Choose(-1, 150).ToArbitrary(), (op, n) =>
        {
            int? age = n < 0 ? null : n;
            var record = new CaseRecord { CaseId = "c", Age = age };
            var expected = age is { } a && op switch
            {
#pragma warning disable CS1718 // The comparison with itself is the point: the plain C# meaning of each operator.
                "<" => a < a,
                "<=" => a <= a,
                ">" => a > a,
                ">=" => a >= a,
                "=" => a == a,
                _ => a != a,
#pragma warning restore CS1718
            };
            var condition = Condition.Compile($"age {op} age", CaseFields.Map).Condition!;
            Assert.Equal(expected, condition.Evaluate(record));
            Assert.Equal(expected, condition.Interpret(record));
            Assert.Equal(expected, condition.Explain(record).Result);
        });
}
