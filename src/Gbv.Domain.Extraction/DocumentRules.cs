using System.Globalization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// The plan's own document, wherever its header sits: the heading block ("ỦY BAN NHÂN DÂN" / "TỈNH ...", "UBND HUYỆN
/// ...", a lost first letter), "Số: 13/KH-BTV", "Long Biên, ngày 14 tháng 3 năm 2023" (also wrapped over two lines and
/// in table cells split by '|'), "KẾ HOẠCH" or "QUYẾT ĐỊNH" and its title, and the body that "xây dựng / ban hành kế
/// hoạch". A text with no header that reports the issue ("UBND tỉnh vừa ban hành Kế hoạch số 64/KH-UBND", "Ngày
/// 20/3/2024, UBND tỉnh ban hành ...") is a summary: its number, date and issuer come from that sentence. A page's
/// posting time ("Ngày đăng: 21/03/2024", "6:3, Thứ Sáu, 2-4-2021") is never a date of issue.
/// </summary>
internal static partial class DocumentRules
{
    /// <summary>A line of the text split into its table cells ("Số:4938/KH-UBND | Khánh Hòa, ngày 10 ...").</summary>
    private readonly record struct Unit(SourceLine Line, string Text);

    public static ExtractedDocument? Read(IReadOnlyList<SourceLine> lines)
    {
        var units = Units(lines);
        SourceLine? first = null;
        string? number = null, place = null, issuer = null, level = null, title = null;
        int? year = null, month = null;
        NodaTime.LocalDate? issued = null;
        var reviews = new List<string>();
        var unsure = new List<string>();
        foreach (var unit in units)
        {
            if (number is null && NumberLine().Match(unit.Text) is { Success: true } n)
            {
                first ??= unit.Line;
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

            if (place is null && DateLine().Match(unit.Text) is { Success: true } d)
            {
                first ??= unit.Line;
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
        }

        // The body that issues the plan, in a sentence that may wrap onto the next line ("UBND tỉnh ban" / "hành Kế hoạch").
        for (var k = 0; k < lines.Count && issuer is null; k++)
        {
            var text = k + 1 < lines.Count ? lines[k].Text + " " + lines[k + 1].Text : lines[k].Text;
            if (IssuerSentence().Match(text) is { Success: true } i && i.Index < lines[k].Text.Length)
            {
                issuer = Canonical(i.Groups["issuer"].Value.Trim());
            }
        }

        var heading = HeadingBlock(units);
        var form = "plan";
        var decision = units.FindIndex(u => u.Text is "QUYẾT ĐỊNH" or "QUYẾT ĐỊNH:");
        var plan = units.FindIndex(u => u.Text.Equals("KẾ HOẠCH", StringComparison.OrdinalIgnoreCase));
        if (decision >= 0 && (plan < 0 || decision < plan))
        {
            form = "decision";
            title = Title(units, decision);
        }
        else if (plan >= 0)
        {
            title = Title(units, plan);
        }

        var reported = number is null && first is null && heading is null ? Reported(lines) : null;
        if (reported is { } r)
        {
            form = "summary";
            first = r.Line;
            number = r.Number;
            issuer ??= r.Issuer;
            issued = r.Date;
            year = r.Date?.Year;
            month = r.Date?.Month;
            title = r.Tail.Length > 0 ? r.Tail : null;
        }
        else if (first is null && heading is null && plan < 0 && decision < 0)
        {
            unsure.Add("form");
            reviews.Add("the text has no header, no \"KẾ HOẠCH\" heading and no sentence reporting the issue: is it the plan?");
        }

        if (first is null && issuer is null && title is null && heading is null)
        {
            return null;
        }

        issuer ??= heading?.Issuer;
        level = (issuer is null ? null : LevelOf(issuer)) ?? (heading is null ? null : LevelOf(heading.Value.Issuer));
        if (number is null)
        {
            unsure.Add("number");
            reviews.Add("no document number (\"Số: ...\") was found");
        }
        else if (number.Length == 0)
        {
            unsure.Add("number");
        }

        if (year is null)
        {
            unsure.Add("date");
            reviews.Add(form == "summary"
                ? "the text does not give the date of issue (a page's posting time is not one)"
                : "no date of issue (\"..., ngày ... tháng ... năm ...\") was found");
        }
        else if (issued is null)
        {
            unsure.Add("date");
        }

        if (place is null)
        {
            unsure.Add("place");
        }

        if (issuer is null)
        {
            unsure.Add("issuer");
            reviews.Add("no heading or sentence names the issuing body (\"... ban hành / xây dựng kế hoạch\")");
        }

        if (level is null)
        {
            unsure.Add("level");
            reviews.Add("the issuing body's level (tỉnh, huyện, xã) is not stated: the draft leaves it \"unstated\"");
        }

        if (title is null)
        {
            unsure.Add("title");
        }

        var anchor = first ?? heading?.Line ?? lines[0];
        return new ExtractedDocument(string.IsNullOrEmpty(number) ? null : number, issued, year, month, place, issuer, level, title,
            new SourceSpan(anchor.Number, anchor.Paragraph, anchor.Text, anchor.Verbatim),
            reviews.Count == 0 ? ExtractionConfidence.High : ExtractionConfidence.Low, reviews.Count == 0 ? null : string.Join("; ", reviews))
        {
            Form = form,
            Unsure = [.. unsure],
        };
    }

    /// <summary>
    /// The first line of the document itself: its heading block, the national motto or its number. Lines above it
    /// are the page around it (a site's menu or its list of related documents), not the plan's; 0 when there is none.
    /// </summary>
    public static int BodyStart(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Take(60))
        {
            var text = line.Text.Split('|')[0].Trim();
            if (Authority().IsMatch(text) || text.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", StringComparison.Ordinal) || StrictNumber().IsMatch(text))
            {
                return line.Number;
            }
        }

        return 0;
    }

    /// <summary>province, district, commune or national from the first administrative word of a body's name.</summary>
    public static string? LevelOf(string body)
    {
        if (Ministry().IsMatch(body))
        {
            return "national";
        }

        return AdministrativeWord().Match(body) is { Success: true } m
            ? m.Value.ToLowerInvariant() switch
            {
                "tỉnh" or "thành phố" => "province",
                "huyện" or "quận" or "thị xã" => "district",
                _ => "commune",
            }
            : null;
    }

    private static List<Unit> Units(IReadOnlyList<SourceLine> lines)
    {
        var units = new List<Unit>();
        foreach (var line in lines)
        {
            foreach (var cell in line.Text.Split('|'))
            {
                var text = cell.Trim();
                if (text.Length == 0 || text.All(c => c is '-' or '_' or '=' or '*'))
                {
                    continue;
                }

                // "Phú Yên, ngày 09" / "tháng 3 năm 2022": a date wrapped over two lines is read as one.
                if (units.Count > 0 && text.StartsWith("tháng", StringComparison.Ordinal) && WrappedDate().IsMatch(units[^1].Text))
                {
                    units[^1] = units[^1] with { Text = units[^1].Text + " " + text };
                    continue;
                }

                units.Add(new Unit(line, text));
            }
        }

        return units;
    }

    // The issuing body's heading: "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG" (even as "Y BAN NHÂN DÂN"), "UBND HUYỆN ĐĂK TÔ",
    // "HỘI LHPN QUẬN LONG BIÊN", "BỘ VĂN HÓA ...", in the first lines of the document.
    private static (string Issuer, SourceLine Line)? HeadingBlock(List<Unit> units)
    {
        for (var k = 0; k < Math.Min(units.Count, 40); k++)
        {
            if (Authority().Match(units[k].Text) is not { Success: true } a)
            {
                continue;
            }

            // The level and place on the heading's next line, or a few cells on where a table puts the motto between.
            var words = units[k].Text;
            for (var j = k + 1; LevelOf(words) is null && j < Math.Min(units.Count, k + 4); j++)
            {
                if (AdministrativeWord().Match(units[j].Text) is { Success: true, Index: 0 } && !units[j].Text.Any(char.IsLower))
                {
                    words += " " + units[j].Text;
                }
            }

            return (Canonical(Cased(words)), units[k].Line);
        }

        return null;
    }

    // The words up to three units after "KẾ HOẠCH" or "QUYẾT ĐỊNH": not the preamble, a heading, the issuing body's
    // line or the sentence that issues the plan.
    private static string? Title(List<Unit> units, int at)
    {
        var parts = new List<string>();
        for (var j = at + 1; j < units.Count && parts.Count < 3; j++)
        {
            var text = units[j].Text;
            if (Preamble().IsMatch(text) || Heading().IsMatch(text) || IssuerSentence().IsMatch(text) || Authority().IsMatch(text)
                || text.StartsWith("CHỦ TỊCH", StringComparison.Ordinal) || text.StartsWith('('))
            {
                break;
            }

            parts.Add(text);
        }

        return parts.Count > 0 ? string.Join(" ", parts) : null;
    }

    private static (SourceLine Line, string? Number, string Issuer, NodaTime.LocalDate? Date, string Tail)? Reported(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (ReportedIssue().Match(line.Text) is not { Success: true } m)
            {
                continue;
            }

            var before = line.Text[..m.Index];
            var after = line.Text[(m.Index + m.Length)..];
            NodaTime.LocalDate? date = null;
            // "Ngày 20/3/2024, UBND tỉnh ban hành ..." or "... Kế hoạch số 78/KH-UBND ngày 10/4/2017 ...": a day with no
            // year ("Ngày 13/12, Bộ VHTTDL đã có Văn bản ...") is no date of issue.
            if (DayBefore().Match(before) is { Success: true } b && VietnameseDates.FirstDate(b.Value) is { } x)
            {
                date = x.Date;
            }
            else if (DayAfter().Match(after) is { Success: true } a && VietnameseDates.FirstDate(a.Value) is { } y)
            {
                date = y.Date;
                after = after[a.Length..];
            }

            var number = m.Groups["n"].Success ? m.Groups["n"].Value.TrimEnd('.', ',', ';') : null;
            return (line, number, Canonical(m.Groups["issuer"].Value.Trim()), date, after.Trim().TrimEnd('.'));
        }

        return null;
    }

    // "ỦY BAN NHÂN DÂN TỈNH SƠN LA" as "Ủy ban nhân dân tỉnh Sơn La": lower case, the place's words capitalised.
    private static string Cased(string words)
    {
        if (words.Any(char.IsLower))
        {
            return words;
        }

        var parts = words.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var place = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0 || place || parts[i] is "ubnd" or "lhpn" or "mttq" or "vhttdl")
            {
                parts[i] = parts[i] is "ubnd" or "lhpn" or "mttq" or "vhttdl" ? parts[i].ToUpperInvariant() : char.ToUpperInvariant(parts[i][0]) + parts[i][1..];
            }

            place |= parts[i] is "tỉnh" or "huyện" or "quận" or "xã" or "phường" or "trấn" or "phố";
        }

        return string.Join(' ', parts);
    }

    // The body's first words as a plan writes them: a lost first letter ("Y BAN NHÂN DÂN") or glued words ("Ủy ban
    // nhândân") do not make another body.
    private static string Canonical(string issuer) => LostLetter().Replace(issuer, "Ủy ban nhân dân", 1);

    [GeneratedRegex(@"^Số(?: hiệu)?:? ?(?<n>\d+)?/(?<code>(?:\d{4}/)?[\p{Lu}][\p{Lu}\-\d]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^Số:? ?\d*/\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex StrictNumber();

    [GeneratedRegex(@"^(?<place>[\p{L} .\-]{2,40}), ngày ?(?<d>\d{1,2})? ?tháng ?(?<m>\d{1,2}) ?năm ?(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[\p{L} .\-]{2,40}, ngày ?\d{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex WrappedDate();

    // Not the issuer of a document cited before it ("... của Ủy ban nhân dân tỉnh ban hành Kế hoạch ..."), nor the
    // letters of a code ("679/QĐ-UBND"); adverbs ("vừa", "đã") are not part of the body's name.
    [GeneratedRegex(@"(?<![\p{L}\-/])(?<!của )(?<!của các )(?<issuer>(?:UBND|Ủy ban nhân ?dân|Uỷ ban nhân ?dân|Ban Thường vụ|Ban thường vụ|Hội)(?:(?! của )[^,;:.\d""]){0,60}?)(?: (?:vừa|đã|mới))* (?:xây dựng|ban ?hành) [Kk]ế ?hoạch", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerSentence();

    [GeneratedRegex(@"(?<![\p{L}\-/])(?<!của )(?<issuer>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ|Ban Thường vụ|Hội|Sở)(?:(?! của )[^,;:.\d""]){0,60}?)(?: (?:vừa|đã|mới))* (?:ký )?(?:ban hành|có|phê duyệt) (?:Kế hoạch|Văn bản|Công văn|Quyết định|Hướng dẫn|Chỉ thị)(?:(?: số:?)? (?<n>\d+/[\p{Lu}\d][\p{L}\d\-/]*))?", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedIssue();

    [GeneratedRegex(@"Ngày (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}), (?:\(\w+\) - )?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"^,? ngày (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DayAfter();

    [GeneratedRegex(@"^(?:(?:Ủ|U|Uỷ)?Y BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND [\p{Lu} ]+$|HỘI [\p{Lu}]|BAN THƯỜNG VỤ|BỘ [\p{Lu}])", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    [GeneratedRegex(@"^(?:Ủ|U|Uỷ|Ủy|Uy)?[Yy] [Bb][Aa][Nn] [Nn][Hh][Ââ][Nn] ?[Dd][Ââ][Nn]", RegexOptions.CultureInvariant)]
    private static partial Regex LostLetter();

    [GeneratedRegex(@"^Bộ |^BỘ ", RegexOptions.CultureInvariant)]
    private static partial Regex Ministry();

    [GeneratedRegex(@"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdministrativeWord();

    [GeneratedRegex(@"^(?:Thực hiện|Căn cứ)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^(?:[IVX]+|\d+)\. ", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
