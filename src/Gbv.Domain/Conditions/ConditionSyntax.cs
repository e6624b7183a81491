using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Gbv.Domain.Conditions;

/// <summary>
/// The syntax tree of a condition, as written. Immutable. <see cref="ToString"/> prints the canonical text
/// (lower-case keywords, single spaces, parentheses only where precedence needs them); parsing that text gives an
/// equivalent tree (<see cref="IsEquivalentTo"/>, which ignores positions).
/// </summary>
public abstract record ConditionSyntax
{
    private protected ConditionSyntax(TextSpan span) => Span = span;

    /// <summary>Where the node is in the text it was parsed from.</summary>
    public TextSpan Span { get; }

    /// <summary>Whether two trees say the same thing, ignoring positions.</summary>
    public bool IsEquivalentTo(ConditionSyntax other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ToString() == other?.ToString() && Shape(this) == Shape(other);
    }

    /// <summary>The canonical text.</summary>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        Print(builder);
        return builder.ToString();
    }

    internal abstract void Print(StringBuilder builder);

    internal abstract int Precedence { get; }

    private protected void PrintOperand(StringBuilder builder, ConditionSyntax operand, bool parenthesizeEqual)
    {
        var wrap = operand.Precedence < Precedence || (parenthesizeEqual && operand.Precedence == Precedence);
        if (wrap)
        {
            builder.Append('(');
        }

        operand.Print(builder);
        if (wrap)
        {
            builder.Append(')');
        }
    }

    // The tree's structure as nesting of node kinds: two trees with equal text and equal shape are the same tree.
    private static string Shape(ConditionSyntax node) => node switch
    {
        AndSyntax a => $"&({Shape(a.Left)},{Shape(a.Right)})",
        OrSyntax o => $"|({Shape(o.Left)},{Shape(o.Right)})",
        NotSyntax n => $"!({Shape(n.Operand)})",
        _ => "p",
    };
}

/// <summary><c>left and right</c>.</summary>
public sealed record AndSyntax(ConditionSyntax Left, ConditionSyntax Right, TextSpan Span) : ConditionSyntax(Span)
{
    /// <summary>The condition left of <c>and</c>.</summary>
    public ConditionSyntax Left { get; init; } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The condition right of <c>and</c>.</summary>
    public ConditionSyntax Right { get; init; } = Right ?? throw new ArgumentNullException(nameof(Right));

    internal override int Precedence => 2;

    internal override void Print(StringBuilder builder)
    {
        PrintOperand(builder, Left, parenthesizeEqual: false);
        builder.Append(" and ");
        PrintOperand(builder, Right, parenthesizeEqual: true);
    }
}

/// <summary><c>left or right</c>.</summary>
public sealed record OrSyntax(ConditionSyntax Left, ConditionSyntax Right, TextSpan Span) : ConditionSyntax(Span)
{
    /// <summary>The condition left of <c>or</c>.</summary>
    public ConditionSyntax Left { get; init; } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The condition right of <c>or</c>.</summary>
    public ConditionSyntax Right { get; init; } = Right ?? throw new ArgumentNullException(nameof(Right));

    internal override int Precedence => 1;

    internal override void Print(StringBuilder builder)
    {
        PrintOperand(builder, Left, parenthesizeEqual: false);
        builder.Append(" or ");
        PrintOperand(builder, Right, parenthesizeEqual: true);
    }
}

/// <summary><c>not operand</c>.</summary>
public sealed record NotSyntax(ConditionSyntax Operand, TextSpan Span) : ConditionSyntax(Span)
{
    /// <summary>The condition that <c>not</c> negates.</summary>
    public ConditionSyntax Operand { get; init; } = Operand ?? throw new ArgumentNullException(nameof(Operand));

    internal override int Precedence => 3;

    internal override void Print(StringBuilder builder)
    {
        builder.Append("not ");
        PrintOperand(builder, Operand, parenthesizeEqual: false);
    }
}

/// <summary><c>true</c> or <c>false</c> alone: a condition that always or never holds ("every victim is offered counselling").</summary>
public sealed record ConstantSyntax(bool Value, TextSpan Span) : ConditionSyntax(Span)
{
    internal override int Precedence => 4;

    internal override void Print(StringBuilder builder) => builder.Append(Value ? "true" : "false");
}

/// <summary>A test on one field: a comparison, <c>in</c>, <c>has</c>, <c>between</c>, <c>is missing</c> or a true/false field alone.</summary>
public abstract record PredicateSyntax(FieldNameSyntax Field, TextSpan Span) : ConditionSyntax(Span)
{
    /// <summary>The field the test reads.</summary>
    public FieldNameSyntax Field { get; init; } = Field ?? throw new ArgumentNullException(nameof(Field));

    internal override int Precedence => 4;
}

/// <summary><c>field op value</c>, such as <c>age &lt; 16</c>.</summary>
public sealed record ComparisonSyntax(FieldNameSyntax Field, ComparisonOperator Operator, LiteralSyntax Value, TextSpan Span) : PredicateSyntax(Field, Span)
{
    /// <summary>The value compared with.</summary>
    public LiteralSyntax Value { get; init; } = Value ?? throw new ArgumentNullException(nameof(Value));

    internal override void Print(StringBuilder builder) =>
        builder.Append(Field.Name).Append(' ').Append(Operators.Text(Operator)).Append(' ').Append(Value);
}

/// <summary><c>field in [a, b]</c> or <c>field not in [a, b]</c>.</summary>
public sealed record InSyntax(FieldNameSyntax Field, ImmutableArray<LiteralSyntax> Values, bool Negated, TextSpan Span) : PredicateSyntax(Field, Span)
{
    internal override void Print(StringBuilder builder) =>
        builder.Append(Field.Name).Append(Negated ? " not in " : " in ").Append(LiteralSyntax.List(Values));

    /// <summary>Equal when the field, the values (element by element), the negation and the span are.</summary>
    public bool Equals(InSyntax? other) => other is not null && base.Equals(other) && Sequences.Equal(Values, other.Values) && Negated == other.Negated;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Sequences.Hash(Values), Negated);
}

/// <summary><c>field has value</c>, <c>field has any [..]</c> or <c>field has all [..]</c>, for sets.</summary>
public sealed record HasSyntax(FieldNameSyntax Field, SetQuantifier Quantifier, ImmutableArray<LiteralSyntax> Values, TextSpan Span) : PredicateSyntax(Field, Span)
{
    internal override void Print(StringBuilder builder)
    {
        builder.Append(Field.Name).Append(" has ");
        if (Quantifier == SetQuantifier.One)
        {
            builder.Append(Values[0]);
            return;
        }

        builder.Append(Quantifier == SetQuantifier.Any ? "any " : "all ").Append(LiteralSyntax.List(Values));
    }

    /// <summary>Equal when the field, the quantifier, the values (element by element) and the span are.</summary>
    public bool Equals(HasSyntax? other) => other is not null && base.Equals(other) && Quantifier == other.Quantifier && Sequences.Equal(Values, other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Quantifier, Sequences.Hash(Values));
}

/// <summary><c>field between low and high</c> (both included), or <c>not between</c>.</summary>
public sealed record BetweenSyntax(FieldNameSyntax Field, LiteralSyntax Low, LiteralSyntax High, bool Negated, TextSpan Span) : PredicateSyntax(Field, Span)
{
    /// <summary>The lower bound, inclusive.</summary>
    public LiteralSyntax Low { get; init; } = Low ?? throw new ArgumentNullException(nameof(Low));

    /// <summary>The upper bound, inclusive.</summary>
    public LiteralSyntax High { get; init; } = High ?? throw new ArgumentNullException(nameof(High));

    internal override void Print(StringBuilder builder) =>
        builder.Append(Field.Name).Append(Negated ? " not between " : " between ").Append(Low).Append(" and ").Append(High);
}

/// <summary><c>field is missing</c> or <c>field is present</c>.</summary>
public sealed record PresenceSyntax(FieldNameSyntax Field, bool Missing, TextSpan Span) : PredicateSyntax(Field, Span)
{
    internal override void Print(StringBuilder builder) => builder.Append(Field.Name).Append(Missing ? " is missing" : " is present");
}

/// <summary>A true/false field alone, such as <c>trafficking</c>.</summary>
public sealed record FieldTestSyntax(FieldNameSyntax Field, TextSpan Span) : PredicateSyntax(Field, Span)
{
    internal override void Print(StringBuilder builder) => builder.Append(Field.Name);
}

/// <summary>A field name and where it is.</summary>
public sealed record FieldNameSyntax(string Name, TextSpan Span)
{
    /// <summary>The field name as written.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}

/// <summary>How many of the listed values a set must contain.</summary>
public enum SetQuantifier
{
    /// <summary><c>has value</c>: the one value.</summary>
    One = 0,

    /// <summary><c>has any [..]</c>: at least one of them.</summary>
    Any,

    /// <summary><c>has all [..]</c>: every one of them.</summary>
    All,
}

/// <summary>Comparison operators.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c></summary>
    Equal = 0,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}

/// <summary>The kind of a literal value.</summary>
public enum LiteralKind
{
    /// <summary>A number: <c>16</c>, <c>1.5</c>, <c>-3</c>.</summary>
    Number = 0,

    /// <summary>A string in double quotes.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A name, such as an enumeration value: <c>sexual</c>.</summary>
    Name,

    /// <summary>A duration: <c>72h</c>, <c>5d</c>, <c>30m</c>.</summary>
    Duration,

    /// <summary>A date: <c>2024-06-10</c>.</summary>
    Date,
}

/// <summary>A literal value as written.</summary>
/// <param name="Kind">The kind of literal.</param>
/// <param name="Text">The value: the string's content for strings, the token otherwise.</param>
/// <param name="Span">Where it is.</param>
public sealed record LiteralSyntax(LiteralKind Kind, string Text, TextSpan Span)
{
    /// <summary>The literal as written, without quotes.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The literal as written in canonical form (strings quoted and escaped, keywords lower-case).</summary>
    public override string ToString() => Kind switch
    {
        LiteralKind.String => "\"" + Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        LiteralKind.Boolean or LiteralKind.Name => Text.ToLowerInvariant(),
        LiteralKind.Number => decimal.Parse(Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => Text,
    };

    internal static string List(ImmutableArray<LiteralSyntax> values) => "[" + string.Join(", ", values) + "]";
}

internal static class Operators
{
    public static string Text(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };
}
