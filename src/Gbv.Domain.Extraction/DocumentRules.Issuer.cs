using System.Globalization;

namespace Gbv.Domain.Extraction;

/// <summary>The issuing body and the title: from the heading block, or from a news page's sentence that reports the plan.</summary>
internal static partial class DocumentRules
{
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
}
