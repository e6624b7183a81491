using System.Collections.Immutable;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The report as people read it, in one language, before it is written out: every section of
/// <see cref="ReportSection"/> with its heading, texts, lists and tables, every word already localised and every small
/// count already protected. The Markdown and the HTML write this page, so they cannot disagree on what it says.
/// </summary>
internal sealed record ReportPage(string Language, string Title, string Subtitle, ImmutableArray<PageSection> Sections, string Note);

/// <summary>One section of the page.</summary>
internal sealed record PageSection(ReportSection Kind, string Heading, ImmutableArray<PageBlock> Blocks);

/// <summary>A part of a section: a paragraph, a list or a table.</summary>
internal abstract record PageBlock;

/// <summary>A paragraph.</summary>
internal sealed record PageText(string Text) : PageBlock;

/// <summary>A list of items.</summary>
internal sealed record PageList(ImmutableArray<string> Items) : PageBlock;

/// <summary>A table with header cells; <paramref name="Name"/> is its class in the HTML, <paramref name="Caption"/> its title (or null).</summary>
internal sealed record PageTable(string Name, string? Caption, ImmutableArray<PageColumn> Columns, ImmutableArray<ImmutableArray<PageCell>> Rows) : PageBlock;

/// <summary>A column: its header, whether it holds numbers (right-aligned), and whether it holds charts (the HTML only).</summary>
internal sealed record PageColumn(string Heading, bool Numeric = false, bool Chart = false);

/// <summary>How a cell stands: a status that is bad is bold as well as coloured, so it is never told by colour alone.</summary>
internal enum CellTone
{
    Plain = 0,
    Bad,
    Good,
    Pending,
}

/// <summary>A cell: its text, its tone, and for a chart column the chart (the text is then its description).</summary>
internal sealed record PageCell(string Text, CellTone Tone = CellTone.Plain, TrendChart? Chart = null)
{
    public static implicit operator PageCell(string text) => new(text);
}
