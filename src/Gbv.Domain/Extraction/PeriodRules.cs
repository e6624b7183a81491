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
            return Between(own, vision, document.Span);
        }

        if (Single().Match(outside) is { Success: true } s)
        {
            var year = Year(s.Groups[1].Value);
            return new ExtractedPeriod(year, year, vision, document.Span with { Text = s.Value }, ExtractionConfidence.High, null);
        }

        if (Range().Match(title) is { Success: true } r)
        {
            return Between(r, vision, document.Span);
        }

        return document.IssuedYear is { } issued
            ? new ExtractedPeriod(issued, issued, vision, document.Span, ExtractionConfidence.Medium, "the period is the year of issue: the title states none")
            : null;
    }

    private static ExtractedPeriod Between(Match range, int? vision, SourceSpan span)
    {
        var (from, to) = (Year(range.Groups[1].Value), Year(range.Groups[2].Value));
        return from <= to
            ? new ExtractedPeriod(from, to, vision, span with { Text = range.Value }, ExtractionConfidence.High, null)
            : new ExtractedPeriod(to, from, vision, span with { Text = range.Value }, ExtractionConfidence.Low, $"the years are written last first: read as {to}-{from}");
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"giai đoạn (" + VietnameseDates.YearPattern + ") ?- ?(" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"tầm nhìn đến năm (" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vision();

    [GeneratedRegex(@"\bnăm (" + VietnameseDates.YearPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Single();
}
