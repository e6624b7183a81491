namespace Gbv.Domain.Tests.Architecture;

/// <summary>
/// No source file is a god file: a file over 15 KB holds more than one concept, and is split by what it holds (one
/// part of a plan, one kind of expectation, one concept of an engine), not by line count (docs/architecture.md).
/// </summary>
public sealed class FileSizeTests
{
    /// <summary>The largest a source file may be, in bytes.</summary>
    public const long MaxBytes = 15 * 1024;

    [Fact]
    public void No_source_file_under_src_is_over_15_KB()
    {
        var src = Path.Combine(TestFiles.RepositoryRoot, "src");
        var all = SourceFiles(src).ToList();
        var over = Oversized(src).ToList();

        // A check that found no files would pass comparing nothing.
        Assert.True(all.Count > 100, $"only {all.Count} .cs files found under {src}");
        Assert.True(over.Count == 0, "Over 15 KB (15,360 bytes), split by what they hold: " + string.Join(", ", over.Select(f => $"{f.Path} ({f.Bytes:N0} bytes)")));
    }

    [Fact]
    public void The_check_names_a_file_one_byte_over_and_skips_bin_obj_and_other_extensions()
    {
        var root = Directory.CreateTempSubdirectory("gbv-sizes-").FullName;
        try
        {
            void Write(string relative, long bytes)
            {
                var path = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, new byte[bytes]);
            }

            Write("A/Exactly.cs", MaxBytes);
            Write("A/Over.cs", MaxBytes + 1);
            Write("A/obj/Debug/Generated.cs", MaxBytes * 4);
            Write("A/bin/Debug/Copied.cs", MaxBytes * 4);
            Write("A/Data.json", MaxBytes * 4);

            var over = Oversized(root).ToList();

            Assert.Equal([(Path.Combine("A", "Over.cs"), MaxBytes + 1)], over);
            Assert.Equal(2, SourceFiles(root).Count());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The .cs files under a folder, outside build output (bin, obj).</summary>
    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => part is "bin" or "obj"));

    /// <summary>The source files over <see cref="MaxBytes"/>, relative to the folder, largest first.</summary>
    private static IEnumerable<(string Path, long Bytes)> Oversized(string root) =>
        SourceFiles(root)
            .Select(f => (Path: Path.GetRelativePath(root, f), Bytes: new FileInfo(f).Length))
            .Where(f => f.Bytes > MaxBytes)
            .OrderByDescending(f => f.Bytes)
            .ThenBy(f => f.Path, StringComparer.Ordinal);
}
