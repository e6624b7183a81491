using System.Text.RegularExpressions;
using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// docs/diagnostics.md is what a plan author reads to understand a code: its title, its two messages and, for a file
/// problem, a real file and the line printed for it. A message reworded in the code and not on the page, or an example
/// that no longer prints what the page shows, fails here.
/// </summary>
public sealed partial class DiagnosticsPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "diagnostics.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Codes() => [.. DiagnosticCatalog.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_page_gives_each_code_s_title_severity_and_both_messages_as_the_library_has_them(string id)
    {
        var d = DiagnosticCatalog.All.Single(x => x.Id == id);
        var section = Section(id);
        var severity = d.DefaultSeverity.ToString().ToLowerInvariant();
        Assert.Contains($"\n**{d.Title}** ({severity})\n", section, StringComparison.Ordinal);
        Assert.Contains($"\n- English: {d.MessageFormatEn}\n", section, StringComparison.Ordinal);
        Assert.Contains($"\n- Tiếng Việt: {d.MessageFormatVi}\n", section, StringComparison.Ordinal);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {severity} | {d.Title} |", Page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> FileExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (Match m in FileExample().Matches(Page))
        {
            data.Add(m.Groups["id"].Value, m.Groups["file"].Value, m.Groups["line"].Value);
        }

        return data;
    }

    [Fact]
    public void Every_code_a_plan_file_can_give_has_a_file_example()
    {
        Assert.True(FileExamples().Count >= 70, $"{FileExamples().Count} file examples");
    }

    [Theory]
    [MemberData(nameof(FileExamples))]
    public void Each_file_example_prints_the_line_the_page_shows(string id, string file, string line)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Malformed, file));
        var result = PlanLoader.LoadUtf8(bytes, file);
        var printed = result.Diagnostics.Where(d => d.Id == id).Select(d => d.ToString("en")).ToList();
        Assert.Contains(line, printed);

        // The same diagnostic in Vietnamese is Vietnamese: its own wording, every placeholder filled.
        var vi = result.Diagnostics.First(d => d.ToString("en") == line).GetMessage("vi");
        Assert.DoesNotMatch(@"\{[0-9]+\}", vi);
        Assert.NotEqual(result.Diagnostics.First(d => d.ToString("en") == line).Message, vi);
    }

    private static string Section(string id)
    {
        var start = Page.IndexOf($"\n## {id}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {id}");
        var end = Page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return Page[start..(end < 0 ? Page.Length : end)];
    }

    [GeneratedRegex(@"\n## (?<id>GBV\d{4})\n(?:(?!\n## ).)*?\nExample \(`(?<file>[^`]+)`\):\n\n```json\n.*?```\n\n```text\n(?<line>[^\n]+)\n```", RegexOptions.Singleline)]
    private static partial Regex FileExample();
}
