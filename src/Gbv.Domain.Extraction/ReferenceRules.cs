using Gbv.Domain.Extraction.Localization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Documents referred to by kind and number: "Thực hiện Quyết định số 3101/QĐ-UBND ngày 29/8/2022 của Ủy ban nhân dân
/// thành phố Hà Nội". A sentence opening with "Thực hiện" gives <c>implements</c> to every document it lists, one
/// opening with "Căn cứ" gives <c>based-on</c>; elsewhere a document is <c>cites</c>. The same number twice is one
/// reference, kept where its relation is strongest.
/// </summary>
internal static partial class ReferenceRules
{
    public static IEnumerable<ExtractedReference> Read(IReadOnlyList<SourceLine> lines, string? ownNumber, int bodyStart = 0)
    {
        var found = new Dictionary<string, ExtractedReference>(StringComparer.Ordinal);
        var order = new List<string>();
        var relation = "cites";
        for (var at = 0; at < lines.Count; at++)
        {
            var line = lines[at];
            // Above the document's own header is the page around it (a site's list of related documents).
            if (line.Number < bodyStart)
            {
                continue;
            }

            // A sentence that wraps keeps the relation its first line gave it ("Căn cứ Nghị định ..." / "số điều ...; Chỉ thị ...").
            var continues = at > 0 && line.Text.Length > 0 && !char.IsUpper(line.Text[0]) && !lines[at - 1].Text.EndsWith('.') && !lines[at - 1].Text.EndsWith(':');
            relation = line.Text.StartsWith("Thực hiện", StringComparison.Ordinal) ? "implements"
                : line.Text.StartsWith("Căn cứ", StringComparison.Ordinal) ? "based-on" : continues ? relation : "cites";
            // The date may be on the next line ("Căn cứ Quyết định số 45/QĐ-TTg" / "ngày 13/01/2022 của ...").
            var next = at + 1 < lines.Count && !lines[at].Text.EndsWith('.') && !lines[at].Text.EndsWith(';') ? " " + lines[at + 1].Text : string.Empty;
            foreach (Match m in Mention().Matches(line.Text))
            {
                var number = m.Groups["number"].Value.TrimEnd('.', ',', ';', ')');
                var key = Key(number);
                if (ownNumber is not null && key == Key(ownNumber))
                {
                    continue;
                }

                // Only the words right after the number: "ngày ...", then "của ...", within the same clause.
                var rest = line.Text[(m.Index + m.Length)..] + next;
                var clause = rest.Split(';')[0];
                var dated = After().Match(clause) is { Success: true } a && VietnameseDates.FirstDate(a.Value) is { } d ? d : ((NodaTime.LocalDate Date, string Text)?)null;
                var issuer = Issuer().Match(clause) is { Success: true } i ? i.Groups["issuer"].Value.Trim() : null;
                // A submission (Tờ trình) is cited where the plan names it, whatever the sentence does with the decisions before it.
                var kind = KindOf(m.Groups["kind"].Value);
                var reference = new ExtractedReference(kind == "submission" ? "cites" : relation, kind, number, dated?.Date, issuer,
                    new SourceSpan(line.Number, line.Paragraph, (m.Value + (dated is { } x ? " " + x.Text : string.Empty)).Trim(), line.Verbatim),
                    dated is null ? ExtractionConfidence.Medium : ExtractionConfidence.High, dated is null ? ExtractionWords.Get("Review.NoReferenceDate", false) : null) { ReviewVi = dated is null ? ExtractionWords.Get("Review.NoReferenceDate", true) : null };
                if (!found.TryGetValue(key, out var earlier))
                {
                    order.Add(key);
                    found[key] = reference;
                }
                else if (Strength(reference) > Strength(earlier))
                {
                    found[key] = reference;
                }
            }
        }

        return order.Select(k => found[k]);
    }

    /// <summary>A document number compared without case, spaces or punctuation: "63/KHUBND" and "63/KH-UBND" agree.</summary>
    public static string Key(string number) => new([.. number.ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    private static int Strength(ExtractedReference r) => (r.Relation == "cites" ? 0 : 2) + (r.Date is null ? 0 : 1) + (r.Issuer is null ? 0 : 1);

    private static string KindOf(string word) => word.ToLowerInvariant() switch
    {
        "quyết định" => "decision",
        "kế hoạch" => "plan",
        "chỉ thị" => "directive",
        "nghị quyết" => "resolution",
        "nghị định" => "decree",
        "thông tư" => "circular",
        "chương trình" => "programme",
        "luật" => "law",
        "hướng dẫn" => "guidance",
        "tờ trình" => "submission",
        _ => "letter",
    };

    [GeneratedRegex(@"(?<kind>Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Công văn|Chương trình|Luật|Hướng dẫn|Tờ trình|Kết luận|Thông báo)(?: số)?:? ?(?<number>\d+/(?:\d{4}/)?[\p{L}\d\-]*\p{L}[\p{L}\d\-]*|\d+-\p{Lu}+/\p{Lu}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    // The date, if any, right after the number: ", ngày 23/2/2023", " ngày 28 tháng 12 năm 2020".
    [GeneratedRegex(@"^,? ?(?:ngày ?)?(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} ?tháng ?\d{1,2} ?năm ?\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"^[^""]{0,40}? của (?<issuer>[^,;""]+?)(?= về | ban hành| phê duyệt|,|;|\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Issuer();
}
