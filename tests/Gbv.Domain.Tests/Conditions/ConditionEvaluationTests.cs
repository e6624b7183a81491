using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Tests.Conditions;

/// <summary>Evaluation at the boundaries the domain rules use, and the missing-value semantics.</summary>
public sealed class ConditionEvaluationTests
{
    private static readonly Instant Incident = Instant.FromUtc(2024, 6, 1, 8, 0);

    private static CaseRecord Case(int? age = 30, ViolenceKinds violence = ViolenceKinds.None, int? hoursToReport = null, RiskLevel? risk = null,
        string? unit = null, bool trafficking = false, Sex? sex = null) => new()
    {
        CaseId = "c-1",
        Age = age,
        Violence = violence,
        IncidentAt = hoursToReport is null ? null : Incident,
        ReportedAt = hoursToReport is int h ? Incident + Duration.FromHours(h) : null,
        Risk = risk,
        Unit = unit,
        Trafficking = trafficking,
        Sex = sex,
    };

    private static CompiledCondition<CaseRecord> Compile(string text)
    {
        var result = Condition.Compile(text, CaseFields.Map);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result.Condition!;
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    [InlineData(0, true)]
    public void A_child_is_under_16(int age, bool child)
    {
        var condition = Compile("age < 16");
        Assert.Equal(child, condition.Evaluate(Case(age)));
        Assert.Equal(child, condition.Interpret(Case(age)));
    }

    [Theory]
    [InlineData(72, true)]
    [InlineData(73, false)]
    public void Sexual_violence_within_72_hours(int hours, bool within)
    {
        var condition = Compile("violence has sexual and hoursSinceIncident <= 72");
        Assert.Equal(within, condition.Evaluate(Case(violence: ViolenceKinds.Sexual | ViolenceKinds.Physical, hoursToReport: hours)));
        Assert.False(condition.Evaluate(Case(violence: ViolenceKinds.Physical, hoursToReport: hours)));
    }

    [Fact]
    public void A_test_on_a_missing_value_is_false_and_not_negates_it()
    {
        var unknownAge = Case(age: null);
        Assert.False(Compile("age < 16").Evaluate(unknownAge));
        Assert.False(Compile("age >= 16").Evaluate(unknownAge));
        Assert.False(Compile("age != 16").Evaluate(unknownAge));
        Assert.False(Compile("age not in [1, 2]").Evaluate(unknownAge));
        Assert.False(Compile("age not between 1 and 2").Evaluate(unknownAge));
        Assert.True(Compile("not (age < 16)").Evaluate(unknownAge));
        Assert.True(Compile("age is missing").Evaluate(unknownAge));
        Assert.False(Compile("age is present").Evaluate(unknownAge));
        Assert.False(Compile("hoursSinceIncident <= 72").Evaluate(Case(hoursToReport: null)));
        Assert.False(Compile("unit != \"u-1\"").Evaluate(Case(unit: null)));
    }

    [Fact]
    public void Sets_enumerations_text_and_flags()
    {
        var both = Case(violence: ViolenceKinds.Sexual | ViolenceKinds.Economic);
        Assert.True(Compile("violence has any [physical, economic]").Evaluate(both));
        Assert.False(Compile("violence has all [sexual, physical]").Evaluate(both));
        Assert.True(Compile("violence has all [sexual, economic]").Evaluate(both));
        Assert.True(Compile("risk in [high, life-threatening]").Evaluate(Case(risk: RiskLevel.LifeThreatening)));
        Assert.False(Compile("risk = high").Evaluate(Case(risk: null)));
        Assert.True(Compile("unit in [\"u-1\", \"u-2\"]").Evaluate(Case(unit: "u-2")));
        Assert.False(Compile("unit = \"U-2\"").Evaluate(Case(unit: "u-2")));
        Assert.True(Compile("trafficking and not domestic").Evaluate(Case(trafficking: true)));
        Assert.True(Compile("age between 15 and 17").Evaluate(Case(age: 17)));
        Assert.True(Compile("sex = female or sex is missing").Evaluate(Case(sex: null)));
    }

    [Fact]
    public void An_explanation_lists_every_test_with_the_record_s_values()
    {
        var explanation = Compile("age < 16 and (violence has sexual or trafficking)").Explain(Case(age: 12, violence: ViolenceKinds.Physical | ViolenceKinds.Sexual));
        Assert.True(explanation.Result);
        Assert.Equal(
        [
            new ClauseExplanation("age < 16", "age", "12", true),
            new ClauseExplanation("violence has sexual", "violence", "physical, sexual", true),
            new ClauseExplanation("trafficking", "trafficking", "false", false),
        ], explanation.Clauses);
        Assert.Equal("age < 16 and (violence has sexual or trafficking)", explanation.Condition);
        Assert.Equal("missing", Compile("age < 16").Explain(Case(age: null)).Clauses[0].Value);
    }

    /// <summary>Each kind of value as a case worker reads it in an explanation, and the explanation as text.</summary>
    [Fact]
    public void Values_are_shown_as_a_case_worker_reads_them()
    {
        var record = Case(age: 12, risk: RiskLevel.High, unit: "xa-a", hoursToReport: 30, sex: Sex.Female);
        var explanation = Compile("risk = high and unit = \"xa-a\" and hoursSinceIncident <= 72 and violence is missing and sex = female and incidentAt is missing").Explain(record);
        Assert.Equal(["high", "\"xa-a\"", "30", "none", "female", "2024-06-01T08:00:00Z"], explanation.Clauses.Select(c => c.Value));
        Assert.Equal([true, true, true, false, true, false], explanation.Clauses.Select(c => c.Held));
        Assert.False(explanation.Result);
        var nl = Environment.NewLine;
        Assert.Equal($"age < 16 and not trafficking: true{nl}  age < 16 (age = 12): held{nl}  trafficking (trafficking = false): did not hold",
            Compile("age < 16 and not trafficking").Explain(record).ToString());
        Assert.Equal($"age < 16: false{nl}  age < 16 (age = [hidden]): did not hold", Compile("age < 16").Explain(Case(age: 40)).Redacted().ToString());
    }

    [Fact]
    public void The_predicate_is_compiled_once_and_reused()
    {
        var condition = Compile("age < 16");
        Assert.Same(condition.Predicate, condition.Predicate);
        Assert.Equal("record => ((record.Age != null) AndAlso (Convert(record.Age, Int32) < 16))", condition.Expression.ToString());
    }
}
