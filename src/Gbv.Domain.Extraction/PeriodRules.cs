using System.Globalization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// The plan's years, from its title (or, for a summary, the words after the plan's number). The plan's own words
/// outside quotes first: a period ("giai đoạn 2017-2020"), its own year ("... - Năm 2023", an annual plan "năm 2024"),
/// a last year only ("ĐẾN NĂM 2025": from the year of issue, inferred and marked); then the same inside a quoted
/// programme's name (inferred and marked: a plan may start after its programme); then the year of issue (marked).
/// A vision ("tầm nhìn đến năm 2030") is read anywhere in the title.
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
        if (Range().Match(outside) is { Success: true } own)
        {
            return Between(own, vision, document.Span, null);
        }

        if (Single().Match(outside) is { Success: true } s)
        {
            var year = Year(s.Groups[1].Value);
            return new ExtractedPeriod(year, year, vision, document.Span with { Text = s.Value }, ExtractionConfidence.High, null);
        }

        if (Until(outside, document, vision, null) is { } until)
        {
            return until;
        }

        const string programme = "the period is the quoted programme's";
        if (Range().Match(title) is { Success: true } r)
        {
            return Between(r, vision, document.Span, programme + $" (\"{r.Value}\"): the plan may start later");
        }

        if (Until(title, document, vision, programme) is { } quoted)
        {
            return quoted;
        }

        return document.IssuedYear is { } issued
            ? new ExtractedPeriod(issued, issued, vision, document.Span, ExtractionConfidence.Medium, "the period is the year of issue: the title states none")
            : null;
    }

    // "đến năm 2025" (not the vision's): the last year; the first is the year of issue, so the period is inferred.
    private static ExtractedPeriod? Until(string text, ExtractedDocument document, int? vision, string? programme)
    {
        if (By().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var to = Year(m.Groups[1].Value);
        if (document.IssuedYear is not { } from || from > to)
        {
            return null;
        }

        var note = $"the title gives the last year only (\"{m.Value}\"): the first is taken as the year of issue, {from}";
        return new ExtractedPeriod(from, to, vision == to ? null : vision, document.Span with { Text = m.Value }, ExtractionConfidence.Medium,
            programme is null ? note : programme + "; " + note);
    }

    private static ExtractedPeriod Between(Match range, int? vision, SourceSpan span, string? inferred)
    {
        var (from, to) = (Year(range.Groups[1].Value), Year(range.Groups[2].Value));
        return from <= to
            ? new ExtractedPeriod(from, to, vision, span with { Text = range.Value }, inferred is null ? ExtractionConfidence.High : ExtractionConfidence.Medium, inferred)
            : new ExtractedPeriod(to, from, vision, span with { Text = range.Value }, ExtractionConfidence.Low, $"the years are written last first: read as {to}-{from}");
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"giai ?đoạn (" + VietnameseDates.YearPattern + ") ?- ?(" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"tầm ?nhìn (?:đến )?(?:năm ?)?(" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vision();

    // The plan's own year: "năm 2024", not the end of "đến năm 2025".
    [GeneratedRegex(@"(?<!đến )(?<!đến)\bnăm ?(" + VietnameseDates.YearPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Single();

    [GeneratedRegex(@"(?<!tầm ?nhìn )đến ?năm ?(" + VietnameseDates.YearPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex By();
}
