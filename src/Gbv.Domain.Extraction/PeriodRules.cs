using Gbv.Domain.Extraction.Localization;
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
            return document?.IssuedYear is { } y ? Inferred(y, null, document.Span) : null;
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

        var programme = Note.Of("Review.ProgrammeOnly");
        if (Range().Match(title) is { Success: true } r)
        {
            return Between(r, vision, document.Span, Note.Of("Review.Programme", r.Value));
        }

        if (Until(title, document, vision, programme) is { } quoted)
        {
            return quoted;
        }

        return document.IssuedYear is { } issued
            ? Inferred(issued, vision, document.Span)
            : null;
    }

    // "đến năm 2025" (not the vision's): the last year; the first is the year of issue, so the period is inferred.
    private static ExtractedPeriod? Until(string text, ExtractedDocument document, int? vision, Note? programme)
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

        var note = Note.Of("Review.LastYearOnly", m.Value, from);
        Note[] notes = programme is { } p ? [p, note] : [note];
        return new ExtractedPeriod(from, to, vision == to ? null : vision, document.Span with { Text = m.Value }, ExtractionConfidence.Medium, Note.English(notes))
        {
            ReviewVi = Note.Vietnamese(notes),
        };
    }

    private static ExtractedPeriod Between(Match range, int? vision, SourceSpan span, Note? inferred)
    {
        var (from, to) = (Year(range.Groups[1].Value), Year(range.Groups[2].Value));
        return from <= to
            ? new ExtractedPeriod(from, to, vision, span with { Text = range.Value }, inferred is null ? ExtractionConfidence.High : ExtractionConfidence.Medium, inferred?.En) { ReviewVi = inferred?.Vi }
            : Reviewed(new ExtractedPeriod(to, from, vision, span with { Text = range.Value }, ExtractionConfidence.Low, null), Note.Of("Review.YearsReversed", to, from));
    }

    // The period is the year of issue: the title states none.
    private static ExtractedPeriod Inferred(int year, int? vision, SourceSpan span) =>
        Reviewed(new ExtractedPeriod(year, year, vision, span, ExtractionConfidence.Medium, null), Note.Of("Review.YearOfIssue"));

    private static ExtractedPeriod Reviewed(ExtractedPeriod period, Note note) => period with { Review = note.En, ReviewVi = note.Vi };

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
