using Gbv.Domain.Extraction.Localization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Reporting obligations, read after "báo cáo" to the end of its sentence: each frequency ("hàng tháng", "6 tháng",
/// "một năm", "đột xuất") with the due day in the brackets after it ("(trước ngày 10/6)": before 10 June, never on
/// it), and a single dated report ("vào ngày 16/12/2022": on or before that day). The recipient follows "gửi về" or
/// "về", and "(qua ...)" names who passes it on.
/// </summary>
internal static partial class DeadlineRules
{
    public static IEnumerable<ExtractedDeadline> Read(IReadOnlyList<SourceLine> lines)
    {
        // A plan often states the same obligation twice (in its activities and in its section on reporting): one
        // obligation per frequency, rule and day, kept where the text says most about who reports to whom.
        var kept = new List<ExtractedDeadline>();
        foreach (var deadline in All(lines))
        {
            var twin = deadline.Date is null && deadline.Rule != "on-request" ? -1
                : kept.FindIndex(k => k.Frequency == deadline.Frequency && k.Rule == deadline.Rule && k.Date == deadline.Date);
            if (twin < 0)
            {
                kept.Add(deadline);
            }
            else if (Detail(deadline) > Detail(kept[twin]))
            {
                kept[twin] = deadline;
            }
        }

        return kept;
    }

    private static int Detail(ExtractedDeadline d) => (d.Reporter is null ? 0 : 1) + (d.Recipient is null ? 0 : 1) + (d.Via is null ? 0 : 1);

    private static IEnumerable<ExtractedDeadline> All(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var at = line.Text.IndexOf("báo cáo", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var segment = Sentence(line.Text, at);
            var recipient = Recipient().Match(segment) is { Success: true } r ? r : null;
            var to = recipient?.Groups["to"].Value.Trim();
            var via = recipient?.Groups["via"].Success == true ? recipient.Groups["via"].Value.Trim() : null;
            // "Các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện chế độ báo cáo ...": the subject before the verb reports.
            var reporter = Reporter().Match(line.Text[..at]) is { Success: true } who ? who.Groups["who"].Value.Trim().TrimEnd(',') : null;
            var any = false;
            foreach (Match m in Frequency().Matches(segment))
            {
                any = true;
                var frequency = FrequencyOf(m.Groups["freq"].Value);
                var span = new SourceSpan(line.Number, line.Paragraph, m.Value.Trim(), line.Verbatim);
                if (frequency == "ad-hoc")
                {
                    yield return new ExtractedDeadline(frequency, "on-request", null, reporter, to, via, span, ExtractionConfidence.High, null);
                    continue;
                }

                // The due day in the brackets after the frequency, or right after it ("(6 tháng trước ngày 10/6; 01 năm ...)").
                var after = segment[(m.Index + m.Length)..];
                var due = m.Groups["due"].Success ? Before().Match(m.Groups["due"].Value) : Before().Match(after.Split(';', ')', ',')[0]);
                var date = due.Success ? VietnameseDates.MonthDay(due.Groups["d"].Value, due.Groups["m"].Value) : null;
                yield return date is null
                    ? new ExtractedDeadline(frequency, "unstated", null, reporter, to, via, span, ExtractionConfidence.Medium, ExtractionWords.Get("Review.NoDueDay", false)) { ReviewVi = ExtractionWords.Get("Review.NoDueDay", true) }
                    : new ExtractedDeadline(frequency, "before", date, reporter, to, via, span, ExtractionConfidence.High, null);
            }

            // "Định kỳ hàng năm gửi báo cáo ... trước ngày 15/12": the frequency comes first, in the same sentence; only
            // with a due day, since "hàng năm ... báo cáo" alone is often not a reporting obligation.
            if (!any && Leading().Match(SentenceBefore(line.Text, at)) is { Success: true } lead && Before().Match(segment) is { Success: true } dueFirst
                && VietnameseDates.MonthDay(dueFirst.Groups["d"].Value, dueFirst.Groups["m"].Value) is { } leadDate)
            {
                any = true;
                yield return new ExtractedDeadline(FrequencyOf(lead.Groups["freq"].Value), "before", leadDate, reporter, to, via,
                    new SourceSpan(line.Number, line.Paragraph, lead.Value.Trim() + " ... " + dueFirst.Value, line.Verbatim), ExtractionConfidence.High, null);
            }

            if (!any && OneDay().Match(segment) is { Success: true } once && VietnameseDates.FirstDate(once.Value) is { } day)
            {
                yield return new ExtractedDeadline("once", "on-or-before", day.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reporter, to, via,
                    new SourceSpan(line.Number, line.Paragraph, once.Value, line.Verbatim), ExtractionConfidence.High, null);
            }
        }
    }

    // From "báo cáo" to the end of its sentence (a full stop followed by a space or the end of the line).
    private static string Sentence(string text, int from)
    {
        var end = text.IndexOf(". ", from, StringComparison.Ordinal);
        return end < 0 ? text[from..] : text[from..end];
    }

    // The words of the sentence before "báo cáo" (from the last full stop).
    private static string SentenceBefore(string text, int at)
    {
        var start = text.LastIndexOf(". ", at, StringComparison.Ordinal);
        return start < 0 ? text[..at] : text[(start + 2)..at];
    }

    private static string FrequencyOf(string words) => words.ToLowerInvariant() switch
    {
        "hàng tháng" or "hằng tháng" => "monthly",
        "hàng quý" or "hằng quý" => "quarterly",
        "đột xuất" => "ad-hoc",
        var w when w.Contains("6 tháng", StringComparison.Ordinal) || w.Contains("sáu tháng", StringComparison.Ordinal) => "six-monthly",
        _ => "annual",
    };

    [GeneratedRegex(@"(?<freq>hàng tháng|hằng tháng|hàng quý|hằng quý|(?:định kỳ )?(?:6|sáu) tháng|(?:một|0?1) năm|hàng năm|hằng năm|đột xuất)(?: ?\((?<due>[^)]*)\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"(?:^|\b)(?:[Đđ]ịnh kỳ )?(?<freq>hàng tháng|hằng tháng|hàng quý|hằng quý|hàng năm|hằng năm|(?:6|sáu) tháng)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"trước(?: ngày)? (?<d>\d{1,2})/(?<m>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(@"(?:vào|trước) ngày (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneDay();

    [GeneratedRegex(@"^(?<who>(?:Các|UBND|Ủy ban|Uỷ ban|Phòng|Sở|Hội|Ban|Công chức)[^.;:]{0,120}?) (?:thực hiện chế độ|thực hiện|có trách nhiệm)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Reporter();

    [GeneratedRegex(@"(?:gửi )?về (?<to>(?:UBND|Ủy ban|Uỷ ban|Hội|Phòng|Sở|Ban|Hội đồng|Bộ)[^(,;.]*?)(?: ?\(qua (?<via>[^)]+)\)|(?=[,;.]| để| vào| trước|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Recipient();
}
