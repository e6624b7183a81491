using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>
/// Every file in Definitions/Malformed gives exactly the diagnostic codes listed for it in expected.tsv
/// (written by hand), never an exception, and never a plan when any of them is an error.
/// </summary>
public sealed class MalformedCorpusTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(TestFiles.Malformed, "expected.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_forty_files_and_every_file_is_listed()
    {
        var files = Directory.GetFiles(TestFiles.Malformed, "*.json").Select(f => Path.GetFileName(f)!).Order().ToList();
        var listed = Cases().Select(row => row.Data.Item1).Order().ToList();
        Assert.True(files.Count >= 40, $"only {files.Count} files");
        Assert.Equal(files, listed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_file_gives_exactly_its_expected_diagnostics(string file, string expectedCodes)
    {
        var result = PlanLoader.LoadFile(Path.Combine(TestFiles.Malformed, file));

        var expected = expectedCodes.Split(' ').Order().ToList();
        var actual = result.Diagnostics.Select(d => d.Id).Order().ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"expected {string.Join(' ', expected)}, got:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Equal(result.HasErrors, result.Plan is null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_diagnostic_has_a_location_and_a_message_in_both_languages(string file, string expectedCodes)
    {
        _ = expectedCodes;
        var result = PlanLoader.LoadFile(Path.Combine(TestFiles.Malformed, file));
        foreach (var d in result.Diagnostics)
        {
            Assert.Equal(Path.Combine(TestFiles.Malformed, file), d.Location.File);
            Assert.True(d.Location.Line > 0 && d.Location.Column > 0, $"{d} has no line and column");
            Assert.True(d.Location.Pointer.Length == 0 || d.Location.Pointer.StartsWith('/'), d.Location.Pointer);
            Assert.DoesNotContain("{0}", d.Message, StringComparison.Ordinal);
            Assert.NotEqual(d.GetMessage("en"), d.GetMessage("vi"));
        }
    }
}
