using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Recursive-descent parser for the condition language (grammar in docs/conditions.md). Reports the first syntax
/// error and stops; never throws.
/// </summary>
internal sealed class ConditionParser
{
    private readonly ConditionSource _source;
    private readonly List<Token> _tokens;
    private int _position;
    private int _depth;

    private ConditionParser(ConditionSource source, List<Token> tokens)
    {
        _source = source;
        _tokens = tokens;
    }

    /// <summary>The syntax tree, or null after reporting why there is none.</summary>
    public static ConditionSyntax? Parse(ConditionSource source)
    {
        if (source.Text.Length > ConditionLimits.MaxLength)
        {
            source.Report(ConditionDiagnostics.TooLong, new TextSpan(0, 0),
                source.Text.Length.ToString(CultureInfo.InvariantCulture), ConditionLimits.MaxLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            source.Report(ConditionDiagnostics.Empty, new TextSpan(0, 0));
            return null;
        }

        var tokens = ConditionLexer.Tokenize(source);
        if (tokens is null)
        {
            return null;
        }

        var parser = new ConditionParser(source, tokens);
        try
        {
            var condition = parser.Or();
            if (parser.Current.Kind != TokenKind.End)
            {
                parser.Unexpected(Checks.Set.Argument("Condition.AfterOperand"));
            }

            return condition;
        }
        catch (SyntaxError)
        {
            // Already reported: the parser stops at the first syntax error.
            return null;
        }
    }

    private Token Current => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private ConditionSyntax Or()
    {
        var left = And();
        while (Current.Kind == TokenKind.Or)
        {
            Next();
            var right = And();
            left = new OrSyntax(left, right, TextSpan.Cover(left.Span, right.Span));
        }

        return left;
    }

    private ConditionSyntax And()
    {
        var left = Unary();
        while (Current.Kind == TokenKind.And)
        {
            Next();
            var right = Unary();
            left = new AndSyntax(left, right, TextSpan.Cover(left.Span, right.Span));
        }

        return left;
    }

    private ConditionSyntax Unary()
    {
        if (Current.Kind == TokenKind.Not)
        {
            var not = Next();
            Enter(not);
            var operand = Unary();
            _depth--;
            return new NotSyntax(operand, TextSpan.Cover(new TextSpan(not.Start, not.Length), operand.Span));
        }

        if (Current.Kind == TokenKind.LeftParen)
        {
            var open = Next();
            Enter(open);
            var inner = Or();
            Expect(TokenKind.RightParen, "\")\"");
            _depth--;
            return inner;
        }

        if (Current.Kind is TokenKind.True or TokenKind.False)
        {
            var constant = Next();
            return new ConstantSyntax(constant.Kind == TokenKind.True, Span(constant));
        }

        return Predicate();
    }

    private void Enter(Token token)
    {
        if (++_depth > ConditionLimits.MaxDepth)
        {
            _source.Report(ConditionDiagnostics.TooDeep, Span(token), ConditionLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));
            throw new SyntaxError();
        }
    }

    private ConditionSyntax Predicate()
    {
        var name = Current;
        if (name.Kind != TokenKind.Name)
        {
            Unexpected(Checks.Set.Argument("Condition.Operand"));
        }

        Next();
        var field = new FieldNameSyntax(name.Text, Span(name));
        switch (Current.Kind)
        {
            case TokenKind.LeftParen:
                _source.Report(ConditionDiagnostics.NotALanguageFeature, Span(Current), Checks.Set.Argument("Condition.FunctionCalls"));
                throw new SyntaxError();
            case TokenKind.LeftBracket:
                _source.Report(ConditionDiagnostics.NotALanguageFeature, Span(Current), Checks.Set.Argument("Condition.Indexers"));
                throw new SyntaxError();
            case TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual:
                var op = Next().Kind switch
                {
                    TokenKind.Equal => ComparisonOperator.Equal,
                    TokenKind.NotEqual => ComparisonOperator.NotEqual,
                    TokenKind.Less => ComparisonOperator.Less,
                    TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
                    TokenKind.Greater => ComparisonOperator.Greater,
                    _ => ComparisonOperator.GreaterOrEqual,
                };
                var value = Literal();
                return new ComparisonSyntax(field, op, value, Cover(name, value.Span));
            case TokenKind.In:
                Next();
                return InList(field, name, negated: false);
            case TokenKind.Between:
                Next();
                return Between(field, name, negated: false);
            case TokenKind.Not when Peek(1) is TokenKind.In or TokenKind.Between:
                Next();
                return Next().Kind == TokenKind.In ? InList(field, name, negated: true) : Between(field, name, negated: true);
            case TokenKind.Has:
                Next();
                if (Current.Kind is TokenKind.Any or TokenKind.All)
                {
                    var quantifier = Next().Kind == TokenKind.Any ? SetQuantifier.Any : SetQuantifier.All;
                    var (values, end) = List();
                    return new HasSyntax(field, quantifier, values, Cover(name, end));
                }

                var single = Literal();
                return new HasSyntax(field, SetQuantifier.One, [single], Cover(name, single.Span));
            case TokenKind.Is:
                Next();
                var word = Current;
                if (word.Kind is not (TokenKind.Missing or TokenKind.Present))
                {
                    Unexpected(Checks.Set.Argument("Condition.MissingOrPresent"));
                }

                Next();
                return new PresenceSyntax(field, word.Kind == TokenKind.Missing, Cover(name, Span(word)));
            default:
                return new FieldTestSyntax(field, Span(name));
        }
    }

    private InSyntax InList(FieldNameSyntax field, Token name, bool negated)
    {
        var (values, end) = List();
        return new InSyntax(field, values, negated, Cover(name, end));
    }

    private BetweenSyntax Between(FieldNameSyntax field, Token name, bool negated)
    {
        var low = Literal();
        Expect(TokenKind.And, "\"and\"");
        var high = Literal();
        return new BetweenSyntax(field, low, high, negated, Cover(name, high.Span));
    }

    private (ImmutableArray<LiteralSyntax> Values, TextSpan End) List()
    {
        Expect(TokenKind.LeftBracket, "\"[\"");
        var values = ImmutableArray.CreateBuilder<LiteralSyntax>();
        if (Current.Kind != TokenKind.RightBracket)
        {
            values.Add(Literal());
            while (Current.Kind == TokenKind.Comma)
            {
                Next();
                values.Add(Literal());
            }
        }

        var close = Expect(TokenKind.RightBracket, Checks.Set.Argument("Condition.CommaOrBracket"));
        if (values.Count == 0)
        {
            _source.Report(ConditionDiagnostics.UnexpectedToken, Span(close), Checks.Set.Argument("Condition.AtLeastOneValue"), "]");
            throw new SyntaxError();
        }

        return (values.ToImmutable(), Span(close));
    }

    private LiteralSyntax Literal()
    {
        var token = Current;
        var kind = token.Kind switch
        {
            TokenKind.Number => LiteralKind.Number,
            TokenKind.String => LiteralKind.String,
            TokenKind.True or TokenKind.False => LiteralKind.Boolean,
            TokenKind.Name => LiteralKind.Name,
            TokenKind.Duration => LiteralKind.Duration,
            TokenKind.Date => LiteralKind.Date,
            _ => (LiteralKind?)null,
        };
        if (kind is null)
        {
            Unexpected(Checks.Set.Argument("Condition.Value"));
        }

        Next();
        if (Current.Kind == TokenKind.LeftParen || (Current.Kind == TokenKind.LeftBracket && kind == LiteralKind.Name))
        {
            _source.Report(ConditionDiagnostics.NotALanguageFeature, Span(Current), Checks.Set.Argument("Condition.CallsAndIndexers"));
            throw new SyntaxError();
        }

        return new LiteralSyntax(kind!.Value, token.Text, Span(token));
    }

    private TokenKind Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)].Kind;

    private Token Expect(TokenKind kind, DiagnosticArgument what)
    {
        if (Current.Kind != kind)
        {
            Unexpected(what);
        }

        return Next();
    }

    private void Unexpected(DiagnosticArgument expected)
    {
        if (Current.Kind == TokenKind.End)
        {
            _source.Report(ConditionDiagnostics.UnexpectedEnd, Span(Current), expected);
        }
        else
        {
            // The message quotes the word itself, a string's text included.
            _source.Report(ConditionDiagnostics.UnexpectedToken, Span(Current), expected, Current.Text);
        }

        throw new SyntaxError();
    }

    private static TextSpan Span(Token token) => new(token.Start, token.Length);

    private static TextSpan Cover(Token first, TextSpan last) => new(first.Start, last.End - first.Start);

    /// <summary>Unwinds the parser after a reported error; never escapes <see cref="Parse"/>.</summary>
    private sealed class SyntaxError : Exception;
}
