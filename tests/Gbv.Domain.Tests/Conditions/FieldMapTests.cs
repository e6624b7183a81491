using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Tests.Conditions;

/// <summary>
/// A field map an integrator builds over their own record, with every kind of field the language has: what each
/// Add method declares, the names it refuses, and how the binder words its problems for each type, in both languages.
/// </summary>
public sealed class FieldMapTests
{
    [Flags]
    public enum Need
    {
        None = 0,
        Shelter = 1,
        Legal = 2,
    }

    public enum Stage
    {
        Open,
        Closed,
    }

    public sealed record Row(
        int Visits = 0, int? Children = null, decimal Score = 0m, decimal? Income = null, bool Urgent = false, bool? Consent = null,
        string? Commune = null, Stage Stage = Stage.Open, Stage? Previous = null, Need Needs = Need.None, Instant? Opened = null,
        LocalDate? Born = null, Duration? Waiting = null);

    private static FieldMap<Row> Map { get; } = FieldMap<Row>.Empty
        .AddNumber("visits", r => r.Visits)
        .AddNumber("children", r => r.Children)
        .AddNumber("score", r => r.Score)
        .AddNumber("income", r => r.Income)
        .AddBoolean("urgent", r => r.Urgent)
        .AddBoolean("consent", r => r.Consent)
        .AddText("commune", r => r.Commune)
        .AddEnum("stage", r => r.Stage)
        .AddEnum("previous", r => r.Previous)
        .AddSet("needs", r => r.Needs)
        .AddInstant("opened", r => r.Opened)
        .AddDate("born", r => r.Born)
        .AddDuration("waiting", r => r.Waiting)
        .AddNumber("floor", r => r.Visits, minimum: 1, maximum: null)
        .AddNumber("cap", r => r.Children, minimum: null, maximum: 10)
        .AddNumber("share", r => r.Score, minimum: 0m, maximum: 1m)
        .AddNumber("rate", r => r.Income, minimum: -5m, maximum: null);

    [Theory]
    [InlineData("visits", ConditionType.WholeNumber, false)]
    [InlineData("children", ConditionType.WholeNumber, true)]
    [InlineData("score", ConditionType.Decimal, false)]
    [InlineData("income", ConditionType.Decimal, true)]
    [InlineData("urgent", ConditionType.Boolean, false)]
    [InlineData("consent", ConditionType.Boolean, true)]
    [InlineData("commune", ConditionType.Text, true)]
    [InlineData("stage", ConditionType.Enumeration, false)]
    [InlineData("previous", ConditionType.Enumeration, true)]
    [InlineData("needs", ConditionType.Set, false)]
    [InlineData("opened", ConditionType.Instant, true)]
    [InlineData("born", ConditionType.Date, true)]
    [InlineData("waiting", ConditionType.Duration, true)]
    [InlineData("floor", ConditionType.WholeNumber, false)]
    [InlineData("cap", ConditionType.WholeNumber, true)]
    [InlineData("share", ConditionType.Decimal, false)]
    [InlineData("rate", ConditionType.Decimal, true)]
    public void Each_add_method_declares_the_type_and_whether_the_field_can_be_missing(string name, ConditionType type, bool canBeMissing)
    {
        var field = Map.Find(name)!;
        Assert.Equal((name, type, canBeMissing), (field.Name, field.Type, field.CanBeMissing));
    }

    [Fact]
    public void Ranges_are_kept_as_given_and_only_where_given()
    {
        Assert.Equal(((decimal?)1, (decimal?)null), (Map.Find("floor")!.Minimum, Map.Find("floor")!.Maximum));
        Assert.Equal(((decimal?)null, (decimal?)10), (Map.Find("cap")!.Minimum, Map.Find("cap")!.Maximum));
        Assert.Equal(((decimal?)0, (decimal?)1), (Map.Find("share")!.Minimum, Map.Find("share")!.Maximum));
        Assert.Equal(((decimal?)null, (decimal?)null), (Map.Find("visits")!.Minimum, Map.Find("visits")!.Maximum));
        Assert.Equal(["open", "closed"], Map.Find("stage")!.ValueNames);
        Assert.Equal(["shelter", "legal"], Map.Find("needs")!.ValueNames); // the empty set has no name
        Assert.Equal(17, Map.Fields.Count());
        Assert.Equal("born", Map.Fields.First().Name); // by name, ordinal
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("_visits")]
    [InlineData("case-id")]
    [InlineData("số")]
    [InlineData("and")]
    [InlineData("between")]
    public void A_name_the_language_could_not_read_is_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => FieldMap<Row>.Empty.AddNumber(name, r => r.Visits));
        Assert.Equal("name", error.ParamName);
        Assert.StartsWith($"'{name}' is not a field name: use letters, digits and '_', starting with a letter.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_with_digits_and_underscores_are_fine_but_not_twice()
    {
        var map = FieldMap<Row>.Empty.AddNumber("visit_count2", r => r.Visits);
        Assert.NotNull(map.Find("visit_count2"));
        var error = Assert.Throws<ArgumentException>(() => map.AddBoolean("visit_count2", r => r.Urgent));
        Assert.StartsWith("The field 'visit_count2' is already in the map.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => map.AddText("commune", null!));
        Assert.Null(FieldMap<Row>.Empty.Find("visit_count2")); // adding returns a new map
    }

    [Theory]
    [InlineData("born between 2010-01-01 and 2010-12-31", true)]
    [InlineData("born < 2010-06-01", false)]
    [InlineData("born = 2010-06-01", true)]
    [InlineData("born not between 2010-06-02 and 2011-01-01", true)]
    [InlineData("waiting > 47h", true)]
    [InlineData("waiting > 2d", false)]
    [InlineData("waiting >= 2d", true)]
    [InlineData("waiting = 2880m", true)]
    [InlineData("waiting < 2881m", true)]
    [InlineData("score between 0.25 and 0.5", true)]
    [InlineData("score between 0.26 and 0.5", false)]
    [InlineData("income not in [100, 200.5]", false)]
    [InlineData("stage = closed and previous = open", true)]
    [InlineData("needs has all [shelter, legal]", false)]
    [InlineData("needs has any [shelter, legal]", true)]
    [InlineData("commune in [\"a\", \"b\"]", true)]
    [InlineData("consent = false", false)]
    [InlineData("score not between 0.1 and 0.25", false)]
    [InlineData("score not between 0.25 and 0.3", false)]
    [InlineData("score not between 0.1 and 0.24", true)]
    [InlineData("score between 0.1 and 0.25", true)]
    [InlineData("urgent is missing", false)]
    [InlineData("urgent is present", true)]
    [InlineData("children is missing", true)]
    [InlineData("commune is present", true)]
    public void Dates_durations_and_decimals_compare_as_their_types(string text, bool expected)
    {
        var row = new Row(Score: 0.25m, Income: 200.5m, Stage: Stage.Closed, Previous: Stage.Open, Needs: Need.Legal, Commune: "b",
            Consent: null, Born: new LocalDate(2010, 6, 1), Waiting: Duration.FromHours(48));
        var condition = Condition.Compile(text, Map).Condition!;
        Assert.Equal(expected, condition.Evaluate(row));
        Assert.Equal(expected, condition.Interpret(row));
    }

    [Fact]
    public void An_explanation_shows_each_type_s_value()
    {
        var row = new Row(Score: 0.25m, Stage: Stage.Closed, Needs: Need.Shelter | Need.Legal, Born: new LocalDate(2010, 6, 1), Waiting: Duration.FromHours(48), Consent: true);
        var explanation = Condition.Compile("score < 1 and stage = closed and needs has shelter and born is present and waiting > 1h and consent and children is missing", Map)
            .Condition!.Explain(row);
        Assert.Equal(["0.25", "closed", "shelter, legal", "2010-06-01", "2d", "true", "missing"], explanation.Clauses.Select(c => c.Value));
        Assert.Equal("none", Condition.Compile("needs has shelter", Map).Condition!.Explain(new Row()).Clauses[0].Value);
        Assert.Equal("false", Condition.Compile("urgent", Map).Condition!.Explain(new Row()).Clauses[0].Value);
    }

    [Theory]
    [InlineData(48 * 60, "2d")]
    [InlineData(47 * 60, "47h")]
    [InlineData(61, "61m")]
    [InlineData(0, "0d")]
    [InlineData(-90, "-90m")]
    public void A_duration_is_shown_as_the_language_writes_it(int minutes, string shown)
    {
        var row = new Row(Waiting: Duration.FromMinutes(minutes));
        Assert.Equal(shown, Condition.Compile("waiting > 1h", Map).Condition!.Explain(row).Clauses[0].Value);
        Assert.Equal("0:00:00:01.5", Condition.Compile("waiting > 1h", Map).Condition!.Explain(new Row(Waiting: Duration.FromMilliseconds(1500))).Clauses[0].Value);
    }

    [Theory]
    [InlineData("visits = \"x\"", "\"x\" is text; visits is a whole number", "\"x\" có kiểu chuỗi; visits có kiểu số nguyên")]
    [InlineData("score = true", "\"true\" is true or false; score is a number", "\"true\" có kiểu true hoặc false; score có kiểu số")]
    [InlineData("urgent = 1", "\"1\" is a number; urgent is true or false", "\"1\" có kiểu số; urgent có kiểu true hoặc false")]
    [InlineData("commune = open", "\"open\" is a name; commune is text", "\"open\" có kiểu tên; commune có kiểu chuỗi")]
    [InlineData("stage = 2d", "\"2d\" is a duration; stage is one of open, closed", "\"2d\" có kiểu khoảng thời gian; stage có kiểu một trong open, closed")]
    [InlineData("needs has 2020-01-01", "\"2020-01-01\" is a date; needs is a set of shelter, legal", "\"2020-01-01\" có kiểu ngày; needs có kiểu tập hợp shelter, legal")]
    [InlineData("born = 3", "\"3\" is a number; born is a date", "\"3\" có kiểu số; born có kiểu ngày")]
    [InlineData("waiting < 3", "\"3\" is a number; waiting is a duration", "\"3\" có kiểu số; waiting có kiểu khoảng thời gian")]
    [InlineData("visits = 1.5", "\"1.5\" is a number; visits is a whole number", "\"1.5\" có kiểu số; visits có kiểu số nguyên")]
    public void A_value_of_the_wrong_type_names_both_types(string text, string english, string vietnamese) =>
        AssertSingle(text, "GBV3102", english, vietnamese);

    [Theory]
    [InlineData("opened = 3", "\"=\" cannot be used with \"opened\", which is a point in time; use \"opened is present\"",
        "Không dùng được \"=\" với \"opened\" (kiểu thời điểm; hãy dùng \"opened is present\")")]
    [InlineData("needs = shelter", "\"=\" cannot be used with \"needs\", which is a set of shelter, legal; use \"needs has shelter\"",
        "Không dùng được \"=\" với \"needs\" (kiểu tập hợp shelter, legal; hãy dùng \"needs has shelter\")")]
    [InlineData("commune > \"a\"", "\">\" cannot be used with \"commune\", which is text; use \"commune = \\\"...\\\"\" or \"commune in [...]\"",
        "Không dùng được \">\" với \"commune\" (kiểu chuỗi; hãy dùng \"commune = \\\"...\\\"\" hoặc \"commune in [...]\")")]
    [InlineData("stage <= open", "\"<=\" cannot be used with \"stage\", which is one of open, closed; use \"stage = open\" or \"stage in [...]\"",
        "Không dùng được \"<=\" với \"stage\" (kiểu một trong open, closed; hãy dùng \"stage = open\" hoặc \"stage in [...]\")")]
    [InlineData("born in [2010-01-01]", "\"in\" cannot be used with \"born\", which is a date; use \"born < ...\" or \"born between ... and ...\"",
        "Không dùng được \"in\" với \"born\" (kiểu ngày; hãy dùng \"born < ...\" hoặc \"born between ... and ...\")")]
    [InlineData("waiting not in [1h]", "\"not in\" cannot be used with \"waiting\", which is a duration; use \"waiting < ...\" or \"waiting between ... and ...\"",
        "Không dùng được \"not in\" với \"waiting\" (kiểu khoảng thời gian; hãy dùng \"waiting < ...\" hoặc \"waiting between ... and ...\")")]
    [InlineData("commune not between \"a\" and \"b\"", "\"not between\" cannot be used with \"commune\", which is text; use \"commune = \\\"...\\\"\" or \"commune in [...]\"",
        "Không dùng được \"not between\" với \"commune\" (kiểu chuỗi; hãy dùng \"commune = \\\"...\\\"\" hoặc \"commune in [...]\")")]
    [InlineData("urgent between true and false", "\"between\" cannot be used with \"urgent\", which is true or false; use \"urgent\" alone or \"urgent = false\"",
        "Không dùng được \"between\" với \"urgent\" (kiểu true hoặc false; hãy dùng \"urgent\" đứng một mình hoặc \"urgent = false\")")]
    [InlineData("visits has shelter", "\"has\" cannot be used with \"visits\", which is a whole number; use \"visits < ...\" or \"visits between ... and ...\"",
        "Không dùng được \"has\" với \"visits\" (kiểu số nguyên; hãy dùng \"visits < ...\" hoặc \"visits between ... and ...\")")]
    [InlineData("score", "\"a field alone\" cannot be used with \"score\", which is a number; compare it with a value, such as \"score < ...\" or \"score between ... and ...\"",
        "Không dùng được \"trường đứng một mình\" với \"score\" (kiểu số; hãy so sánh với một giá trị, ví dụ \"score < ...\" hoặc \"score between ... and ...\")")]
    public void An_operator_that_does_not_apply_suggests_one_that_does(string text, string english, string vietnamese) =>
        AssertSingle(text, "GBV3105", english, vietnamese);

    [Theory]
    [InlineData("floor < 1", "\"floor\" is never < 1 (it ranges from 1 to no limit)", "\"floor\" không bao giờ < 1 (giá trị từ 1 đến không giới hạn)")]
    [InlineData("floor <= 0", "\"floor\" is never <= 0 (it ranges from 1 to no limit)", "\"floor\" không bao giờ <= 0 (giá trị từ 1 đến không giới hạn)")]
    [InlineData("floor = 0", "\"floor\" is never = 0 (it ranges from 1 to no limit)", "\"floor\" không bao giờ = 0 (giá trị từ 1 đến không giới hạn)")]
    [InlineData("cap > 10", "\"cap\" is never > 10 (it ranges from any to 10)", "\"cap\" không bao giờ > 10 (giá trị từ bất kỳ đến 10)")]
    [InlineData("cap >= 11", "\"cap\" is never >= 11 (it ranges from any to 10)", "\"cap\" không bao giờ >= 11 (giá trị từ bất kỳ đến 10)")]
    [InlineData("cap = 11", "\"cap\" is never = 11 (it ranges from any to 10)", "\"cap\" không bao giờ = 11 (giá trị từ bất kỳ đến 10)")]
    [InlineData("share > 1", "\"share\" is never > 1 (it ranges from 0 to 1)", "\"share\" không bao giờ > 1 (giá trị từ 0 đến 1)")]
    [InlineData("share >= 1.5", "\"share\" is never >= 1.5 (it ranges from 0 to 1)", "\"share\" không bao giờ >= 1.5 (giá trị từ 0 đến 1)")]
    [InlineData("rate < -5", "\"rate\" is never < -5 (it ranges from -5 to no limit)", "\"rate\" không bao giờ < -5 (giá trị từ -5 đến không giới hạn)")]
    [InlineData("share between 2 and 3", "\"share\" ranges from 0 to 1", "\"share\" có giá trị từ 0 đến 1")]
    [InlineData("cap between 11 and 12", "\"cap\" ranges from any to 10", "\"cap\" có giá trị từ bất kỳ đến 10")]
    [InlineData("floor between -3 and 0", "\"floor\" ranges from 1 to no limit", "\"floor\" có giá trị từ 1 đến không giới hạn")]
    [InlineData("share between 0.9 and 0.1", "the low bound 0.9 is above the high bound 0.1", "cận dưới 0.9 lớn hơn cận trên 0.1")]
    [InlineData("born between 2011-01-01 and 2010-01-01", "the low bound 2011-01-01 is above the high bound 2010-01-01", "cận dưới 2011-01-01 lớn hơn cận trên 2010-01-01")]
    [InlineData("urgent is missing", "\"urgent\" is never missing", "\"urgent\" không bao giờ thiếu")]
    public void A_test_outside_the_range_is_a_warning_that_says_the_range(string text, string english, string vietnamese)
    {
        var result = Condition.Compile(text, Map);
        Assert.True(result.Success);
        var warning = Assert.Single(result.Condition!.Warnings);
        Assert.Equal("GBV3104", warning.Id);
        Assert.Equal("This test can never hold: " + english, warning.Message);
        Assert.Equal("Phép thử này không bao giờ đúng: " + vietnamese, warning.GetMessage("vi"));
    }

    [Theory]
    [InlineData("floor >= 1")]
    [InlineData("floor > 0")]
    [InlineData("floor = 1")]
    [InlineData("floor <= 1")]
    [InlineData("floor != 0")]
    [InlineData("cap <= 10")]
    [InlineData("cap < 11")]
    [InlineData("cap = 10")]
    [InlineData("cap >= 10")]
    [InlineData("share between 1 and 2")]
    [InlineData("share between -1 and 0")]
    [InlineData("share not between 2 and 3")]
    [InlineData("share between 0.5 and 0.5")]
    [InlineData("floor not between 5 and 1")]
    [InlineData("consent is missing")]
    [InlineData("urgent is present")]
    [InlineData("visits > 1000000")]
    public void A_test_that_can_hold_at_the_edge_of_the_range_compiles_without_a_warning(string text)
    {
        var result = Condition.Compile(text, Map);
        Assert.True(result.Success);
        Assert.Empty(result.Condition!.Warnings);
    }

    [Theory]
    [InlineData("score >= 0.5 and score < 0.5", true)]
    [InlineData("score > 0.5 and score <= 0.5", true)]
    [InlineData("score >= 0.5 and score <= 0.5", false)]
    [InlineData("score > 0.3 and score >= 0.3 and score <= 0.3", true)]
    [InlineData("score >= 0.3 and score > 0.3 and score <= 0.3", true)]
    [InlineData("score <= 0.3 and score < 0.3 and score >= 0.3", true)]
    [InlineData("score < 0.3 and score <= 0.3 and score >= 0.3", true)]
    [InlineData("score between 0.2 and 0.4 and score > 0.4", true)]
    [InlineData("score between 0.2 and 0.4 and score >= 0.4", false)]
    [InlineData("score between 0.2 and 0.4 and score < 0.2", true)]
    [InlineData("score between 0.2 and 0.4 and score <= 0.2", false)]
    [InlineData("score = 0.2 and score != 0.2", false)]
    [InlineData("score = 0.2 and score > 0.1", false)]
    [InlineData("score = 0.2 and score < 0.2", true)]
    [InlineData("urgent or (score > 1 and score < 0)", true)]
    [InlineData("not (score > 1 and score < 0)", true)]
    [InlineData("(score > 1 or urgent) and score < 0", false)]
    [InlineData("visits > 1 and visits < 2", true)]
    [InlineData("visits >= 1 and visits < 2", false)]
    [InlineData("score > 1 and visits < 1", false)]
    public void Tests_on_a_decimal_that_leave_no_value_are_a_warning(string text, bool contradictory)
    {
        var warnings = Condition.Compile(text, Map).Condition!.Warnings;
        Assert.Equal(contradictory, warnings.Any(w => w.Id == "GBV3104"));
    }

    [Theory]
    [InlineData("urgent or (not (children > 1) and commune = \"x\") or income is missing or born is present", "children")]
    [InlineData("commune = \"x\" and not (waiting > 1h or income < 2 or born is missing) and children = 1", "waiting,income,children")]
    [InlineData("income > 1 or income < 0", "income")]
    [InlineData("visits > 1 and needs has shelter and stage = open", "")]
    public void The_fields_a_decision_lacked_are_those_its_tests_read_not_those_it_asks_about(string text, string missing)
    {
        var condition = Condition.Compile(text, Map).Condition!;
        Assert.Equal(missing, string.Join(",", condition.MissingFields(new Row(Commune: "x"))));
    }

    [Fact]
    public void A_contradiction_warning_names_the_tests_and_starts_at_the_first()
    {
        var warning = Assert.Single(Condition.Compile("urgent and score > 0.5 and score <= 0.5", Map).Condition!.Warnings);
        Assert.Equal("This test can never hold: the tests on \"score\" (score > 0.5, score <= 0.5) can never all hold", warning.Message);
        Assert.Equal(12, warning.Location.Column);
    }

    [Theory]
    [InlineData("stage = archived or visits = \"x\"", "GBV3103,GBV3102")]
    [InlineData("visits = \"x\" or stage = archived", "GBV3102,GBV3103")]
    [InlineData("not (visits = \"x\")", "GBV3102")]
    [InlineData("born between 3 and 2010-01-01", "GBV3102")]
    [InlineData("born between 2010-01-01 and 3", "GBV3102")]
    [InlineData("needs has any [shelter, food]", "GBV3103")]
    [InlineData("commune in [\"a\", 1]", "GBV3102")]
    public void Every_bad_part_is_reported_and_nothing_compiles(string text, string codes)
    {
        var result = Condition.Compile(text, Map);
        Assert.False(result.Success);
        Assert.Null(result.Condition);
        Assert.Equal(codes, string.Join(",", result.Diagnostics.Select(d => d.Id)));
    }

    private static void AssertSingle(string text, string code, string english, string vietnamese)
    {
        var result = Condition.Compile(text, Map);
        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Id);
        Assert.Equal(english, diagnostic.Message);
        Assert.Equal(vietnamese, diagnostic.GetMessage("vi"));
    }
}
