using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Agency names compared as plans write them: abbreviations expanded ("UBND", "Hội LHPN", "MTTQ", "LĐTB&amp;XH"), dashes
/// and case ignored, a trailing level word ("huyện", "quận", "xã") and a leading "Đề nghị" dropped.
/// </summary>
public static partial class AgencyNames
{
    /// <summary>The comparison key of a name: "Phòng LĐTB&amp;XH" and "Phòng Lao động – Thương binh và Xã hội huyện" agree.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = TextNormalizer.Normalize(name).ToLowerInvariant();
        text = text.Replace("uỷ", "ủy", StringComparison.Ordinal).Replace("hoá", "hóa", StringComparison.Ordinal);
        text = Abbreviations().Replace(text, m => m.Value switch
        {
            "ubnd" => "ủy ban nhân dân",
            "lhpn" => "liên hiệp phụ nữ",
            "mttq" => "mặt trận tổ quốc",
            "lđtb&xh" or "lđtbxh" => "lao động - thương binh và xã hội",
            "tb&xh" => "thương binh và xã hội",
            "gd&đt" or "gd-đt" => "giáo dục và đào tạo",
            _ => m.Value,
        });
        text = Noise().Replace(text, " ").Replace(" và ", " ", StringComparison.Ordinal);
        text = Trailing().Replace(text.Trim(), string.Empty);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\b(?:ubnd|lhpn|mttq|lđtb&xh|lđtbxh|tb&xh|gd&đt|gd-đt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviations();

    [GeneratedRegex(@"^(?:trân trọng )?đề nghị |[-–,:.]| việt nam\b", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\s+(?:huyện|quận|xã|tỉnh|phường|thành phố|thị xã)$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
