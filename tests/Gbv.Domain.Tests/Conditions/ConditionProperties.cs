using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Conditions;

public sealed class ConditionProperties
{
    [Property(MaxTest = 300)]
    public void Printing_then_parsing_gives_the_same_tree(int seed)
    {
        var text = new RandomConditions(seed).Condition();
        var tree = Condition.Parse(text).Syntax!;
        var reparsed = Condition.Parse(tree.ToString());
        Assert.Empty(reparsed.Diagnostics);
        Assert.True(reparsed.Syntax!.IsEquivalentTo(tree), $"{text}\n{tree}\n{reparsed.Syntax}");
        Assert.Equal(tree.ToString(), reparsed.Syntax.ToString());
    }

    [Property(MaxTest = 300)]
    public void The_compiled_delegate_agrees_with_the_interpreter_and_the_explainer(int seed)
    {
        var random = new RandomConditions(seed);
        var result = Condition.Compile(random.Condition(), CaseFields.Map);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        var condition = result.Condition!;
        for (var i = 0; i < 40; i++)
        {
            var record = random.Case(i);
            var compiled = condition.Evaluate(record);
            Assert.Equal(compiled, condition.Interpret(record));
            Assert.Equal(compiled, condition.Explain(record).Result);
        }
    }

    [Property(MaxTest = 500)]
    public void The_parser_never_throws_on_random_text(string? text)
    {
        var result = Condition.Compile(text ?? string.Empty, CaseFields.Map);
        Assert.True(result.Success || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Property(MaxTest = 500)]
    public Property The_parser_never_throws_on_text_made_of_the_language_s_own_pieces() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("age", "<", "16", "and", "or", "not", "(", ")", "[", "]", ",", "has", "any", "in", "between", "is", "missing",
                "\"x", "\"", ".", "72h", "2024-06-10", "-", "=", "!", "sexual", "true", "\n", " ", "é", "🚺", "\\", "1.5", "9999999999999")).ToArbitrary(),
            pieces =>
            {
                var result = Condition.Compile(string.Concat(pieces), CaseFields.Map);
                return result.Success != result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            });

    [Property(MaxTest = 100)]
    public void Compiling_is_deterministic(int seed)
    {
        var text = new RandomConditions(seed).Condition();
        var first = Condition.Compile(text, CaseFields.Map).Condition!;
        var second = Condition.Compile(text, CaseFields.Map).Condition!;
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(first.Expression.ToString(), second.Expression.ToString());
        var random = new RandomConditions(seed + 1);
        for (var i = 0; i < 20; i++)
        {
            var record = random.Case(i);
            Assert.Equal(first.Evaluate(record), second.Evaluate(record));
        }
    }
}
