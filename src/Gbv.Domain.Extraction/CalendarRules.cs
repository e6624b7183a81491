using Gbv.Domain.Extraction.Localization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Campaigns, observance days and reviews. Named campaigns and days are recognised from the tables in
/// <see cref="KnownDays"/>; a date in the text ("từ 15/11 đến 15/12", "(8/3)") is taken as stated, otherwise the
/// table's date is used and the element is marked as resolved for the author to confirm.
/// </summary>
internal static partial class CalendarRules
{
    public static IEnumerable<ExtractedCampaign> Campaigns(IReadOnlyList<SourceLine> lines)
    {
        var found = new Dictionary<string, ExtractedCampaign>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in lines)
        {
            foreach (Match m in CampaignName().Matches(line.Text))
            {
                if (KnownDays.CampaignOf(m.Value) is not { } known)
                {
                    continue;
                }

                var window = Window().Match(line.Text, m.Index);
                var stated = window.Success && window.Index - (m.Index + m.Length) < 40;
                var span = new SourceSpan(line.Number, line.Paragraph, stated ? line.Text[m.Index..(window.Index + window.Length)] : m.Value, line.Verbatim);
                var month = StatedMonth().Match(line.Text[(m.Index + m.Length)..]);
                if (!stated && month.Success && int.TryParse(month.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture, out var statedMonth) && statedMonth is >= 1 and <= 12)
                {
                    var monthly = new ExtractedCampaign(m.Value.Trim(), null, null, statedMonth, true,
                        new SourceSpan(line.Number, line.Paragraph, line.Text[m.Index..(m.Index + m.Length + month.Length)].Trim(), line.Verbatim), ExtractionConfidence.High, null);
                    Keep(known.Id, monthly);
                    continue;
                }

                var campaign = stated
                    && VietnameseDates.MonthDay(window.Groups["d1"].Value, window.Groups["m1"].Value) is { } from
                    && VietnameseDates.MonthDay(window.Groups["d2"].Value, window.Groups["m2"].Value) is { } to
                    ? new ExtractedCampaign(m.Value.Trim(), from, to, null, true, span, ExtractionConfidence.High, null)
                    : new ExtractedCampaign(m.Value.Trim(), known.From, known.To, known.Month, false, span, ExtractionConfidence.Low,
                        ExtractionWords.Format("Review.CampaignFromTable", false, known.Describe(false)))
                    {
                        ReviewVi = ExtractionWords.Format("Review.CampaignFromTable", true, known.Describe(true)),
                    };
                Keep(known.Id, campaign);
            }
        }

        return order.Select(id => found[id]);

        // One campaign per national campaign: the first mention, or a later one that states its dates.
        void Keep(string id, ExtractedCampaign campaign)
        {
            if (!found.TryGetValue(id, out var earlier))
            {
                order.Add(id);
                found[id] = campaign;
            }
            else if (campaign.DatesStated && !earlier.DatesStated)
            {
                found[id] = campaign;
            }
        }
    }

    public static IEnumerable<ExtractedDay> Days(IReadOnlyList<SourceLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var (day, match) in KnownDays.DaysIn(line.Text).OrderBy(d => d.Match.Index))
            {
                if (!seen.Add(day.Id))
                {
                    continue;
                }

                var after = DayDate().Match(line.Text, match.Index + match.Length);
                var stated = after.Success && after.Index - (match.Index + match.Length) <= 3
                    && VietnameseDates.MonthDay(after.Groups["d"].Value, after.Groups["m"].Value) is { } date && date == day.Date;
                yield return new ExtractedDay(day.Id, match.Value, day.Date, stated,
                    new SourceSpan(line.Number, line.Paragraph, match.Value, line.Verbatim),
                    stated ? ExtractionConfidence.High : ExtractionConfidence.Low,
                    stated ? null : ExtractionWords.Format("Review.DayFromTable", false, day.Date))
                {
                    ReviewVi = stated ? null : ExtractionWords.Format("Review.DayFromTable", true, ExtractionWords.Day(day.Date, true)),
                };
            }
        }
    }

    /// <remarks>
    /// A review held in a year outside the plan's period is kept, with low confidence, and marked: the draft leaves it
    /// out, because the validator holds milestones to the period.
    /// </remarks>
    public static IEnumerable<ExtractedReview> Reviews(IReadOnlyList<SourceLine> lines, ExtractedPeriod? period)
    {
        var seen = new HashSet<(string, int)>();
        foreach (var line in lines)
        {
            foreach (Match m in Review().Matches(line.Text))
            {
                var kind = m.Groups["word"].Value.StartsWith("sơ", StringComparison.OrdinalIgnoreCase) ? "mid-term-review" : "final-review";
                var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (seen.Add((kind, year)))
                {
                    var outside = period is not null && !period.Covers(year);
                    yield return new ExtractedReview(kind, year, new SourceSpan(line.Number, line.Paragraph, m.Value, line.Verbatim),
                        outside ? ExtractionConfidence.Low : ExtractionConfidence.High,
                        outside ? period!.Outside(year, "Review.OutsideLeftOut").En : null)
                    {
                        ReviewVi = outside ? period!.Outside(year, "Review.OutsideLeftOut").Vi : null,
                    };
                }
            }
        }
    }

    // The name runs to the end of its clause, or to "và Ngày ..." / "và Tháng ...", which names something else.
    [GeneratedRegex(@"[Tt]háng hành động(?:(?! và (?:Ngày|Tháng) )[^.;:""()]){0,120}", RegexOptions.CultureInvariant)]
    private static partial Regex CampaignName();

    [GeneratedRegex(@"^""? ?\(Tháng (?<m>\d{1,2})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedMonth();

    [GeneratedRegex(@"từ (?:ngày )?(?<d1>\d{1,2})/(?<m1>\d{1,2}) (?:đến|-) (?:ngày )?(?<d2>\d{1,2})/(?<m2>\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Window();

    [GeneratedRegex(@"\(?(?:ngày )?(?<d>\d{1,2})/(?<m>\d{1,2})\b(?!/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayDate();

    [GeneratedRegex(@"(?<word>sơ kết|tổng kết)\b[^.;]{0,40}?năm (?<year>" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Review();
}
