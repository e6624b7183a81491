using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gbv.Domain.Tests.Documentation;

/// <summary>
/// Every C# block of the README, docs/ and the packages' READMEs compiles against the library as printed (NodaTime's
/// rule: documentation examples are tests), so that a renamed member breaks the build, not the reader. A block may use
/// the givens of <see cref="SnippetGivens"/> for what it leaves to the reader ("your data"); a block that is a whole
/// program or a whole class needs none.
/// </summary>
public sealed partial class SnippetTests
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var names = platform.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(f => !names.Contains(Path.GetFileName(f)));
        return [.. platform.Concat(local).Select(f => MetadataReference.CreateFromFile(f))];
    });

    // What a reader's project has: the SDK's implicit usings, and the package's namespaces are imported by the block.
    private const string Prelude = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading.Tasks;
        global using Gbv.Domain.Tests.Documentation;
        global using static Gbv.Domain.Tests.Documentation.SnippetGivens;
        """;

    private static readonly string[] Documents = ["README.md", "docs", "src", "samples"];

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Markdown())
        {
            var count = CSharpBlock().Matches(File.ReadAllText(file)).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(TestFiles.RepositoryRoot, file).Replace('\\', '/'), i);
            }
        }

        return data;
    }

    [Fact]
    public void The_docs_have_the_csharp_blocks_they_are_known_to_have()
    {
        // Counted by hand: a block that stops being found (a fence written ```cs, say) would stop being compiled.
        Assert.True(Blocks().Count >= 9, $"{Blocks().Count} C# blocks found");
        Assert.Contains(Blocks(), row => row.Data.Item1 == "README.md");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_csharp_block_compiles_as_printed(string file, int index)
    {
        var code = CSharpBlock().Matches(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, file)))[index].Groups[1].Value;
        var errors = Compile(code, out var kind);
        Assert.True(errors.Count == 0, $"{file}, C# block {index + 1} ({kind}):\n" + string.Join('\n', errors));
    }

    /// <summary>Compiles a block as a program when it has statements, as a library when it is declarations only.</summary>
    internal static List<string> Compile(string code, out OutputKind kind)
    {
        var tree = CSharpSyntaxTree.ParseText(code, Parse, path: "snippet.cs");
        var program = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        kind = program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(Prelude, Parse), tree],
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    private static IEnumerable<string> Markdown() =>
        Documents.Select(d => Path.Combine(TestFiles.RepositoryRoot, d)).SelectMany(path => File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
