using Gbv.Domain.Conditions;

namespace Gbv.Domain.Tests.Conditions;

public sealed class ConditionSyntaxTests
{
    [Theory]
    [InlineData("age < 16 and violence has sexual and hoursSinceIncident <= 72", "age < 16 and violence has sexual and hoursSinceIncident <= 72")]
    [InlineData("AGE<16 AND Violence HAS Sexual", "AGE < 16 and Violence has sexual")]
    [InlineData("a or b and c", "a or b and c")]
    [InlineData("(a or b) and c", "(a or b) and c")]
    [InlineData("a and (b and c)", "a and (b and c)")]
    [InlineData("not (a or b)", "not (a or b)")]
    [InlineData("not not a", "not not a")]
    [InlineData("risk in [high, life-threatening]", "risk in [high, life-threatening]")]
    [InlineData("unit not in [\"u-1\", \"u\\\"2\"]", "unit not in [\"u-1\", \"u\\\"2\"]")]
    [InlineData("violence has any [sexual, physical]", "violence has any [sexual, physical]")]
    [InlineData("age not between 16 and 17", "age not between 16 and 17")]
    [InlineData("incidentAt is missing or reportedAt is present", "incidentAt is missing or reportedAt is present")]
    [InlineData("wait <= 72h and since >= 2024-06-10 and x = -1.50", "wait <= 72h and since >= 2024-06-10 and x = -1.50")]
    [InlineData("age == 16", "age = 16")]
    [InlineData("a or b or c", "a or b or c")]
    [InlineData("TRUE", "true")]
    [InlineData("not false or a", "not false or a")]
    [InlineData("a or (b or c)", "a or (b or c)")]
    [InlineData("violence has all [sexual, physical]", "violence has all [sexual, physical]")]
    [InlineData("age between 1 and 2", "age between 1 and 2")]
    [InlineData("unit = \"a\\\\b\"", "unit = \"a\\\\b\"")]
    public void Parses_and_prints_canonical_text(string text, string canonical)
    {
        var result = Condition.Parse(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(canonical, result.Syntax!.ToString());
        Assert.True(Condition.Parse(canonical).Syntax!.IsEquivalentTo(result.Syntax));
    }

    [Fact]
    public void Null_text_is_a_programming_error_not_a_diagnostic()
    {
        Assert.Throws<ArgumentNullException>(() => Condition.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => Condition.Compile(null!, Gbv.Domain.Cases.CaseFields.Map));
    }

    [Theory]
    [InlineData("a and b", "a  AND  b", true)]
    [InlineData("a and b", "a and c", false)]
    [InlineData("a and b and c", "(a and b) and c", true)]
    [InlineData("a and b and c", "a and (b and c)", false)]
    [InlineData("not a and b", "not (a and b)", false)]
    [InlineData("age = 16", "age == 16", true)]
    public void Equivalent_trees_say_the_same_thing_whatever_the_spacing(string first, string second, bool equivalent)
    {
        var a = Condition.Parse(first).Syntax!;
        var b = Condition.Parse(second).Syntax!;
        Assert.Equal(equivalent, a.IsEquivalentTo(b));
        Assert.Equal(equivalent, b.IsEquivalentTo(a));
    }

    [Fact]
    public void And_binds_tighter_than_or_and_not_tighter_than_and()
    {
        var tree = Condition.Parse("not a and b or c").Syntax!;
        var or = Assert.IsType<OrSyntax>(tree);
        var and = Assert.IsType<AndSyntax>(or.Left);
        Assert.IsType<NotSyntax>(and.Left);
        Assert.Equal(new TextSpan(0, 16), or.Span);
    }

    [Theory]
    [InlineData("", "GBV3009", 1, 1)]
    [InlineData("   ", "GBV3009", 1, 1)]
    [InlineData("age < 16 && trafficking", "GBV3001", 1, 10)]
    [InlineData("unit = 'x'", "GBV3001", 1, 8)]
    [InlineData("unit = \"x", "GBV3002", 1, 8)]
    [InlineData("age < 16x", "GBV3003", 1, 7)]
    [InlineData("since > 2024-02-30", "GBV3003", 1, 9)]
    [InlineData("age < < 16", "GBV3004", 1, 7)]
    [InlineData("age < 16 trafficking", "GBV3004", 1, 10)]
    [InlineData("age <", "GBV3005", 1, 6)]
    [InlineData("(age < 16", "GBV3005", 1, 10)]
    [InlineData("risk in []", "GBV3004", 1, 10)]
    [InlineData("age between 1 or 2", "GBV3004", 1, 15)]
    [InlineData("a and\n  b c", "GBV3004", 2, 5)]
    [InlineData("age.ToString() = \"1\"", "GBV3010", 1, 4)]
    [InlineData("count(violence) > 1", "GBV3010", 1, 6)]
    [InlineData("violence[0] = sexual", "GBV3010", 1, 9)]
    public void Syntax_errors_have_a_code_line_and_column(string text, string code, int line, int column)
    {
        var result = Condition.Parse(text);
        Assert.Null(result.Syntax);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((code, line, column), (d.Id, d.Location.Line, d.Location.Column));
        Assert.NotEqual(d.GetMessage("en"), d.GetMessage("vi"));

        // The Vietnamese message is Vietnamese throughout, what was expected included.
        Assert.DoesNotMatch(@"\b(write|such as|or the end|a value|at least|a field|calls|Indexers|Member|number or|date \()", d.GetMessage("vi"));
    }

    [Theory]
    [InlineData("age < 16 && trafficking", "'&' không thuộc ngôn ngữ điều kiện; hãy viết \"and\" hoặc \"or\"")]
    [InlineData("since > 2024-02-30", "\"2024-02-30\" không phải ngày (viết yyyy-MM-dd, ví dụ 2024-06-10) hợp lệ")]
    [InlineData("age < 16 trafficking", "Cần \"and\", \"or\" hoặc hết điều kiện, nhưng gặp \"trafficking\"")]
    [InlineData("risk in []", "Cần ít nhất một giá trị, nhưng gặp \"]\"")]
    public void Syntax_errors_read_in_vietnamese(string text, string vietnamese) =>
        Assert.Equal(vietnamese, Assert.Single(Condition.Parse(text).Diagnostics).GetMessage("vi"));

    [Fact]
    public void Limits_on_length_tokens_and_depth_are_diagnostics()
    {
        Assert.Equal("GBV3006", Assert.Single(Condition.Parse(new string('a', ConditionLimits.MaxLength + 1)).Diagnostics).Id);
        Assert.Equal("GBV3007", Assert.Single(Condition.Parse(string.Join(" or ", Enumerable.Repeat("a", 600))).Diagnostics).Id);
        Assert.Equal("GBV3008", Assert.Single(Condition.Parse(new string('(', 33) + "a" + new string(')', 33)).Diagnostics).Id);
        Assert.Empty(Condition.Parse(new string('(', 32) + "a" + new string(')', 32)).Diagnostics);
        Assert.Equal("GBV3008", Assert.Single(Condition.Parse(string.Concat(Enumerable.Repeat("not ", 40)) + "a").Diagnostics).Id);
    }

    /// <summary>
    /// Strings written to attack Dynamic LINQ rule engines (CVE-2023-32571 in Microsoft RulesEngine through
    /// System.Linq.Dynamic.Core): each is refused with a diagnostic; nothing is evaluated.
    /// </summary>
    [Theory]
    [InlineData("\"\".GetType().Assembly.DefinedTypes.Where(it.Name == \"AppDomain\")")]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\") != null")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\")")]
    [InlineData("np(Age) > 3")]
    [InlineData("age > 3 and Type.GetType(\"System.Environment\") != null")]
    [InlineData("new System.Object() != null")]
    [InlineData("@0.Invoke()")]
    [InlineData("age > 3; Environment.Exit(1)")]
    [InlineData("it.Age > 3")]
    [InlineData("age => age > 3")]
    [InlineData("iif(age > 3, true, false)")]
    [InlineData("AppDomain.CurrentDomain.GetAssemblies()")]
    [InlineData("age > 3 and \"x\".Length > 0")]
    [InlineData("Math.Max(age, 3) > 3")]
    public void Injection_strings_written_for_dynamic_linq_are_refused(string text)
    {
        var result = Condition.Compile(text, Gbv.Domain.Cases.CaseFields.Map);
        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("GBV3", d.Id, StringComparison.Ordinal));
    }
}
