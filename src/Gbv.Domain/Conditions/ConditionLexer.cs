using System.Collections.Frozen;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>Splits condition text into tokens, reporting characters and literals that do not belong.</summary>
internal static class ConditionLexer
{
    private static readonly FrozenDictionary<string, TokenKind> Keywords = new Dictionary<string, TokenKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["in"] = TokenKind.In,
        ["has"] = TokenKind.Has,
        ["any"] = TokenKind.Any,
        ["all"] = TokenKind.All,
        ["between"] = TokenKind.Between,
        ["is"] = TokenKind.Is,
        ["missing"] = TokenKind.Missing,
        ["present"] = TokenKind.Present,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is reserved (case-insensitive), and so cannot name a field.</summary>
    public static bool IsKeyword(string word) => Keywords.ContainsKey(word);

    /// <summary>The tokens, ending with <see cref="TokenKind.End"/>; null when the text has an error that stops reading.</summary>
    public static List<Token>? Tokenize(ConditionSource source)
    {
        var text = source.Text;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (tokens.Count >= ConditionLimits.MaxTokens)
            {
                source.Report(ConditionDiagnostics.TooManyTokens, new TextSpan(i, 1), ConditionLimits.MaxTokens.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new Token(TokenKind.LeftParen, i++, 1, "("));
                    continue;
                case ')':
                    tokens.Add(new Token(TokenKind.RightParen, i++, 1, ")"));
                    continue;
                case '[':
                    tokens.Add(new Token(TokenKind.LeftBracket, i++, 1, "["));
                    continue;
                case ']':
                    tokens.Add(new Token(TokenKind.RightBracket, i++, 1, "]"));
                    continue;
                case ',':
                    tokens.Add(new Token(TokenKind.Comma, i++, 1, ","));
                    continue;
                case '=':
                    tokens.Add(new Token(TokenKind.Equal, i, Peek(text, i + 1) == '=' ? 2 : 1, "="));
                    i += Peek(text, i + 1) == '=' ? 2 : 1;
                    continue;
                case '!' when Peek(text, i + 1) == '=':
                    tokens.Add(new Token(TokenKind.NotEqual, i, 2, "!="));
                    i += 2;
                    continue;
                case '<':
                    var le = Peek(text, i + 1) == '=';
                    tokens.Add(new Token(le ? TokenKind.LessOrEqual : TokenKind.Less, i, le ? 2 : 1, le ? "<=" : "<"));
                    i += le ? 2 : 1;
                    continue;
                case '>':
                    var ge = Peek(text, i + 1) == '=';
                    tokens.Add(new Token(ge ? TokenKind.GreaterOrEqual : TokenKind.Greater, i, ge ? 2 : 1, ge ? ">=" : ">"));
                    i += ge ? 2 : 1;
                    continue;
                case '"':
                    var str = ReadString(source, ref i);
                    if (str is null)
                    {
                        return null;
                    }

                    tokens.Add(new Token(TokenKind.String, start, i - start, str));
                    continue;
                case '.':
                    source.Report(ConditionDiagnostics.NotALanguageFeature, new TextSpan(i, 1), Checks.Set.Argument("Condition.MemberAccess"));
                    return null;
            }

            if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(Peek(text, i + 1))))
            {
                var token = ReadNumeric(source, ref i);
                if (token is null)
                {
                    return null;
                }

                tokens.Add(token.Value);
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(Keywords.TryGetValue(word, out var kind) ? kind : TokenKind.Name, start, i - start, word));
                continue;
            }

            var hint = c switch
            {
                '&' or '|' => Checks.Set.Argument("Condition.AndOr"),
                '\'' => Checks.Set.Argument("Condition.SingleQuotes"),
                '{' or '}' or ';' or '$' or '@' or '#' or '\\' or '`' => Checks.Set.Argument("Condition.NoCode"),
                _ => string.Empty,
            };
            source.Report(ConditionDiagnostics.UnexpectedCharacter, new TextSpan(i, 1), c.ToString(), hint);
            return null;
        }

        tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty));
        return tokens;
    }

    private static char Peek(string text, int index) => index < text.Length ? text[index] : '\0';

    private static string? ReadString(ConditionSource source, ref int i)
    {
        var start = i++;
        var builder = new System.Text.StringBuilder();
        var text = source.Text;
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && i < text.Length && text[i] is '"' or '\\')
            {
                builder.Append(text[i++]);
                continue;
            }

            builder.Append(c);
        }

        source.Report(ConditionDiagnostics.UnterminatedString, new TextSpan(start, 1));
        return null;
    }

    private static Token? ReadNumeric(ConditionSource source, ref int i)
    {
        var text = source.Text;
        var start = i;
        if (text[i] == '-')
        {
            i++;
        }

        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.' || char.IsAsciiLetter(text[i]) || (text[i] == '-' && i - start == 4)))
        {
            // A date: four digits, '-', two digits, '-', two digits.
            if (text[i] == '-' && i - start == 4)
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '-'))
                {
                    i++;
                }

                var date = text[start..i];
                if (!NodaTime.Text.LocalDatePattern.Iso.Parse(date).Success || date.Length != 10)
                {
                    source.Report(ConditionDiagnostics.InvalidLiteral, new TextSpan(start, i - start), date,
                        Checks.Set.Argument("Condition.DateLiteral"));
                    return null;
                }

                return new Token(TokenKind.Date, start, i - start, date);
            }

            i++;
        }

        var word = text[start..i];
        var last = word[^1];
        if (last is 'h' or 'd' or 'm' && word.Length > 1 && IsWholeNumber(word[..^1]) && word[0] != '-')
        {
            return new Token(TokenKind.Duration, start, i - start, word);
        }

        if (IsNumber(word))
        {
            return new Token(TokenKind.Number, start, i - start, word);
        }

        source.Report(ConditionDiagnostics.InvalidLiteral, new TextSpan(start, i - start), word, Checks.Set.Argument("Condition.NumberLiteral"));
        return null;
    }

    private static bool IsWholeNumber(string s) => s.Length is > 0 and <= 9 && s.All(char.IsAsciiDigit);

    private static bool IsNumber(string s) =>
        decimal.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out _) && !s.EndsWith('.') && !s.StartsWith('.');
}
