using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>The patterns of a Vietnamese administrative document's heading: number, date, issuing body, preamble.</summary>
internal static partial class DocumentRules
{
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
