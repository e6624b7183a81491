using System.Collections.Immutable;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Architecture;

/// <summary>
/// Every result of an operation that reports diagnostics has one shape (docs/architecture.md, "Results"): its value
/// under one name, null when there is none; <c>Diagnostics</c>; <c>Success</c> when the value is there and
/// <c>HasErrors</c> when a diagnostic is an error, never both and never neither.
/// </summary>
public sealed class ResultShapeTests
{
    private static readonly string[] Shared = ["Diagnostics", "Success", "HasErrors", "SourceMap"];

    public static TheoryData<string> Results()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Gbv.Domain.Plans.Plan).Assembly.GetExportedTypes().Where(IsResult).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    // A result wraps an operation's diagnostics; output records named ...Result (IndicatorResult) hold no diagnostics.
    private static bool IsResult(Type t) => t.Name.Split('`')[0].EndsWith("Result", StringComparison.Ordinal) && t.GetProperty("Diagnostics") is not null;

    [Fact]
    public void The_results_are_the_seven_known_ones()
    {
        Assert.Equal(
            ["CaseTallyResult`1", "CompiledPlanResult`1", "ConditionParseResult", "ConditionResult`1", "LoadResult", "ReadResult", "ReferralEngineResult`1"],
            typeof(Gbv.Domain.Plans.Plan).Assembly.GetExportedTypes().Where(IsResult).Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void A_result_has_its_value_diagnostics_success_and_has_errors_and_no_public_constructor(string name)
    {
        var type = typeof(Gbv.Domain.Plans.Plan).Assembly.GetType(name)!;
        Assert.Equal(typeof(ImmutableArray<Diagnostic>), type.GetProperty("Diagnostics")!.PropertyType);
        Assert.Equal(typeof(bool), type.GetProperty("Success")!.PropertyType);
        Assert.Equal(typeof(bool), type.GetProperty("HasErrors")!.PropertyType);
        Assert.Empty(type.GetConstructors());
        Assert.True(type.IsSealed);

        // One value, nullable, under one name.
        var value = Assert.Single(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => !Shared.Contains(p.Name));
        Assert.False(value.PropertyType.IsValueType);
        Assert.Equal(NullabilityState.Nullable, new NullabilityInfoContext().Create(value).ReadState);
    }

    [Fact]
    public void Over_the_malformed_corpus_and_the_samples_a_plan_is_there_exactly_when_no_diagnostic_is_an_error()
    {
        var files = Directory.GetFiles(TestFiles.Malformed, "*.json").Concat(Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json")).ToList();
        Assert.True(files.Count > 100);
        foreach (var file in files)
        {
            var read = PlanDefinitionReader.ReadFile(file);
            Assert.Equal((read.Definition is not null, read.Definition is null), (read.Success, read.HasErrors));
            var load = PlanLoader.LoadFile(file);
            Assert.Equal((load.Plan is not null, load.Plan is null), (load.Success, load.HasErrors));
            var compiled = Gbv.Domain.Evaluation.ComplianceEngine.LoadFile(file);
            Assert.Equal((compiled.CompiledPlan is not null, compiled.CompiledPlan is null), (compiled.Success, compiled.HasErrors));
        }

        Assert.Contains(files, f => PlanLoader.LoadFile(f).Success);
        Assert.Contains(files, f => !PlanLoader.LoadFile(f).Success);
    }

    private static readonly string[] Words = ["age", "<", "18", "and", "or", "not", "(", ")", "risk", "=", "high", "'x'", "in", "[", "]", ",", "domestic", "unknown_field", ">=", "\"", "is", "null"];

    [Property(MaxTest = 300)]
    public Property A_condition_parsed_or_compiled_is_there_exactly_when_no_diagnostic_is_an_error() =>
        Prop.ForAll(
            Gen.Elements(Words).ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary(),
            text =>
            {
                var parsed = Condition.Parse(text);
                Assert.Equal((parsed.Syntax is not null, parsed.Syntax is null), (parsed.Success, parsed.HasErrors));
                var compiled = Condition.Compile(text, CaseFields.Map);
                Assert.Equal((compiled.Condition is not null, compiled.Condition is null), (compiled.Success, compiled.HasErrors));
            });

    [Fact]
    public void A_condition_that_compiles_and_one_that_does_not()
    {
        Assert.True(Condition.Compile("age < 18", CaseFields.Map).Success);
        var wrong = Condition.Compile("agee < 18", CaseFields.Map);
        Assert.Equal((false, true), (wrong.Success, wrong.HasErrors));
        Assert.Contains(wrong.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("risk in [high, medium] and age < 18", "risk in [high, low] and age < 18")]
    [InlineData("violence has any [physical, sexual]", "violence has all [physical, sexual]")]
    [InlineData("violence has any [physical, sexual]", "violence has any [physical, economic]")]
    public void Two_parses_of_a_condition_are_equal_trees_and_another_condition_is_not(string text, string other)
    {
        var syntax = Condition.Parse(text).Syntax!;
        Assert.Equal(syntax, Condition.Parse(text).Syntax);
        Assert.Equal(syntax.GetHashCode(), Condition.Parse(text).Syntax!.GetHashCode());
        Assert.NotEqual(syntax, Condition.Parse(other).Syntax);
    }
}
