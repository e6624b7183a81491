using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Phone numbers given for a service: a number of 3 to 12 digits (dots and spaces allowed between groups) in a line
/// that says what it is for ("đường dây nóng", "tổng đài", "số điện thoại", "hotline").
/// </summary>
internal static partial class ServiceRules
{
    public static IEnumerable<ExtractedService> Read(IReadOnlyList<SourceLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var context = Context().Match(line.Text);
            if (!context.Success)
            {
                continue;
            }

            foreach (Match m in Phone().Matches(line.Text))
            {
                var phone = m.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (phone.Count(char.IsDigit) < 3 || !seen.Add(phone))
                {
                    continue;
                }

                var before = line.Text[..m.Index];
                var from = Math.Max(before.LastIndexOfAny([';', '.', ':']) + 1, before.Length - 120);
                var purpose = before[from..].Trim().TrimEnd('(', ',', ' ');
                yield return new ExtractedService(phone, purpose, new SourceSpan(line.Number, line.Paragraph, m.Value, line.Verbatim), ExtractionConfidence.High, null);
            }
        }
    }

    [GeneratedRegex(@"đường dây nóng|tổng đài|số điện thoại|điện thoại|hotline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Context();

    // Not part of a document code ("111/KH-UBND") nor a date.
    [GeneratedRegex(@"(?<![\d/.])(?:\d{3,5}(?:[. ]\d{3}){1,2}|1800 ?\d{4}|11[1-5])(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
