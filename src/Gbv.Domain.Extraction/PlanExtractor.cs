using Gbv.Domain.Extraction.Localization;
using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Drafts a plan definition from a plan's own Vietnamese text, deterministically: rules, tables and documented
/// heuristics only (docs/extraction.md), no network and no language model. Every element keeps the line it came from;
/// everything uncertain is a <see cref="DiagnosticSeverity.Review"/> diagnostic; nothing is invented.
/// </summary>
public static class PlanExtractor
{
    /// <summary>The longest text read, in characters: a 30-page plan is about 100,000.</summary>
    public const int MaxCharacters = 5_000_000;

    /// <summary>Reads a plan's text. Never throws for any text; the same text gives the same result.</summary>
    /// <param name="text">The plan's text (from a .txt, .docx or .pdf).</param>
    /// <param name="source">The file name for diagnostics.</param>
    public static PlanExtraction Extract(string text, string source = "<text>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var at = new SourceLocation(source, string.Empty, 0, 0);
        if (text.Length > MaxCharacters)
        {
            return Failed(Diagnostic.Create(ExtractionDiagnostics.TextTooLong, at,
                text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters", MaxCharacters.ToString("N0", CultureInfo.InvariantCulture) + " characters"));
        }

        if (Binary(text) is { } why)
        {
            return Failed(Diagnostic.Create(ExtractionDiagnostics.NotText, at, why));
        }

        var lines = TextNormalizer.Lines(text);
        if (lines.Count == 0)
        {
            return Failed(Diagnostic.Create(ExtractionDiagnostics.NoDocumentText, at));
        }

        var document = DocumentRules.Read(lines);
        var period = PeriodRules.Read(document);
        var elements = ImmutableArray.CreateBuilder<ExtractedElement>();
        if (document is not null)
        {
            elements.Add(document);
        }

        if (period is not null)
        {
            elements.Add(period);
        }

        elements.AddRange(ReferenceRules.Read(lines, document?.Number, DocumentRules.BodyStart(lines)));
        elements.AddRange(TargetRules.Read(lines, period));
        elements.AddRange(DeadlineRules.Read(lines));
        elements.AddRange(CalendarRules.Campaigns(lines));
        elements.AddRange(CalendarRules.Days(lines));
        elements.AddRange(CalendarRules.Reviews(lines, period));
        elements.AddRange(ServiceRules.Read(lines));
        elements.AddRange(TaskRules.Read(lines));

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!elements.Any(e => e is ExtractedReference or ExtractedTarget or ExtractedDeadline) && document?.Number is null)
        {
            diagnostics.Add(Diagnostic.Create(ExtractionDiagnostics.NothingExtracted, at));
        }

        var cutNote = CutShort(lines, document?.Form ?? "plan");
        var cut = cutNote?.En;
        if (cutNote is { } note)
        {
            diagnostics.Add(Diagnostic.Create(ExtractionDiagnostics.TextCutShort, new SourceLocation(source, string.Empty, lines[^1].Number, 0), [note.En], [note.Vi]));
        }

        foreach (var element in elements.Where(e => e.Review is not null))
        {
            diagnostics.Add(Diagnostic.Create(ExtractionDiagnostics.ReviewElement, new SourceLocation(source, string.Empty, element.Span.Line, 0),
                [element.Kind.ToString(), element.Span.Text, element.Review!], [element.KindIn("vi"), element.Span.Text, element.ReviewIn("vi")!]));
        }

        var all = elements.ToImmutable();
        // The draft is Vietnamese, its note on a cut too; CutShort keeps the English of the API.
        return new PlanExtraction(all, DraftBuilder.Build(all, source, cutNote?.Vi), diagnostics.ToImmutable()) { CutShort = cut };
    }

    /// <summary>
    /// Where a text that is cut short stops, or null: a "[...]" left where text was dropped, a last line that ends
    /// mid-word or mid-sentence (a sentence's length with no closing mark), or, for a plan or a decision, neither a
    /// signature block nor a section on carrying it out. A page's last menu words ("Tin khác", "×") are not a sentence.
    /// </summary>
    internal static Note? CutShort(IReadOnlyList<SourceLine> lines, string form)
    {
        if (lines.FirstOrDefault(l => l.Text is "[...]" or "[…]") is { } gap)
        {
            return Note.Of("Cut.LeftOut", gap.Number, gap.Text);
        }

        var last = lines[^1];
        var text = last.Text.TrimEnd();
        if (text.Length >= 30 && !EndsSentence(text))
        {
            return Note.Of("Cut.MidSentence", last.Number, text[Math.Max(0, text.Length - 40)..]);
        }

        if (form is "plan" or "decision" && !lines.Any(l => Closing(l.Text)))
        {
            return Note.Of("Cut.NoEnd", last.Number, text[Math.Max(0, text.Length - 40)..]);
        }

        return null;
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or ';' or ':' or '!' or '?' or '"' or ')' or '…' or '/';

    private static bool Closing(string text) =>
        text.StartsWith("Nơi nhận", StringComparison.Ordinal) || text.StartsWith("TM.", StringComparison.Ordinal) || text.StartsWith("KT.", StringComparison.Ordinal)
        || text.Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal) || text.Contains("Tổ chức thực hiện", StringComparison.Ordinal)
        || text.StartsWith("Trên đây là", StringComparison.Ordinal);

    private static PlanExtraction Failed(Diagnostic diagnostic) => new([], null, [diagnostic]);

    // Text decoded from a binary file has NULs or is mostly control characters and replacement characters.
    private static string? Binary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65_536));
        var odd = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return "it contains NUL bytes";
            }

            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                odd++;
            }
        }

        return sample.Length > 0 && odd * 20 > sample.Length ? "more than 5% of its characters are control or undecodable bytes" : null;
    }
}
