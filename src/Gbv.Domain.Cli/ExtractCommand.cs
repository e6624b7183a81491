using System.CommandLine;
using System.Globalization;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Extraction;
using Gbv.Domain.Extraction.Documents;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary><c>gbv extract</c>: a draft plan file from a plan's text, with a review report, and a comparison with a hand-encoded file.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file");
        var output = new Option<string?>("--out") { HelpName = "file.plan.json" };
        var compare = new Option<string?>("--compare") { HelpName = "file.plan.json" };
        var language = CliOptions.Language();
        var command = new Command("extract")
        {
            file, output, compare, language,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(file)!, parsed.GetValue(output), parsed.GetValue(compare), stdout, stderr, parsed.GetValue(language)!));
        return command;
    }

    internal static int Execute(string path, string? output, string? compare, TextWriter stdout, TextWriter stderr, string language = CliOptions.DefaultLanguage)
    {
        foreach (var f in new[] { path, compare }.OfType<string>())
        {
            if (!File.Exists(f))
            {
                Refusal.Write(stderr, language, "File.NoSuchFile", f);
                return ExitCodes.CouldNotRun;
            }
        }

        if (output is not null && !CliOptions.CanWriteFile("--out", output, [path, compare], stderr, language))
        {
            return ExitCodes.CouldNotRun;
        }

        var problems = new List<Diagnostic>();
        var text = DocumentText.Read(path, problems);
        var extraction = text is null ? null : PlanExtractor.Extract(text, path);
        foreach (var d in problems.Concat(extraction?.Diagnostics ?? []))
        {
            stderr.WriteLine(d.ToString(language));
        }

        if (extraction?.Draft is not { } draft)
        {
            return ExitCodes.Errors;
        }

        var vi = Gbv.Domain.Localization.Languages.IsVietnamese(language);
        stdout.WriteLine(CliWords.Format("Extract.Review", vi, Path.GetFileName(path), extraction.Elements.Length.ToString(CultureInfo.InvariantCulture),
            extraction.Elements.Count(e => e.Review is not null).ToString(CultureInfo.InvariantCulture)));
        foreach (var element in extraction.Elements)
        {
            stdout.WriteLine(CliWords.Format("Extract.Element", vi, element.Span.Line.ToString(CultureInfo.InvariantCulture), element.KindIn(language), element.Describe(language), element.ConfidenceIn(language))
                + (element.ReviewIn(language) is { } review ? CliWords.Format("Extract.ToReview", vi, review) : string.Empty));
            stdout.WriteLine($"    \"{element.Span.Text}\"");
        }

        if (output is not null)
        {
            CliOptions.WriteFileAtomically(output, extraction.DraftJson() ?? string.Empty);
            stdout.WriteLine(CliWords.Format("Extract.Written", vi, output));
        }

        if (compare is not null)
        {
            var expected = PlanDefinitionReader.ReadFile(compare);
            if (expected.Definition is not { } hand)
            {
                foreach (var d in expected.Diagnostics)
                {
                    stderr.WriteLine(d.ToString(language));
                }

                return ExitCodes.Errors;
            }

            WriteComparison(ExtractionComparer.Compare(draft, hand), stdout, vi);
        }

        return ExitCodes.Valid;
    }

    internal static void WriteComparison(IReadOnlyList<KindScore> scores, TextWriter stdout, bool vi)
    {
        stdout.WriteLine();
        stdout.WriteLine(CliWords.Get("Extract.Columns", vi));
        stdout.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var language = vi ? "vi" : "en";
        // A share as each language writes it: 97.8% in English, 97,8% in Vietnamese.
        string Share(decimal share)
        {
            var text = (share * 100).ToString("0.#", CultureInfo.InvariantCulture);
            return vi ? text.Replace('.', ',') : text;
        }

        foreach (var s in scores)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.KindIn(language)} | {s.Expected} | {s.Extracted} | {s.Found} | {s.Wrong} | {s.Missed} | {Share(s.Precision)}% | {Share(s.Recall)}% |"));
        }

        foreach (var line in scores.SelectMany(s => s.DetailsIn(language)))
        {
            stdout.WriteLine("- " + line);
        }
    }
}
