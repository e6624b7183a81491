using System.Globalization;
using System.Net;
using System.Text;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Reporting;
using NodaTime.Text;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The report as one self-contained HTML page, in Vietnamese or English: no scripts, no external files (styles inline,
/// charts as inline SVG), well-formed XHTML so that any XML parser reads it. Each indicator has a bar of its value
/// against its target; deadlines and referrals are tables. Small counts of people are suppressed as in the Markdown.
/// </summary>
public static class ComplianceReportHtml
{
    private const int ChartWidth = 320;

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
        var vi = Languages.IsVietnamese(language);
        string T(string en, string viText) => vi ? viText : en;
        var title = vi ? report.Plan.Title.Vi : report.Plan.Title.In("en");
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(vi ? "vi" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(E(title)).Append("</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}")
            .Append("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:middle}td.n{text-align:right}")
            .Append(".bad{color:#a40000;font-weight:600}.ok{color:#1d6b2f}.note{color:#555;font-size:.9rem}")
            .Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(T("Compliance report as of ", "Báo cáo tình hình thực hiện tính đến ngày")))
            .Append(vi ? " " : string.Empty).Append(LocalDatePattern.Iso.Format(report.AsOfDate)).Append(" (").Append(E(report.Plan.Id)).Append(")</p>\n");

        h.Append("<h2 id=\"indicators\">").Append(E(T("Indicators", "Chỉ tiêu"))).Append("</h2>\n<table class=\"indicators\">\n<tr>");
        foreach (var column in vi
            ? new[] { "chỉ tiêu", "mục tiêu", "tình trạng", "số liệu", "so với mục tiêu", "mức tối thiểu", "còn thiếu" }
            : ["indicator", "target", "status", "figures", "against the target", "least that meets it", "still needed"])
        {
            h.Append("<th>").Append(E(column)).Append("</th>");
        }

        h.Append("</tr>\n");
        foreach (var r in report.Indicators)
        {
            var shown = ReportWords.For(report.Plan, r, small);
            h.Append("<tr><td>").Append(E(r.Indicator.Key)).Append("</td><td>").Append(E(ReportWords.Target(r, vi)))
                .Append("</td><td class=\"").Append(ReportWords.IsBad(r.Status) ? "bad" : r.Status == IndicatorStatus.Met ? "ok" : "other").Append("\">")
                .Append(E(ReportWords.Status(r.Status, vi))).Append("</td><td class=\"n\">").Append(E(ReportWords.Figures(r, shown, vi)))
                .Append("</td><td>").Append(Chart(r, shown, vi)).Append("</td><td class=\"n\">").Append(E(ReportWords.Bound(r, shown, vi)))
                .Append("</td><td class=\"n\">").Append(E(ReportWords.Gap(r, shown, vi))).Append("</td></tr>\n");
        }

        h.Append("</table>\n");

        h.Append("<h2 id=\"reporting\">").Append(E(T("Reporting", "Chế độ báo cáo"))).Append("</h2>\n<table class=\"rates\">\n<tr>");
        foreach (var column in vi
            ? new[] { "báo cáo", "đến hạn", "đã nhận", "đúng hạn", "tỷ lệ báo cáo", "tỷ lệ đúng hạn" }
            : ["obligation", "due", "received", "on time", "reporting rate", "on-time rate"])
        {
            h.Append("<th>").Append(E(column)).Append("</th>");
        }

        h.Append("</tr>\n");
        foreach (var rate in report.Timeliness.Rates.Where(r => r.Unit is null && r.Due > 0))
        {
            h.Append("<tr><td>").Append(E(rate.Obligation)).Append("</td><td class=\"n\">").Append(rate.Due).Append("</td><td class=\"n\">").Append(rate.Received)
                .Append("</td><td class=\"n\">").Append(rate.OnTime).Append("</td><td class=\"n\">").Append(rate.Rate is { } x ? ReportWords.Percent(x, vi) : "—")
                .Append("</td><td class=\"n\">").Append(rate.OnTimeRate is { } y ? ReportWords.Percent(y, vi) : "—").Append("</td></tr>\n");
        }

        h.Append("</table>\n<table class=\"deadlines\">\n<tr><th>").Append(E(T("unit", "đơn vị"))).Append("</th><th>").Append(E(T("report", "báo cáo")))
            .Append("</th><th>").Append(E(T("on time until", "đúng hạn đến hết ngày"))).Append("</th><th>").Append(E(T("status", "tình trạng"))).Append("</th></tr>\n");
        foreach (var e in report.Timeliness.Reports.Where(e => e.Status is Timeliness.Late or Timeliness.Missing or Timeliness.NotYetDue))
        {
            var status = e.Status switch
            {
                Timeliness.Late => vi ? $"trễ {e.DaysLate} ngày" : $"late by {e.DaysLate} day(s)",
                Timeliness.Missing => T("missing", "chưa nộp"),
                _ => T("not yet due", "chưa đến hạn"),
            };
            h.Append("<tr><td>").Append(E(e.Unit)).Append("</td><td>").Append(E($"{e.Report.Obligation.Key} {e.Report.Period}")).Append("</td><td>")
                .Append(LocalDatePattern.Iso.Format(e.Report.LastOnTimeDay)).Append("</td><td class=\"").Append(e.Status == Timeliness.NotYetDue ? "other" : "bad").Append("\">")
                .Append(E(status)).Append("</td></tr>\n");
        }

        h.Append("</table>\n");

        h.Append("<h2 id=\"ahead\">").Append(E(T("The next 90 days", "90 ngày tới"))).Append("</h2>\n<table class=\"agenda\">\n");
        foreach (var a in report.Ahead)
        {
            h.Append("<tr><td>").Append(LocalDatePattern.Iso.Format(a.Start)).Append(a.End == a.Start ? string.Empty : " – " + LocalDatePattern.Iso.Format(a.End))
                .Append("</td><td>").Append(E(a.Title.In(vi ? "vi" : "en"))).Append("</td></tr>\n");
        }

        h.Append("</table>\n");

        h.Append("<h2 id=\"referrals\">").Append(E(T("Referrals", "Chuyển tuyến"))).Append("</h2>\n<p>").Append(E(T("Cases read: ", "Số vụ việc: ")))
            .Append(E(small.Show(report.Cases.Read))).Append("</p>\n<table class=\"referrals\">\n<tr><th>").Append(E(T("service", "dịch vụ"))).Append("</th><th>")
            .Append(E(T("refer", "chuyển tuyến"))).Append("</th><th>").Append(E(T("consent needed", "cần sự đồng ý"))).Append("</th><th>")
            .Append(E(T("information needed", "cần thêm thông tin"))).Append("</th></tr>\n");
        foreach (var (service, counts) in report.Referrals.PerService)
        {
            h.Append("<tr><td>").Append(E(service)).Append("</td><td class=\"n\">").Append(E(small.Show(counts.Refer))).Append("</td><td class=\"n\">")
                .Append(E(small.Show(counts.ConsentRequired))).Append("</td><td class=\"n\">").Append(E(small.Show(counts.NeedsInformation))).Append("</td></tr>\n");
        }

        h.Append("</table>\n");
        if (!report.Referrals.PerIntervention.IsEmpty)
        {
            // Each intervention by the rule that calls for it: two windows at one service are counted apart.
            h.Append("<table class=\"interventions\">\n<tr><th>").Append(E(T("intervention (rule)", "biện pháp can thiệp (quy tắc)"))).Append("</th><th>")
                .Append(E(T("refer", "chuyển tuyến"))).Append("</th><th>").Append(E(T("consent needed", "cần sự đồng ý"))).Append("</th><th>")
                .Append(E(T("information needed", "cần thêm thông tin"))).Append("</th></tr>\n");
            foreach (var (rule, counts) in report.Referrals.PerIntervention)
            {
                h.Append("<tr><td>").Append(E(rule)).Append("</td><td class=\"n\">").Append(E(small.Show(counts.Refer))).Append("</td><td class=\"n\">")
                    .Append(E(small.Show(counts.ConsentRequired))).Append("</td><td class=\"n\">").Append(E(small.Show(counts.NeedsInformation))).Append("</td></tr>\n");
            }

            h.Append("</table>\n");
        }
        if (!report.Problems.IsEmpty)
        {
            h.Append("<h2 id=\"problems\">").Append(E(T("Problems in the data", "Vấn đề trong dữ liệu"))).Append("</h2>\n<ul>\n");
            foreach (var d in report.Problems)
            {
                h.Append("<li>").Append(E($"{d.Id}: {d.GetMessage(vi ? "vi" : "en")}")).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        h.Append("<p class=\"note\">").Append(E(ReportWords.SmallCountsNote(small, vi))).Append("</p>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>A bar for the value and a line for the target, on a scale that fits both; nothing when the value is not shown.</summary>
    private static string Chart(IndicatorResult r, SmallCounts small, bool vi)
    {
        if (!ReportWords.ShowsValue(r, small) || r.Value is not { } value)
        {
            return string.Empty;
        }

        var target = r.Target.Threshold.Unit == ThresholdUnit.Percent || r.Target.Threshold.Comparison != Comparison.All
            ? r.Target.Threshold.Value
            : r.Denominator ?? r.Target.Threshold.Value;
        var scale = r.Target.Threshold.Unit == ThresholdUnit.Percent ? 100m : Math.Max(Math.Max(value, target) * 1.2m, 1m);
        var width = (int)Math.Round(Math.Min(value / scale, 1m) * ChartWidth, MidpointRounding.AwayFromZero);
        var mark = (int)Math.Round(Math.Min(target / scale, 1m) * ChartWidth, MidpointRounding.AwayFromZero);
        var label = string.Create(CultureInfo.InvariantCulture, $"{r.Indicator.Key}: {ReportWords.Value(value, r.Target.Threshold.Unit, vi)} / {ReportWords.Target(r, vi)}");
        var color = ReportWords.IsBad(r.Status) ? "#c0392b" : "#2e7d32";
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{ChartWidth + 2}\" height=\"18\" role=\"img\" aria-label=\"{E(label)}\">"
            + $"<title>{E(label)}</title><rect x=\"1\" y=\"3\" width=\"{ChartWidth}\" height=\"12\" fill=\"#eee\" />"
            + $"<rect class=\"value\" x=\"1\" y=\"3\" width=\"{width}\" height=\"12\" fill=\"{color}\" />"
            + $"<line class=\"target\" x1=\"{mark + 1}\" y1=\"0\" x2=\"{mark + 1}\" y2=\"18\" stroke=\"#000\" stroke-width=\"2\" /></svg>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
