using System.Text;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The report as Markdown for people, in Vietnamese or English: indicators, reporting, consistency, tasks, the next
/// 90 days, referrals and data problems. Small counts of people are suppressed (<see cref="SmallCounts"/>); no case id
/// ever appears (the report holds none).
/// </summary>
public static class ComplianceReportMarkdown
{
    /// <summary>Renders with the default suppression of counts below 5.</summary>
    public static string Render(ComplianceReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        return Render(report, language, SmallCounts.Default);
    }

    /// <summary>Renders with a given suppression threshold.</summary>
    public static string Render(ComplianceReport report, string language, SmallCounts small)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        return Write(ReportPageBuilder.Build(report, Languages.IsVietnamese(language), small));
    }

    private static string Write(ReportPage page)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Text(page.Title)).Append("\n\n").Append(Text(page.Subtitle)).Append("\n\n");
        foreach (var section in page.Sections)
        {
            md.Append("## ").Append(Text(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case PageText text:
                        md.Append(Text(text.Text)).Append("\n\n");
                        break;
                    case PageList list:
                        foreach (var item in list.Items)
                        {
                            md.Append("- ").Append(Text(item)).Append('\n');
                        }

                        md.Append('\n');
                        break;
                    case PageTable table:
                        Table(md, table);
                        break;
                }
            }
        }

        md.Append('_').Append(Text(page.Note)).Append("_\n");
        return md.ToString();
    }

    // A table without its chart columns (Markdown has no pictures of its own): a caption in bold above it.
    private static void Table(StringBuilder md, PageTable table)
    {
        if (table.Caption is { } caption)
        {
            md.Append("**").Append(Text(caption)).Append("**\n\n");
        }

        var columns = Enumerable.Range(0, table.Columns.Length).Where(i => !table.Columns[i].Chart).ToList();
        md.Append('|');
        foreach (var i in columns)
        {
            md.Append(' ').Append(Text(table.Columns[i].Heading)).Append(" |");
        }

        md.Append("\n|");
        foreach (var i in columns)
        {
            md.Append(table.Columns[i].Numeric ? "---:|" : "---|");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append('|');
            foreach (var i in columns)
            {
                var text = Text(row[i].Text);
                md.Append(' ').Append(row[i].Tone == CellTone.Bad ? $"**{text}**" : text).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>
    /// Text from a plan or a data file as Markdown text, never markup: a pipe would end a table cell, an opening angle
    /// bracket before a letter open raw HTML (a <c>&lt;script&gt;</c> in a title), a backtick, bracket or star change what follows; a line
    /// break would end a table row or a list item. Control characters are dropped. A closing bracket is left as it is:
    /// it opens nothing, and only at the start of a line (never where this text goes) would it quote, so the reader
    /// keeps "&gt;32/37" for a hidden count.
    /// </summary>
    internal static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Markdown's raw HTML starts with '<' and a letter, '/', '!' or '?' (CommonMark 6.6); "<5" stays readable.
            var opensHtml = c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?');
            if (opensHtml || c is '\\' or '|' or '`' or '*' or '[' or ']')
            {
                escaped.Append('\\').Append(c);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                escaped.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
