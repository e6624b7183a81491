namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The HTML report's style sheet, inline in the page. On a screen: the page never wider than the screen (a table
/// scrolls in its own box), text on white at contrast 7:1 or more (WCAG AA asks 4.5:1), a bad status bold as well as
/// red. On paper: A4, the boxes opened out, each table's header repeated on every page and no row cut in two.
/// </summary>
internal static class HtmlStyle
{
    public const string Css =
        "*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}"
        + "body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif;margin:0 auto;padding:1rem;max-width:72rem;color:#1a1a1a;background:#fff;line-height:1.4}"
        + "h1{font-size:1.35rem;overflow-wrap:anywhere}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #767676}"
        + "p,li{overflow-wrap:anywhere}"
        + ".scroll{max-width:100%;overflow-x:auto;margin:.5rem 0 1.2rem}"
        + "table{border-collapse:collapse}caption{text-align:left;font-weight:600;padding:.2rem 0}"
        + "th,td{border:1px solid #767676;padding:.3rem .45rem;text-align:left;vertical-align:middle}"
        + "thead th{background:#ececec}tbody th{font-weight:normal;min-width:9rem}td{min-width:4.5rem}.n{text-align:right;white-space:nowrap}"
        + ".bad{color:#a1000b;font-weight:700}.ok{color:#185c2b}.pending{color:#6a4500;font-style:italic}.note{color:#4a4a4a;font-size:.9rem}"
        + "svg.trend{display:block}"
        + "@page{size:A4;margin:14mm 12mm}"
        + "@media print{body{padding:0;max-width:none;font-size:9.5pt}.scroll{overflow:visible}"
        + "thead{display:table-header-group}tr,svg{break-inside:avoid;page-break-inside:avoid}h2,caption{break-after:avoid;page-break-after:avoid}"
        + "thead th{background:#ececec;-webkit-print-color-adjust:exact;print-color-adjust:exact}}";
}
