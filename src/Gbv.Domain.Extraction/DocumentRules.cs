using Gbv.Domain.Extraction.Localization;
using System.Globalization;

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
        var reviews = new List<Note>();
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
                    reviews.Add(Note.Of("Review.NumberBlank", n.Value));
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
                    reviews.Add(Note.Of("Review.DateNoDay", d.Value));
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
            reviews.Add(Note.Of("Review.NotThePlan"));
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
            reviews.Add(Note.Of("Review.NoNumber"));
        }
        else if (number.Length == 0)
        {
            unsure.Add("number");
        }

        if (year is null)
        {
            unsure.Add("date");
            reviews.Add(Note.Of(form == "summary" ? "Review.SummaryNoDate" : "Review.NoDate"));
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
            reviews.Add(Note.Of("Review.NoIssuer"));
        }

        if (level is null)
        {
            unsure.Add("level");
            reviews.Add(Note.Of("Review.NoLevel"));
        }

        if (title is null)
        {
            unsure.Add("title");
        }

        var anchor = first ?? heading?.Line ?? lines[0];
        return new ExtractedDocument(string.IsNullOrEmpty(number) ? null : number, issued, year, month, place, issuer, level, title,
            new SourceSpan(anchor.Number, anchor.Paragraph, anchor.Text, anchor.Verbatim),
            reviews.Count == 0 ? ExtractionConfidence.High : ExtractionConfidence.Low, Note.English(reviews))
        {
            ReviewVi = Note.Vietnamese(reviews),
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
}
