using System.Globalization;
using System.Text;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Extraction;

/// <summary>The words of a draft: titles, ids, keywords and source text as a plan file writes them.</summary>
internal static partial class DraftBuilder
{
    // The words in the order the line has them: "Trên 90% nạn nhân ...", "Tổ chức truyền thông ít nhất 02 lần/năm".
    private static string Title(ExtractedTarget target, string subject)
    {
        if (subject == target.Phrase)
        {
            return subject;
        }

        var line = TextNormalizer.Normalize(target.Span.LineText);
        var before = line.IndexOf(subject, StringComparison.Ordinal) is var at and >= 0 && at < line.IndexOf(target.Phrase, StringComparison.Ordinal);
        return before ? subject + " " + target.Phrase : target.Phrase + " " + subject;
    }

    private static string TaskId(int index) => $"task-{(index + 1).ToString(CultureInfo.InvariantCulture)}";

    private static bool SaysThreshold(ExtractedTarget target) =>
        ThresholdPhrase.Parse(target.Phrase, out var read) != ThresholdPhraseKind.Unknown && target.Threshold.Equals(read);

    // A plan file's source text is the line as read (NFC, one space), not the bytes as typed.
    private static string Source(SourceSpan span) => TextNormalizer.Normalize(span.LineText);

    private static IReadOnlyList<T>? Nullable<T>(List<T> items) => items.Count == 0 ? null : items;

    private static string Keyword(Comparison comparison) => comparison switch
    {
        Comparison.MoreThan => "more-than",
        Comparison.AtLeast => "at-least",
        Comparison.AtMost => "at-most",
        Comparison.LessThan => "less-than",
        _ => "all",
    };

    private static string LevelOfUnits(string phrase) =>
        phrase.Contains("phường", StringComparison.OrdinalIgnoreCase) ? "ward"
        : phrase.Contains("thị trấn", StringComparison.OrdinalIgnoreCase) ? "township"
        : phrase.Contains("thôn", StringComparison.OrdinalIgnoreCase) ? "village"
        : phrase.Contains("huyện", StringComparison.OrdinalIgnoreCase) || phrase.Contains("quận", StringComparison.OrdinalIgnoreCase) ? "district"
        : "commune";

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>An id from any text: Vietnamese letters without marks, lower case, words joined by '-'.</summary>
    internal static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && plain.Length > 0 && plain[^1] != '-')
            {
                plain.Append('-');
            }
        }

        var slug = plain.ToString().Trim('-');
        if (slug.Length <= 60)
        {
            return slug.Length == 0 ? "x" : slug;
        }

        // At a word's end when there is one: "...-va-x" reads as a word cut in two.
        var cut = slug.LastIndexOf('-', 60);
        return cut > 0 ? slug[..cut] : slug[..60];
    }
}
