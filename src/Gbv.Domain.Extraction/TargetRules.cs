using Gbv.Domain.Extraction.Localization;
using System.Globalization;
using System.Text.RegularExpressions;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Targets. Percentages are read only inside the objectives ("mục tiêu", "chỉ tiêu") section, where every percentage
/// is a target; that section ends at the next heading of its level or above. Its horizon is the year of its heading
/// ("CHỈ TIÊU ... NĂM 2023", "Phấn đấu đến năm 2020"), else the last year of the plan (marked for review). Two
/// phrases are targets wherever they stand: a count of units ("14/14 phường") and a frequency ("ít nhất 01 lần/năm",
/// every year from the first). The part of a sentence after "trong đó" is an "of which" target. A horizon outside the
/// plan's period is read as the plan's last year, with low confidence, and marked.
/// </summary>
internal static partial class TargetRules
{
    public static IEnumerable<ExtractedTarget> Read(IReadOnlyList<SourceLine> lines, ExtractedPeriod? period)
    {
        var inSection = false;
        var sectionDepth = 0;
        int? horizon = null;
        // Objectives introduced by a sentence, not a heading ("Kế hoạch đề ra mục tiêu: 100% ...", "Mục tiêu cụ thể:
        // Phấn đấu đến năm 2025 ..."): read from the colon on, and in the paragraphs after it that open with a figure.
        var introduced = false;
        foreach (var line in lines)
        {
            var from = 0;
            if (introduced && !FigureFirst().IsMatch(line.Text))
            {
                introduced = false;
            }

            if (!inSection && Introduces().Match(line.Text) is { Success: true } intro)
            {
                introduced = true;
                from = intro.Index + intro.Length;
            }

            // A numbered line with a figure in it is an objective, not a heading: "3. Đến năm 2025, 100% các xã ...".
            if (Heading().Match(line.Text) is { Success: true } heading && !(inSection && Percent().IsMatch(line.Text)))
            {
                introduced = false;
                var depth = heading.Groups["roman"].Success ? 0 : heading.Groups["number"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;
                var title = heading.Groups["title"].Value;
                if (Objectives().IsMatch(title))
                {
                    if (!inSection || depth > sectionDepth)
                    {
                        sectionDepth = depth;
                    }

                    inSection = true;
                    horizon = Year().Match(title) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : horizon;
                    continue;
                }

                if (inSection && depth <= sectionDepth)
                {
                    inSection = false;
                    horizon = null;
                }
                else if (inSection && ByYear().Match(title) is { Success: true } by)
                {
                    horizon = int.Parse(by.Groups[1].Value, CultureInfo.InvariantCulture);
                    continue;
                }
            }

            var ofWhichAt = line.Text.IndexOf("trong đó", StringComparison.OrdinalIgnoreCase);
            var found = new List<(int At, ExtractedTarget Target)>();
            if (inSection || introduced)
            {
                foreach (Match m in Percent().Matches(line.Text))
                {
                    // A figure of where things stand ("đến nay có 77,9% gia đình ...") is a baseline, not a target.
                    if (m.Index < from || Baseline().IsMatch(Clause(line.Text, m.Index)))
                    {
                        continue;
                    }

                    var by = InLine(line.Text, m.Index) ?? horizon;
                    if (Target(line, m, by ?? period?.To, null, by is null, ofWhichAt, period) is { } t)
                    {
                        found.Add((m.Index, t));
                    }
                }

                foreach (Match m in Times().Matches(line.Text))
                {
                    if (m.Index >= from && Target(line, m, null, period?.From, false, -1, period) is { } t)
                    {
                        found.Add((m.Index, t));
                    }
                }
            }

            foreach (Match m in Units().Matches(line.Text))
            {
                if (!found.Any(f => f.At == m.Index) && Target(line, m, horizon ?? period?.To, null, horizon is null, ofWhichAt, period) is { } t)
                {
                    found.Add((m.Index, t));
                }
            }

            foreach (Match m in Frequency().Matches(line.Text))
            {
                if (Target(line, m, null, period?.From, false, -1, period) is { } t)
                {
                    found.Add((m.Index, t));
                }
            }

            foreach (var (_, target) in found.OrderBy(f => f.At))
            {
                yield return target;
            }
        }
    }

    /// <summary>Whether a heading names the objectives ("mục tiêu", "chỉ tiêu"): the section targets are read from.</summary>
    internal static bool IsObjectives(string title) => Objectives().IsMatch(title);

    // The last "đến năm 2025" before the figure in its line ("Phấn đấu đến năm 2025 tối thiểu 50% ..."), or null.
    private static int? InLine(string text, int at)
    {
        int? year = null;
        foreach (Match m in ByYear().Matches(text[..at]))
        {
            year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return year;
    }

    // The clause the figure stands in, up to it: from the last ';', '.' or ':' before it.
    private static string Clause(string text, int at)
    {
        var start = text.LastIndexOfAny([';', '.', ':'], Math.Max(0, at - 1));
        return text[(start + 1)..at];
    }

    // The words a plan writes that the phrase reader does not take: "75% trở lên" is at least 75%, "mỗi năm 01 lần"
    // is at least once a year.
    private static string Readable(string phrase)
    {
        if (phrase.EndsWith("trở lên", StringComparison.OrdinalIgnoreCase))
        {
            return "ít nhất " + phrase[..^"trở lên".Length].Trim();
        }

        return TimesWords().Match(phrase) is { Success: true } t ? $"ít nhất {t.Groups["n"].Value} lần/{t.Groups["per"].Value.ToLowerInvariant()}" : phrase;
    }

    private static ExtractedTarget? Target(SourceLine line, Match m, int? by, int? from, bool horizonDefaulted, int ofWhichAt, ExtractedPeriod? period)
    {
        var phrase = m.Value.Trim();
        var kind = ThresholdPhrase.Parse(Readable(phrase), out var threshold);
        if (threshold is null || kind == ThresholdPhraseKind.Unknown || (by is null && from is null))
        {
            return null;
        }

        var reviews = new List<Note>();
        // "Giảm 10% số vụ bạo lực gia đình": a fall against a baseline the plan does not give here.
        var reduction = Reduction().IsMatch(line.Text[..m.Index]);
        if (reduction)
        {
            reviews.Add(Note.Of("Review.Reduction", phrase));
        }
        else if (kind == ThresholdPhraseKind.Bare)
        {
            reviews.Add(Note.Of("Review.NoComparison", phrase));
        }

        if (!threshold.IsSatisfiable)
        {
            // "trên 100%" or "dưới 0%": the validator refuses a target no value can meet, and the draft must load.
            var nearest = threshold.Comparison == Comparison.LessThan ? new Threshold(Comparison.AtMost, 0m) : Threshold.All;
            reviews.Add(Note.Of("Review.NeverMet", vi => [phrase, vi ? nearest.Describe("vi") : nearest.ToString()]));
            threshold = nearest;
        }

        if (horizonDefaulted && from is null)
        {
            reviews.Add(Note.Of("Review.NoHorizon", by));
        }

        // The validator holds horizons to the plan's period, and the draft must load.
        var outside = period is not null && by is { } stated && !period.Covers(stated);
        if (outside)
        {
            reviews.Add(period!.Outside(by!.Value, "Review.OutsideAssumed", period.To));
            by = period.To;
        }

        var subject = line.Text[(m.Index + m.Length)..].Split(';', '%')[0].Trim().TrimEnd('.', ',', ':');
        var offset = m.Index + m.Length;
        var next = Percent().Match(line.Text, offset);
        if (next.Success)
        {
            subject = line.Text[offset..next.Index].Trim().TrimEnd(',', ';', ':');
            if (subject.EndsWith("trong đó có", StringComparison.OrdinalIgnoreCase) || subject.EndsWith("trong đó", StringComparison.OrdinalIgnoreCase))
            {
                subject = subject[..subject.LastIndexOf("trong đó", StringComparison.OrdinalIgnoreCase)].Trim().TrimEnd(',');
            }
        }

        if (subject.Length == 0)
        {
            // "- Tổ chức truyền thông ít nhất 02 lần/năm.": the figure ends the sentence, so what it counts comes before it.
            subject = TaskRules.Bullet().Replace(line.Text[..m.Index], string.Empty).Trim().TrimEnd(',', ';', ':');
        }

        return new ExtractedTarget(threshold, by, from, phrase, subject, ofWhichAt >= 0 && m.Index > ofWhichAt,
            new SourceSpan(line.Number, line.Paragraph, phrase, line.Verbatim),
            outside ? ExtractionConfidence.Low : reviews.Count == 0 ? ExtractionConfidence.High : ExtractionConfidence.Medium,
            Note.English(reviews))
        {
            ReviewVi = Note.Vietnamese(reviews),
            Reduction = reduction,
        };
    }

    [GeneratedRegex(@"^(?:(?<roman>[IVX]+)|(?<number>\d+(?:\.\d+)*))\.? (?<title>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex("mục tiêu|chỉ tiêu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Objectives();

    [GeneratedRegex(@"năm (" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"đến năm (" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByYear();

    [GeneratedRegex(@"(?:(?:trên|hơn|dưới|tối thiểu|ít nhất|tối đa|không quá|không dưới|không ít hơn|không vượt quá) )?\d{1,3}(?:[.,]\d{1,2})? ?%(?: trở lên)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:mục tiêu|chỉ tiêu)(?: cụ thể| chủ yếu)?(?: như sau)? ?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Introduces();

    [GeneratedRegex(@"^(?:[-+•*] ?)?(?:(?:trên|hơn|tối thiểu|ít nhất|giảm|tăng|phấn đấu|đảm bảo|bảo đảm|đạt)\b|\d{1,3}(?:[.,]\d{1,2})? ?%)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureFirst();

    [GeneratedRegex(@"\b(?:đến nay|hiện nay|hiện có|năm qua|đã đạt|đạt được)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?:^|[^\p{L}])giảm(?: ít nhất| tối thiểu)? $", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reduction();

    [GeneratedRegex(@"(?:mỗi|hàng|hằng) (?:năm|tháng|quý) (?:ít nhất )?\d{1,3} lần\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Times();

    [GeneratedRegex(@"(?:mỗi|hàng|hằng) (?<per>năm|tháng|quý) (?:ít nhất )?(?<n>\d{1,3}) lần", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimesWords();

    [GeneratedRegex(@"\b\d{1,4}/\d{1,4} (?:phường|xã|thị trấn|thôn|tổ dân phố|huyện|quận|trường)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Units();

    [GeneratedRegex(@"(?:ít nhất|tối thiểu) \d{1,3} lần ?/ ?(?:năm|tháng|quý)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frequency();
}
