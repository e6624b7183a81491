using System.Collections.Immutable;
using System.Globalization;

namespace Gbv.Domain.Indicators;

/// <summary>
/// One side of a consistency rule: a sum of data elements and a whole constant, written <c>"victims_supported"</c>,
/// <c>"cases_helped + cases_referred"</c> or <c>"14"</c>.
/// </summary>
/// <remarks>Equality compares the elements in order and the constant.</remarks>
public sealed record RuleSide
{
    /// <summary>Creates a side.</summary>
    public RuleSide(ImmutableArray<string> elements, long constant)
    {
        Elements = elements.IsDefault ? [] : elements;
        Constant = constant;
    }

    /// <summary>The data elements summed.</summary>
    public ImmutableArray<string> Elements { get; }

    /// <summary>A whole number added to the sum.</summary>
    public long Constant { get; }

    /// <summary>
    /// Reads a side: terms separated by <c>+</c>, each a data element key or a whole number. Null when a term is
    /// neither (an empty term, a sign, a decimal), so that the caller can report where.
    /// </summary>
    public static RuleSide? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var elements = ImmutableArray.CreateBuilder<string>();
        long constant = 0;
        foreach (var raw in text.Split('+'))
        {
            var term = raw.Trim();
            if (term.Length > 0 && term.All(char.IsAsciiDigit))
            {
                if (!long.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (constant += number) < 0)
                {
                    return null;
                }
            }
            else if (term.Length > 0 && char.IsAsciiLetterLower(term[0]) && term.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                elements.Add(term);
            }
            else
            {
                return null;
            }
        }

        return new RuleSide(elements.ToImmutable(), constant);
    }

    /// <inheritdoc />
    public bool Equals(RuleSide? other) => other is not null && Constant == other.Constant && Sequences.Equal(Elements, other.Elements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Constant, Sequences.Hash(Elements));

    /// <summary>The side as written: <c>"a + b + 3"</c>.</summary>
    public override string ToString() =>
        string.Join(" + ", Constant == 0 && !Elements.IsEmpty ? Elements : [.. Elements, Constant.ToString(CultureInfo.InvariantCulture)]);
}
