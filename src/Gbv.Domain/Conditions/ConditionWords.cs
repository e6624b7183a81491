using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>
/// A condition said in words, for a reader who does not read the condition language: "tuổi dưới 16 và hình thức bạo
/// lực có tình dục" for <c>age &lt; 16 and violence has sexual</c>. Fields, operators and keyword values come from
/// Words.resx (<c>Cond.*</c>, <c>Field.*</c>, <c>Value.*</c>); a field or value the file does not name is written as
/// the condition writes it. The condition's own text stays what JSON and English explanations show.
/// </summary>
internal static class ConditionWords
{
    /// <summary>The condition in canonical text, in words; a text that does not parse (it always should) is returned as it is.</summary>
    public static string Say(string condition, bool vi)
    {
        var source = new ConditionSource(condition, null);
        return ConditionParser.Parse(source) is { } syntax && source.Bag.Count == 0 ? Say(syntax, vi) : condition;
    }

    /// <summary>The tree in words.</summary>
    public static string Say(ConditionSyntax syntax, bool vi) => syntax switch
    {
        AndSyntax a => Words.Format("Cond.And", vi, Operand(a.Left, a, vi), Operand(a.Right, a, vi)),
        OrSyntax o => Words.Format("Cond.Or", vi, Operand(o.Left, o, vi), Operand(o.Right, o, vi)),
        NotSyntax n => Negated(n.Operand, vi),
        ConstantSyntax c => Words.Get(c.Value ? "Cond.Always" : "Cond.Never", vi),
        // "consent != true" as "nạn nhân chưa đồng ý", where the file has the field's two phrases.
        ComparisonSyntax { Value.Kind: LiteralKind.Boolean, Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } c
            when Words.Find($"Field.{c.Field.Name}.{(c.Operator == ComparisonOperator.Equal) == IsTrue(c.Value)}", vi) is { } phrase => phrase,
        ComparisonSyntax c => Words.Format("Cond." + c.Operator, vi, Field(c.Field.Name, vi), Value(c.Value, vi)),
        InSyntax i => Words.Format(i.Negated ? "Cond.NotIn" : "Cond.In", vi, Field(i.Field.Name, vi), List(i.Values, vi)),
        HasSyntax h => Words.Format(h.Quantifier switch { SetQuantifier.One => "Cond.HasOne", SetQuantifier.Any => "Cond.HasAny", _ => "Cond.HasAll" }, vi,
            Field(h.Field.Name, vi), List(h.Values, vi)),
        BetweenSyntax b => Words.Format(b.Negated ? "Cond.NotBetween" : "Cond.Between", vi, Field(b.Field.Name, vi), Value(b.Low, vi), Value(b.High, vi)),
        PresenceSyntax p => Words.Format(p.Missing ? "Cond.Missing" : "Cond.Present", vi, Field(p.Field.Name, vi)),
        FieldTestSyntax f => Words.Find($"Field.{f.Field.Name}.True", vi) ?? Words.Format("Cond.IsTrue", vi, Field(f.Field.Name, vi)),
        _ => syntax.ToString(),
    };

    /// <summary>A field by its name in words ("tuổi"), or as written.</summary>
    public static string Field(string name, bool vi) => Words.Find("Field." + name, vi) ?? name;

    /// <summary>A record's value as an explanation shows it ("physical, sexual", "missing", "[hidden]"), in words.</summary>
    public static string RecordValue(string value, bool vi) => value switch
    {
        ClauseExplanation.HiddenValue => Words.Get("Cond.Hidden", vi),
        "missing" => Words.Get("Cond.MissingValue", vi),
        _ => string.Join(", ", value.Split(", ").Select(v => vi && IsNumber(v) ? v.Replace('.', ',') : Keyword(v, vi))),
    };

    // "not" folded into the test where the language has the opposite test: "khác", "không có", "chưa ghi nhận".
    private static string Negated(ConditionSyntax operand, bool vi) => operand switch
    {
        ComparisonSyntax { Operator: ComparisonOperator.Equal } c => Say(c with { Operator = ComparisonOperator.NotEqual }, vi),
        ComparisonSyntax { Operator: ComparisonOperator.NotEqual } c => Say(c with { Operator = ComparisonOperator.Equal }, vi),
        InSyntax i => Say(i with { Negated = !i.Negated }, vi),
        BetweenSyntax b => Say(b with { Negated = !b.Negated }, vi),
        PresenceSyntax p => Say(p with { Missing = !p.Missing }, vi),
        HasSyntax { Quantifier: SetQuantifier.One } h => Words.Format("Cond.HasNotOne", vi, Field(h.Field.Name, vi), List(h.Values, vi)),
        FieldTestSyntax f => Words.Find($"Field.{f.Field.Name}.False", vi) ?? Words.Format("Cond.IsFalse", vi, Field(f.Field.Name, vi)),
        NotSyntax n => Say(n.Operand, vi),
        _ => Words.Format("Cond.Not", vi, Say(operand, vi)),
    };

    // An "or" inside an "and" keeps its parentheses, as in the condition.
    private static string Operand(ConditionSyntax operand, ConditionSyntax parent, bool vi) =>
        operand is OrSyntax && parent is AndSyntax ? "(" + Say(operand, vi) + ")" : Say(operand, vi);

    private static string List(ImmutableArray<LiteralSyntax> values, bool vi) => string.Join(Words.Get("Cond.ListJoin", vi), values.Select(v => Value(v, vi)));

    private static string Value(LiteralSyntax literal, bool vi) => literal.Kind switch
    {
        LiteralKind.Name or LiteralKind.Boolean => Keyword(literal.ToString(), vi),
        LiteralKind.Number when vi => literal.ToString().Replace('.', ','),
        _ => literal.ToString(),
    };

    private static bool IsTrue(LiteralSyntax literal) => string.Equals(literal.Text, "true", StringComparison.OrdinalIgnoreCase);

    private static string Keyword(string keyword, bool vi) => Words.Find("Value." + keyword, vi) ?? keyword;

    private static bool IsNumber(string text) => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
