using Gbv.Domain.Extraction.Localization;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Tasks, read inside the sections that assign work (a roman heading naming "nhiệm vụ", "nội dung", "giải pháp",
/// "hoạt động" or "tổ chức thực hiện"), up to the list of recipients ("Nơi nhận") or the closing "Trên đây là":
/// <list type="bullet">
/// <item>every bullet ("- ", "+ ", "a) ") is a task, except one that ends with ':' before sub-bullets (a group), and
/// the attributes of an activity ("- Đơn vị thực hiện: ...", "- Giải pháp thực hiện: ...", "- Thời gian thực hiện: ...");</item>
/// <item>"Hoạt động N: ..." is a task, and a numbered heading with no bullet under it is one;</item>
/// <item>a plain paragraph under a numbered heading is a task; under a roman heading it is the section's introduction.</item>
/// </list>
/// Roles: "Đơn vị thực hiện: X chủ trì, phối hợp với Y, Z" gives the activity above it its lead and coordinators. In the
/// section assigning duties, a numbered heading that names an agency ("2.1. Phòng Tư pháp:") makes it the lead of each
/// duty under it, or a coordinator when the duty begins "Phối hợp"; agencies after "phối hợp với" coordinate.
/// </summary>
internal static partial class TaskRules
{
    public static IEnumerable<ExtractedTask> Read(IReadOnlyList<SourceLine> lines)
    {
        var tasks = new List<ExtractedTask>();
        var inSection = false;
        var objectives = false;
        string? roman = null;
        var numbers = new List<string>();
        string? agency = null;
        var afterHeadingKind = 0; // 0: roman heading, 1: numbered heading
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (End().IsMatch(text))
            {
                inSection = false;
                continue;
            }

            if (Roman().Match(text) is { Success: true } r)
            {
                roman = r.Groups[1].Value;
                inSection = TaskSection().IsMatch(r.Groups[2].Value);
                objectives = !inSection && TargetRules.IsObjectives(r.Groups[2].Value);
                numbers.Clear();
                agency = null;
                afterHeadingKind = 0;
                continue;
            }

            if (objectives && Bullet().Match(text) is { Success: true } objective && !Figure().IsMatch(text))
            {
                // An objective with no figure ("c) Tuyên truyền, kết nối và ... cung ứng dịch vụ") is work to do, not a target.
                tasks.Add(Task(lines[i], text[objective.Length..].Trim(), Section(roman, numbers), null, []));
                continue;
            }

            if (!inSection)
            {
                if (objectives && Numbered().Match(text) is { Success: true } heading)
                {
                    numbers = [.. heading.Groups[1].Value.Split('.', StringSplitOptions.RemoveEmptyEntries)];
                }

                continue;
            }

            if (Numbered().Match(text) is { Success: true } n)
            {
                var number = n.Groups[1].Value;
                var title = n.Groups[2].Value.Trim();
                numbers = [.. number.Split('.', StringSplitOptions.RemoveEmptyEntries)];
                var section = Section(roman, numbers);
                if (Activity().IsMatch(title) || !HasChildren(lines, i) || (i + 1 < lines.Count && Attribute().IsMatch(Bullet().Replace(lines[i + 1].Text, string.Empty))))
                {
                    tasks.Add(Task(lines[i], title, section, null, []));
                    afterHeadingKind = 1;
                    continue;
                }

                agency = AgencyHeading(title);
                afterHeadingKind = 1;
                continue;
            }

            var item = Bullet().Match(text);
            var body = item.Success ? text[item.Length..].Trim() : text;
            if (Attribute().Match(body) is { Success: true } attribute)
            {
                if (attribute.Groups["what"].Value.StartsWith("Đơn vị", StringComparison.OrdinalIgnoreCase) && tasks.Count > 0 && Leads().Match(attribute.Groups["rest"].Value) is { Success: true } leads)
                {
                    var last = tasks[^1];
                    tasks[^1] = last with
                    {
                        Lead = Clean(leads.Groups["lead"].Value), Coordinators = Names(leads.Groups["with"].Value),
                        Confidence = ExtractionConfidence.High, Review = null,
                    };
                }
                else if (attribute.Groups["what"].Value.StartsWith("Thời gian", StringComparison.OrdinalIgnoreCase) && tasks.Count > 0 && RecurrenceOf(attribute.Groups["rest"].Value) is { } every)
                {
                    tasks[^1] = tasks[^1] with { Recurrence = every };
                }

                continue;
            }

            if (!item.Success && (afterHeadingKind == 0 || char.IsLower(text[0]) || text.StartsWith("Căn cứ", StringComparison.Ordinal)))
            {
                continue; // the section's introduction, a line that continues the one above, or a closing paragraph
            }

            if (item.Success && body.EndsWith(':') && i + 1 < lines.Count && lines[i + 1].Text.StartsWith('+'))
            {
                continue; // a group of the '+' items below it
            }

            if (body.Length < 12 || Recipients().IsMatch(body))
            {
                continue;
            }

            var startsWithCoordination = body.StartsWith("Phối hợp", StringComparison.OrdinalIgnoreCase);
            var named = Coordinating().Match(body) is { Success: true } c ? Names(c.Groups["with"].Value) : [];
            var lead = agency is null || startsWithCoordination ? null : agency;
            var coordinators = startsWithCoordination && agency is not null ? named.Insert(0, agency) : named;
            tasks.Add(Task(lines[i], body, Section(roman, numbers), lead, coordinators));
        }

        return tasks;
    }

    private static string? RecurrenceOf(string words) =>
        Yearly().IsMatch(words) ? "annual" : Quarterly().IsMatch(words) ? "quarterly" : Monthly().IsMatch(words) ? "monthly" : null;

    private static ExtractedTask Task(SourceLine line, string title, string? section, string? lead, ImmutableArray<string> coordinators) =>
        new(title, section, lead, coordinators, RecurrenceOf(title), new SourceSpan(line.Number, line.Paragraph, title.Length > 80 ? title[..80] : title, line.Verbatim),
            lead is null && coordinators.IsEmpty ? ExtractionConfidence.Medium : ExtractionConfidence.High,
            lead is null && coordinators.IsEmpty ? ExtractionWords.Get("Review.NoAgency", false) : null) { ReviewVi = lead is null && coordinators.IsEmpty ? ExtractionWords.Get("Review.NoAgency", true) : null };

    private static string? Section(string? roman, List<string> numbers) =>
        roman is null ? null : numbers.Count == 0 ? roman : roman + "." + string.Join('.', numbers);

    // A numbered heading has children when the next line is a bullet, a plain paragraph or a deeper heading ("1.1." under "1.").
    private static bool HasChildren(IReadOnlyList<SourceLine> lines, int at)
    {
        if (at + 1 >= lines.Count || Roman().IsMatch(lines[at + 1].Text) || End().IsMatch(lines[at + 1].Text) || Elision().IsMatch(lines[at + 1].Text))
        {
            return false;
        }

        var next = Numbered().Match(lines[at + 1].Text);
        return !next.Success || Depth(next.Groups[1].Value) > Depth(Numbered().Match(lines[at].Text).Groups[1].Value);
    }

    private static int Depth(string number) => number.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The agency a duties heading names ("2.1. Phòng Tư pháp:", "9. Đề nghị Ủy ban MTTQ xã:"), or null.</summary>
    private static string? AgencyHeading(string title)
    {
        var name = Request().Replace(title, string.Empty).Trim().TrimEnd(':', '.', ' ');
        return name.Length is > 0 and <= 90 && AgencyWord().IsMatch(name) ? name : null;
    }

    private static ImmutableArray<string> Names(string list)
    {
        var cut = Stop().Match(list);
        var head = cut.Success ? list[..cut.Index] : list;
        // "A, B và C": split at commas, and at "và" only before another agency ("Thương binh và Xã hội" stays whole).
        return [.. head.Split([", ", "; "], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => AndAgency().Split(part))
            .Select(Clean).Where(n => n.Length > 2 && AgencyWord().IsMatch(n) && char.IsUpper(n[0]))];
    }

    private static string Clean(string name) => name.Trim().TrimEnd('.', ',', ';', ':').Trim();

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^([IVX]+)\.\s*(.*)$", Options)]
    private static partial Regex Roman();

    [GeneratedRegex(@"nhiệm vụ|nội dung|giải pháp|hoạt động|tổ chức thực hiện", Options | RegexOptions.IgnoreCase)]
    private static partial Regex TaskSection();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.?\s+(.+)$", Options)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:[-+•*]\s*|[a-zđ]\)\s*|\.\s*-\s*)", Options)]
    internal static partial Regex Bullet();

    [GeneratedRegex(@"^Hoạt động \d+", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Activity();

    [GeneratedRegex(@"^(?<what>Đơn vị thực hiện|Đơn vị chủ trì|Giải pháp thực hiện|Thời gian thực hiện|Kết quả|Sản phẩm|Kinh phí)\s*:\s*(?<rest>.*)$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^(?<lead>.+?) chủ trì(?:,? phối hợp (?:với )?(?<with>.+))?", Options)]
    private static partial Regex Leads();

    [GeneratedRegex(@"[Pp]hối hợp (?:với )?(?<with>.+)", Options)]
    private static partial Regex Coordinating();

    // Where a list of agencies ends: the verb of what they do together, or the unnamed rest ("và các đơn vị có liên quan").
    [GeneratedRegex(@" (?:và )?các (?:cơ quan|đơn vị|ban|ngành)\b[^;.]{0,40}?liên quan| (?:tổ chức|triển khai|thực hiện|để|trong|xây dựng|tuyên truyền|kiện toàn|tập huấn|hướng dẫn|kịp thời|đẩy mạnh|xử lý|giải quyết|kiểm tra|rà soát|theo dõi|hỗ trợ)\b|[;.]", Options)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(?:Trân trọng )?[Đđ]ề nghị\s+", Options)]
    private static partial Regex Request();

    // The words an agency's name begins with; a list after "và" is split only before the first group.
    private const string AgencyStart = "Phòng|Sở|Ban|Hội|Huyện đoàn|Thành đoàn|Tỉnh đoàn|Quận đoàn|Thị đoàn|Ủy ban|Uỷ ban|UBND|Công an|Công chức|Công đoàn|Đài|Trung tâm|Trạm|Văn phòng|Các|Liên đoàn|Đoàn|Mặt trận";

    [GeneratedRegex(@"^(?:" + AgencyStart + @"|Tòa án|Viện|Bệnh viện|Trường|Cơ quan)\b", Options)]
    private static partial Regex AgencyWord();

    [GeneratedRegex(@" và (?=(?:" + AgencyStart + @")\b)", Options)]
    private static partial Regex AndAgency();

    [GeneratedRegex(@"\b(?:hàng|hằng) năm\b|lần ?/ ?năm", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"\b(?:hàng|hằng) quý\b|lần ?/ ?quý", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"\b(?:hàng|hằng) tháng\b|lần ?/ ?tháng", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    // A percentage or a count of units: a target's figure.
    [GeneratedRegex(@"\d\s?%|\b\d+/\d+ \p{L}", Options)]
    private static partial Regex Figure();

    // Where a source leaves text out: "[...]", "…".
    [GeneratedRegex(@"^(?:\[\s*(?:\.\.\.|…)\s*\]|…|\.\.\.)$", Options)]
    private static partial Regex Elision();

    [GeneratedRegex(@"^(?:Nơi nhận|Trên đây là)", Options)]
    private static partial Regex End();

    // The distribution list: "TT Quận ủy (để bc);", "Lưu VP."
    [GeneratedRegex(@"\((?:để |b/c|B/c)|^Lưu\b", Options)]
    private static partial Regex Recipients();
}
