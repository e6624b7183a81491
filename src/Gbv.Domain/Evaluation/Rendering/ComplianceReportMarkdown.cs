using System.Text;
using Gbv.Domain.Localization;
using Gbv.Domain.Reporting;
using NodaTime.Text;

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
        var vi = Languages.IsVietnamese(language);
        string T(string en, string viText) => vi ? viText : en;
        var md = new StringBuilder();
        md.Append("# ").Append(Text(vi ? report.Plan.Title.Vi : report.Plan.Title.In("en"))).Append('\n').Append('\n');
        md.Append(T("Compliance report as of ", "Báo cáo tình hình thực hiện tính đến ngày ")).Append(LocalDatePattern.Iso.Format(report.AsOfDate))
            .Append(" (").Append(report.Plan.Id).Append(", ").Append(report.Plan.Period).Append(")\n\n");

        md.Append("## ").Append(T("Indicators", "Chỉ tiêu")).Append("\n\n");
        md.Append(T("| indicator | target | status | figures | least that meets it | still needed | of the target |\n", "| chỉ tiêu | mục tiêu | tình trạng | số liệu | mức tối thiểu | còn thiếu | đạt so với mục tiêu |\n"));
        md.Append("|---|---|---|---|---:|---:|---:|\n");
        foreach (var r in report.Indicators)
        {
            var shown = ReportWords.For(report.Plan, r, small);
            var status = ReportWords.Status(r.Status, vi);
            md.Append("| ").Append(r.Indicator.Key)
                .Append(" | ").Append(Text(ReportWords.Target(r, vi)))
                .Append(" | ").Append(ReportWords.IsBad(r.Status) ? $"**{status}**" : status)
                .Append(" | ").Append(Text(ReportWords.Figures(r, shown, vi)))
                .Append(" | ").Append(ReportWords.Bound(r, shown, vi))
                .Append(" | ").Append(ReportWords.Gap(r, shown, vi))
                .Append(" | ").Append(ReportWords.Achieved(r, shown, vi))
                .Append(" |\n");
        }

        md.Append('\n').Append("## ").Append(T("Reporting", "Chế độ báo cáo")).Append("\n\n");
        md.Append(T("| obligation | reports due | received | on time | reporting rate | on-time rate |\n", "| báo cáo | số báo cáo đến hạn | đã nhận | đúng hạn | tỷ lệ báo cáo | tỷ lệ đúng hạn |\n"));
        md.Append("|---|---:|---:|---:|---:|---:|\n");
        foreach (var rate in report.Timeliness.Rates.Where(r => r.Unit is null && r.Due > 0))
        {
            md.Append("| ").Append(rate.Obligation).Append(" | ").Append(rate.Due).Append(" | ").Append(rate.Received).Append(" | ").Append(rate.OnTime)
                .Append(" | ").Append(rate.Rate is { } x ? ReportWords.Percent(x, vi) : "—").Append(" | ").Append(rate.OnTimeRate is { } y ? ReportWords.Percent(y, vi) : "—").Append(" |\n");
        }

        var overdue = report.Timeliness.Reports.Where(e => e.Status is Timeliness.Late or Timeliness.Missing).ToList();
        if (overdue.Count > 0)
        {
            md.Append('\n').Append(T("Late or missing:", "Trễ hạn hoặc chưa nộp:")).Append("\n\n");
            foreach (var e in overdue)
            {
                md.Append("- ").Append(Text(e.Unit)).Append(", ").Append(e.Report.Obligation.Key).Append(' ').Append(e.Report.Period).Append(": ")
                    .Append(e.Status == Timeliness.Missing ? T("missing", "chưa nộp") : vi ? $"trễ {e.DaysLate} ngày" : $"late by {e.DaysLate} day(s)")
                    .Append(T(" (on time until the end of ", " (đúng hạn đến hết ngày ")).Append(LocalDatePattern.Iso.Format(e.Report.LastOnTimeDay)).Append(")\n");
            }
        }

        md.Append('\n').Append("## ").Append(T("Consistency of the reported figures", "Tính nhất quán của số liệu báo cáo")).Append("\n\n");
        md.Append(vi ? $"{report.Consistency.Checked} lần kiểm tra, {report.Consistency.Violations.Length} vi phạm, {report.Consistency.Skipped.Length} bỏ qua do thiếu số liệu.\n"
            : $"{report.Consistency.Checked} checks, {report.Consistency.Violations.Length} violations, {report.Consistency.Skipped.Length} skipped for missing figures.\n");
        foreach (var v in report.Consistency.Violations)
        {
            md.Append("- ").Append(Text(v.Unit)).Append(", ").Append(v.Year).Append(": ").Append(v.Rule).Append(T(" does not hold (", " không thỏa ("))
                .Append(small.Show(v.Left)).Append(T(" against ", " so với ")).Append(small.Show(v.Right)).Append("), ").Append(v.Rule.Key).Append('\n');
        }

        if (report.Tasks.Length > 0)
        {
            md.Append('\n').Append("## ").Append(T("Tasks with a minimum frequency", "Nhiệm vụ có tần suất tối thiểu")).Append("\n\n");
            md.Append(T("| task | year | done | at least | status |\n", "| nhiệm vụ | năm | đã thực hiện | tối thiểu | tình trạng |\n")).Append("|---|---:|---:|---:|---|\n");
            foreach (var t in report.Tasks)
            {
                md.Append("| ").Append(t.Task.Id).Append(" | ").Append(t.Year).Append(" | ").Append(t.Done).Append(" | ").Append(t.Required).Append(" | ")
                    .Append(t.IsMet ? T("met", "đạt") : t.YearEnded ? T("not met", "không đạt") : T("in progress", "đang thực hiện")).Append(" |\n");
            }
        }

        if (report.Milestones.Length > 0)
        {
            md.Append('\n').Append("## ").Append(T("Reviews", "Sơ kết, tổng kết")).Append("\n\n");
            foreach (var m in report.Milestones)
            {
                md.Append("- ").Append(m.Milestone.Id).Append(" (").Append(m.Milestone.Year).Append("): ").Append(m.Status switch
                {
                    MilestoneStatus.Held => vi ? $"đã tổ chức ngày {LocalDatePattern.Iso.Format(m.HeldOn!.Value)}" : $"held on {LocalDatePattern.Iso.Format(m.HeldOn!.Value)}",
                    MilestoneStatus.NotRecorded => T("no record that it was held", "không có ghi nhận đã tổ chức"),
                    MilestoneStatus.DueThisYear => T("due this year", "đến hạn trong năm"),
                    _ => T("upcoming", "sắp tới"),
                }).Append('\n');
            }
        }

        md.Append('\n').Append("## ").Append(T("The next 90 days", "90 ngày tới")).Append("\n\n");
        if (report.Ahead.IsEmpty)
        {
            md.Append(T("Nothing dated.\n", "Không có mốc nào.\n"));
        }

        foreach (var a in report.Ahead)
        {
            md.Append("- ").Append(LocalDatePattern.Iso.Format(a.Start)).Append(a.End == a.Start ? string.Empty : " – " + LocalDatePattern.Iso.Format(a.End))
                .Append(": ").Append(Text(a.Title.In(vi ? "vi" : "en"))).Append('\n');
        }

        md.Append('\n').Append("## ").Append(T("Referrals", "Chuyển tuyến")).Append("\n\n");
        md.Append(T("Cases read: ", "Số vụ việc: ")).Append(small.Show(report.Cases.Read)).Append('\n');
        if (!report.Referrals.PerService.IsEmpty)
        {
            md.Append('\n').Append(T("| service | refer | consent needed | information needed |\n", "| dịch vụ | chuyển tuyến | cần sự đồng ý | cần thêm thông tin |\n")).Append("|---|---:|---:|---:|\n");
            foreach (var (service, counts) in report.Referrals.PerService)
            {
                md.Append("| ").Append(Text(service)).Append(" | ").Append(small.Show(counts.Refer)).Append(" | ").Append(small.Show(counts.ConsentRequired))
                    .Append(" | ").Append(small.Show(counts.NeedsInformation)).Append(" |\n");
            }
        }

        // Each intervention with its own window (post-exposure prophylaxis and emergency contraception both go to a
        // health facility): counted by the rule that calls for it, so one closed window does not hide the other.
        if (!report.Referrals.PerIntervention.IsEmpty)
        {
            md.Append('\n').Append(T("| intervention (rule) | refer | consent needed | information needed |\n", "| biện pháp can thiệp (quy tắc) | chuyển tuyến | cần sự đồng ý | cần thêm thông tin |\n")).Append("|---|---:|---:|---:|\n");
            foreach (var (rule, counts) in report.Referrals.PerIntervention)
            {
                md.Append("| ").Append(Text(rule)).Append(" | ").Append(small.Show(counts.Refer)).Append(" | ").Append(small.Show(counts.ConsentRequired))
                    .Append(" | ").Append(small.Show(counts.NeedsInformation)).Append(" |\n");
            }
        }

        md.Append('\n').Append("## ").Append(T("Problems in the data", "Vấn đề trong dữ liệu")).Append("\n\n");
        md.Append(report.Problems.IsEmpty ? T("None.\n", "Không có.\n") : string.Empty);
        foreach (var d in report.Problems)
        {
            md.Append("- ").Append(d.Id).Append(": ").Append(Text(d.GetMessage(vi ? "vi" : "en"))).Append('\n');
        }

        md.Append('\n').Append('_').Append(Text(ReportWords.SmallCountsNote(small, vi))).Append("_\n");
        return md.ToString();
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
