namespace Gbv.Domain.Conditions;

/// <summary>A range of characters in a condition's text: 0-based start and length.</summary>
/// <param name="Start">The first character, from 0.</param>
/// <param name="Length">How many characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The position just after the span.</summary>
    public int End => Start + Length;

    /// <summary>The smallest span that covers both.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);
}
