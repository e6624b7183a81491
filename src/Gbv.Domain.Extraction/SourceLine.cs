namespace Gbv.Domain.Extraction;

/// <summary>One line of a plan's text, as written and as normalised for reading.</summary>
/// <param name="Number">The line number, from 1, in the text as given.</param>
/// <param name="Paragraph">The paragraph number, from 1: blank lines separate paragraphs.</param>
/// <param name="Verbatim">The line as written (trailing line break removed).</param>
/// <param name="Text">The line normalised (<see cref="TextNormalizer"/>): what the rules read.</param>
public sealed record SourceLine(int Number, int Paragraph, string Verbatim, string Text)
{
    /// <summary>The line as written (trailing line break removed).</summary>
    public string Verbatim { get; init; } = Verbatim ?? throw new ArgumentNullException(nameof(Verbatim));

    /// <summary>The line normalised (<see cref="TextNormalizer"/>): what the rules read.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
