using System.Globalization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// The plan's years, from its title: the plan's own year outside quotes ("... - Năm 2023") first, then a period
/// ("giai đoạn 2017-2020") and a vision ("tầm nhìn đến năm 2030") anywhere in the title, then the year of issue.
/// </summary>
internal static partial class PeriodRules
{
    public static ExtractedPeriod? Read(ExtractedDocument? document)
    {
        if (document?.Title is not { } title)
        {
            return document?.IssuedYear is { } y ? new ExtractedPeriod(y, y, null, document.Span, ExtractionConfidence.Medium, "the period is the year of issue: the title states none") : null;
        }

        var outside = Quoted().Replace(title, " ");
        var vision = Vision().Match(title) is { Success: true } v ? Year(v.Groups[1].Value) : (int?)null;
        // The plan's own words outside quotes first: "Đề án "... giai đoạn 2022-2026" - Năm 2023" is a plan for 2023.
        if (Range().Match(outside) is { Success: true } own)
        {
            return new ExtractedPeriod(Year(own.Groups[1].Value), Year(own.Groups[2].Value), vision, document.Span with { Text = own.Value }, ExtractionConfidence.High, null);
        }

        if (Single().Match(outside) is { Success: true } s)
        {
            var year = Year(s.Groups[1].Value);
            return new ExtractedPeriod(year, year, vision, document.Span with { Text = s.Value }, ExtractionConfidence.High, null);
        }

        if (Range().Match(title) is { Success: true } r)
        {
            return new ExtractedPeriod(Year(r.Groups[1].Value), Year(r.Groups[2].Value), vision, document.Span with { Text = r.Value }, ExtractionConfidence.High, null);
        }

        return document.IssuedYear is { } issued
            ? new ExtractedPeriod(issued, issued, vision, document.Span, ExtractionConfidence.Medium, "the period is the year of issue: the title states none")
            : null;
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"giai đoạn (\d{4}) ?- ?(\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"tầm nhìn đến năm (\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vision();

    [GeneratedRegex(@"\bnăm (\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Single();
}
