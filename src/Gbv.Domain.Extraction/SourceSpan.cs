namespace Gbv.Domain.Extraction;

/// <summary>Where an extracted element came from: the paragraph and line, and the words that gave it.</summary>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Paragraph">The paragraph number, from 1.</param>
/// <param name="Text">The words matched, from the normalised line ("trên 90%", "trước ngày 10/6").</param>
/// <param name="LineText">The whole line as written, for the author to check against the paper.</param>
public sealed record SourceSpan(int Line, int Paragraph, string Text, string LineText)
{
    /// <summary>The words matched, from the normalised line ("trên 90%", "trước ngày 10/6").</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The whole line as written, for the author to check against the paper.</summary>
    public string LineText { get; init; } = LineText ?? throw new ArgumentNullException(nameof(LineText));

    /// <summary><c>line 23 (¶ 12): "trên 90%"</c>.</summary>
    public override string ToString() => $"line {Line} (¶ {Paragraph}): \"{Text}\"";
}
