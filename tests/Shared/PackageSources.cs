using System.Text.RegularExpressions;

namespace Gbv.Domain.Tests;

/// <summary>
/// One package's C# sources and the Vietnamese string literals in their code: the one reading behind each package's
/// test that no Vietnamese is written inline (every word printed comes from a resource file).
/// </summary>
internal sealed partial class PackageSources(string package)
{
    /// <summary>The core, src/Gbv.Domain.</summary>
    public static PackageSources Core { get; } = new("Gbv.Domain");

    /// <summary>The package's folder under src.</summary>
    public string Root { get; } = Path.Combine(TestFiles.RepositoryRoot, "src", package);

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    /// <summary>Every C# file of the package, build output left out.</summary>
    public IEnumerable<string> Files() => Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>A file's path under the package's folder, with forward slashes.</summary>
    public string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    /// <summary>
    /// Each Vietnamese literal of the package's code as "path: literal", but in the files allowed one (by path under the
    /// package's folder) and, where <paramref name="descriptors"/>, in the diagnostic descriptor files (*Diagnostics.cs),
    /// whose public descriptors take both languages together by design.
    /// </summary>
    public List<string> Unexplained(IReadOnlyDictionary<string, string> allowed, bool descriptors) =>
        [.. Files().Select(f => (Path: Relative(f), File: f))
            .Where(f => !allowed.ContainsKey(f.Path) && !(descriptors && IsDescriptorFile(f.Path)))
            .SelectMany(f => VietnameseLiterals(Code(f.File)).Select(l => $"{f.Path}: {l}"))];

    /// <summary>The allowed files that no longer hold a Vietnamese literal (or do not exist), or whose reason is empty.</summary>
    public List<string> StaleExceptions(IReadOnlyDictionary<string, string> allowed) =>
        [.. allowed.Where(p => string.IsNullOrWhiteSpace(p.Value) || !File.Exists(Path.Combine(Root, p.Key)) || !VietnameseLiterals(Code(Path.Combine(Root, p.Key))).Any())
            .Select(p => p.Key)];

    /// <summary>Whether a file holds diagnostic descriptors.</summary>
    public static bool IsDescriptorFile(string path) => path.EndsWith("Diagnostics.cs", StringComparison.Ordinal);

    /// <summary>A file's lines of code: comment lines (XML documentation included) left out.</summary>
    public static IEnumerable<string> Code(string file) => Code(File.ReadLines(file));

    /// <summary>Lines of code: comment lines (XML documentation included) left out.</summary>
    public static IEnumerable<string> Code(IEnumerable<string> lines) => lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));

    /// <summary>The string literals with a Vietnamese letter in them.</summary>
    public static IEnumerable<string> VietnameseLiterals(IEnumerable<string> lines) =>
        lines.SelectMany(l => StringLiteral().Matches(l).Select(m => m.Value)).Where(s => VietnameseLetter().IsMatch(s));
}
