using System.Net;
using System.Text;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The report as one self-contained HTML page, in Vietnamese or English: no scripts, no external files (styles inline,
/// charts as inline SVG), well-formed XHTML so that any XML parser reads it. It has every section of
/// <see cref="ReportSection"/>, fits a phone's width (a wide table scrolls in its own box), and prints on A4 with
/// its table headers repeated and no row cut. Each indicator has a chart of its value year by year against its target;
/// a status is a word, never a colour alone. Small counts of people are suppressed as in the Markdown.
/// </summary>
public static class ComplianceReportHtml
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
        var page = ReportPageBuilder.Build(report, Languages.IsVietnamese(language), small);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(page.Language).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>").Append(E(page.Title)).Append("</title>\n<style>")
            .Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>").Append(E(page.Title)).Append("</h1>\n<p>").Append(E(page.Subtitle)).Append("</p>\n</header>\n<main>\n");
        foreach (var section in page.Sections)
        {
            var id = ReportSections.Anchor(section.Kind);
            h.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"").Append(id).Append("-h\">").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case PageText text:
                        h.Append("<p>").Append(E(text.Text)).Append("</p>\n");
                        break;
                    case PageList list:
                        h.Append("<ul>\n");
                        foreach (var item in list.Items)
                        {
                            h.Append("<li>").Append(E(item)).Append("</li>\n");
                        }

                        h.Append("</ul>\n");
                        break;
                    case PageTable table:
                        Table(h, table);
                        break;
                }
            }

            h.Append("</section>\n");
        }

        h.Append("</main>\n<footer>\n<p class=\"note\">").Append(E(page.Note)).Append("</p>\n</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    // A table in a box of its own that scrolls sideways when the table is wider than the screen (the page never does);
    // header cells for the columns and for each row's first cell.
    private static void Table(StringBuilder h, PageTable table)
    {
        h.Append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(E(table.Caption ?? table.Columns[0].Heading)).Append("\">\n<table class=\"")
            .Append(table.Name).Append("\">\n");
        if (table.Caption is { } caption)
        {
            h.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        h.Append("<thead><tr>");
        foreach (var column in table.Columns)
        {
            h.Append("<th scope=\"col\"").Append(column.Numeric ? " class=\"n\"" : string.Empty).Append('>').Append(E(column.Heading)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            h.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th" : "td";
                h.Append('<').Append(tag).Append(i == 0 ? " scope=\"row\"" : string.Empty);
                var classes = string.Join(' ', new[] { table.Columns[i].Numeric ? "n" : null, Tone(cell.Tone) }.Where(c => c is not null));
                if (classes.Length > 0)
                {
                    h.Append(" class=\"").Append(classes).Append('"');
                }

                h.Append('>').Append(cell.Chart is { } chart ? chart.Svg() : E(cell.Text)).Append("</").Append(tag).Append('>');
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string? Tone(CellTone tone) => tone switch
    {
        CellTone.Bad => "bad",
        CellTone.Good => "ok",
        CellTone.Pending => "pending",
        _ => null,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
