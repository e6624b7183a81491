using System.Text.RegularExpressions;

namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// The core writes no Vietnamese inline: every word it prints comes from a resource file (Words, Nouns, Checks,
/// ReadingWords, Explanations), as the tool's come from CliWords. The files below are the exceptions, each with its reason; a new
/// Vietnamese string literal anywhere else fails, and so does an exception that no longer holds one.
/// </summary>
public sealed class NoInlineVietnameseTests
{
    /// <summary>The files allowed a Vietnamese literal, by path under src/Gbv.Domain, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Indicators/ThresholdPhrase.cs"] = "input: the threshold words plans write (\"trên\", \"tối thiểu\", \"lần/năm\"), read, never printed",
        ["Referrals/DefaultReferralRules.cs"] = "data: the law's own words, quoted verbatim as a plan file quotes its source, and the decrees' numbers (\"NĐ-CP\") in the English citations; the rules' and services' names are in Words.resx",
    };

    // A diagnostic's descriptor takes its message in both languages together, by design (Diagnostics/DiagnosticDescriptor).
    private static bool IsDescriptorFile(string path) => path.EndsWith("Diagnostics.cs", StringComparison.Ordinal);

    [Fact]
    public void No_core_source_file_writes_a_vietnamese_string_literal_except_the_allowed_ones()
    {
        var inline = CoreSources.Files()
            .Select(f => (Path: CoreSources.Relative(f), Literals: CoreSources.VietnameseLiterals(CoreSources.Code(f)).ToList()))
            .Where(f => f.Literals.Count > 0)
            .ToList();
        var unexplained = inline.Where(f => !Allowed.ContainsKey(f.Path) && !IsDescriptorFile(f.Path)).SelectMany(f => f.Literals.Select(l => $"{f.Path}: {l}")).ToList();
        Assert.True(unexplained.Count == 0, "Vietnamese inline in the core's code (move it to a resource file under Localization/):\n" + string.Join('\n', unexplained));

        // The descriptors are many; the check has something to look at.
        Assert.True(inline.Count(f => IsDescriptorFile(f.Path)) >= 10, "the descriptor files no longer show their Vietnamese: the pattern no longer matches");
    }

    [Fact]
    public void Every_allowed_file_exists_and_still_needs_its_exception()
    {
        foreach (var (path, reason) in Allowed)
        {
            var file = Path.Combine(CoreSources.Root, path);
            Assert.True(File.Exists(file), $"{path} is allowed Vietnamese but does not exist");
            Assert.False(string.IsNullOrWhiteSpace(reason), path);
            Assert.True(CoreSources.VietnameseLiterals(CoreSources.Code(file)).Any(), $"{path} has no Vietnamese literal left: take it off the list");
        }
    }

    [Fact]
    public void The_check_finds_a_vietnamese_literal_and_passes_over_comments_and_english()
    {
        string[] lines =
        [
            "/// <summary>Final review (\"Tổng kết\").</summary>",
            "    // \"Sơ kết\" is the mid-term review",
            "    var en = \"final review\";",
            "    var vi = $\"Tổng kết năm {year}\";",
            "    Comparison.MoreThan => (\"needs more than\", \"cần trên\"),",
            "    var hard = \"Đ\" + \"ĐẠT\";",
        ];
        Assert.Equal(["\"Tổng kết năm {year}\"", "\"cần trên\"", "\"Đ\"", "\"ĐẠT\""], CoreSources.VietnameseLiterals(CoreSources.Code(lines)));
    }
}

/// <summary>The core's source files and the Vietnamese string literals in their code, as the tool's test reads its own.</summary>
internal static partial class CoreSources
{
    public static string Root { get; } = Path.Combine(TestFiles.RepositoryRoot, "src", "Gbv.Domain");

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    /// <summary>Every C# file of the core, build output left out.</summary>
    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>A file's path under src/Gbv.Domain, with forward slashes.</summary>
    public static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    /// <summary>A file's lines of code: comment lines (XML documentation included) left out.</summary>
    public static IEnumerable<string> Code(string file) => Code(File.ReadLines(file));

    /// <summary>Lines of code: comment lines (XML documentation included) left out.</summary>
    public static IEnumerable<string> Code(IEnumerable<string> lines) => lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));

    /// <summary>The string literals with a Vietnamese letter in them.</summary>
    public static IEnumerable<string> VietnameseLiterals(IEnumerable<string> lines) =>
        lines.SelectMany(l => StringLiteral().Matches(l).Select(m => m.Value)).Where(s => VietnameseLetter().IsMatch(s));
}
