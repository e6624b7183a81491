using System.Text.RegularExpressions;

namespace Gbv.Domain.Tests.Scenarios;

/// <summary>
/// The Testing package writes no Vietnamese inline (issue 23): every word it prints comes from
/// Localization/ScenarioWords.resx, read through the core's word set. The files below are the exceptions, each
/// with its reason; a new Vietnamese string literal anywhere else fails, and so does an exception that no longer holds one.
/// </summary>
public sealed partial class NoInlineVietnameseTests
{
    private static readonly string Root = Path.Combine(TestFiles.RepositoryRoot, "src", "Gbv.Domain.Testing");

    /// <summary>The files allowed a Vietnamese literal, by path under src/Gbv.Domain.Testing, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["RandomPlans.cs"] = "input: the Vietnamese texts random plans are made of, never printed by the package",
    };

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    private static IEnumerable<string> Literals(string file) => File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
        .SelectMany(l => StringLiteral().Matches(l).Select(m => m.Value)).Where(s => VietnameseLetter().IsMatch(s));

    private static IEnumerable<string> Files() => Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void No_source_file_writes_a_vietnamese_string_literal_except_the_allowed_ones()
    {
        var unexplained = Files().Select(f => (Path: Path.GetRelativePath(Root, f).Replace('\\', '/'), File: f))
            .Where(f => !Allowed.ContainsKey(f.Path) && !f.Path.EndsWith("Diagnostics.cs", StringComparison.Ordinal))
            .SelectMany(f => Literals(f.File).Select(l => $"{f.Path}: {l}")).ToList();
        Assert.True(unexplained.Count == 0, "Vietnamese inline (move it to Localization/ScenarioWords.resx):\n" + string.Join('\n', unexplained));
    }

    [Fact]
    public void Every_allowed_file_still_needs_its_exception()
    {
        foreach (var (path, reason) in Allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), path);
            Assert.True(Literals(Path.Combine(Root, path)).Any(), $"{path} has no Vietnamese literal left: take it off the list");
        }
    }
}
