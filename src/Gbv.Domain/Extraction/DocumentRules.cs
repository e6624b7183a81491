using System.Globalization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>The plan's own document: "Số: 13/KH-BTV", "Long Biên, ngày 14 tháng 3 năm 2023", "KẾ HOẠCH" and its title,
/// and the body that "xây dựng / ban hành kế hoạch".</summary>
internal static partial class DocumentRules
{
    public static ExtractedDocument? Read(IReadOnlyList<SourceLine> lines)
    {
        SourceLine? first = null;
        string? number = null, place = null, issuer = null, level = null, title = null;
        int? year = null, month = null;
        NodaTime.LocalDate? issued = null;
        var reviews = new List<string>();
        foreach (var line in lines)
        {
            if (number is null && NumberLine().Match(line.Text) is { Success: true } n)
            {
                first ??= line;
                if (n.Groups["n"].Success)
                {
                    number = n.Groups["n"].Value + "/" + n.Groups["code"].Value;
                }
                else
                {
                    reviews.Add($"the number is left blank (\"{n.Value}\")");
                    number = string.Empty;
                }
            }

            if (place is null && DateLine().Match(line.Text) is { Success: true } d)
            {
                first ??= line;
                place = d.Groups["place"].Value.Trim();
                year = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
                month = int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (d.Groups["d"].Success)
                {
                    issued = VietnameseDates.Date(d.Groups["y"].Value, d.Groups["m"].Value, d.Groups["d"].Value);
                }
                else
                {
                    reviews.Add($"the date has no day (\"{d.Value}\")");
                }
            }

            if (issuer is null && IssuerSentence().Match(line.Text) is { Success: true } i)
            {
                issuer = i.Groups["issuer"].Value.Trim();
                level = LevelOf(issuer);
            }
        }

        for (var k = 0; k < lines.Count - 1 && title is null; k++)
        {
            if (lines[k].Text.Equals("KẾ HOẠCH", StringComparison.OrdinalIgnoreCase))
            {
                var parts = new List<string>();
                for (var j = k + 1; j < lines.Count && parts.Count < 3 && !Preamble().IsMatch(lines[j].Text) && !Heading().IsMatch(lines[j].Text)
                    && !IssuerSentence().IsMatch(lines[j].Text); j++)
                {
                    parts.Add(lines[j].Text);
                }

                title = parts.Count > 0 ? string.Join(" ", parts) : null;
            }
        }

        if (first is null && issuer is null && title is null)
        {
            return null;
        }

        if (number is null)
        {
            reviews.Add("no document number (\"Số: ...\") was found");
        }

        if (year is null)
        {
            reviews.Add("no date of issue (\"..., ngày ... tháng ... năm ...\") was found");
        }

        if (issuer is null)
        {
            reviews.Add("no sentence names the issuing body (\"... ban hành / xây dựng kế hoạch\")");
        }

        var anchor = first ?? lines[0];
        return new ExtractedDocument(string.IsNullOrEmpty(number) ? null : number, issued, year, month, place, issuer, level, title,
            new SourceSpan(anchor.Number, anchor.Paragraph, anchor.Text, anchor.Verbatim),
            reviews.Count == 0 ? ExtractionConfidence.High : ExtractionConfidence.Low, reviews.Count == 0 ? null : string.Join("; ", reviews));
    }

    /// <summary>province, district or commune from the first administrative word of a body's name.</summary>
    public static string? LevelOf(string body) => AdministrativeWord().Match(body) is { Success: true } m
        ? m.Value.ToLowerInvariant() switch
        {
            "tỉnh" or "thành phố" => "province",
            "huyện" or "quận" or "thị xã" => "district",
            _ => "commune",
        }
        : null;

    [GeneratedRegex(@"^Số(?: hiệu)?:? ?(?<n>\d+)?/(?<code>[\p{Lu}][\p{Lu}\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[\p{L} .\-]{2,40}), ngày ?(?<d>\d{1,2})? ?tháng ?(?<m>\d{1,2}) năm (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<issuer>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban Thường vụ|Ban thường vụ|Hội)[^,;:.]{0,60}?) (?:xây dựng|ban hành) [Kk]ế hoạch", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerSentence();

    [GeneratedRegex(@"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdministrativeWord();

    [GeneratedRegex(@"^(?:Thực hiện|Căn cứ)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^(?:[IVX]+|\d+)\. ", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
