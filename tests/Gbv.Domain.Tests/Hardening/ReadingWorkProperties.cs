using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// Reading a plan file costs work in proportion to its size (issue 25: a 16 MB file of millions of empty strings ran
/// `validate` for ten minutes at 1.6 GB). Work is counted, never timed: bytes decoded to place diagnostics.
/// </summary>
public sealed class ReadingWorkProperties
{
    // A plan file on one line whose "agencies" are n empty strings: each is a diagnostic, each needs a column.
    private static byte[] EmptyStrings(int n) =>
        Encoding.UTF8.GetBytes("{\"format\":\"gbv-plan/1\",\"id\":\"x\",\"agencies\":[" + string.Join(',', Enumerable.Repeat("\"\"", n)) + "]}");

    private static long WorkToLocateEvery(int n)
    {
        var map = PlanDefinitionReader.ReadUtf8(EmptyStrings(n), "plan.json").SourceMap;
        for (var i = 0; i < n; i++)
        {
            map.Locate("/agencies/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return map.BytesDecoded;
    }

    /// <summary>Counting from the line's start each time made this quadratic: four times the strings, sixteen times the work.</summary>
    [Property(MaxTest = 10)]
    public Property Placing_every_value_of_a_one_line_file_is_linear_in_its_size() =>
        Prop.ForAll(Gen.Choose(2_000, 6_000).ToArbitrary(), n =>
        {
            // At most one checkpoint stride decoded per value placed (and the file once), at either size: linear in the number of values
            // (placing each from its line's start would decode up to the whole line, 3n bytes, per value). A ratio of
            // the two sizes' work is not asserted: where values fall between checkpoints makes it vary.
            var (small, large) = (WorkToLocateEvery(n), WorkToLocateEvery(4 * n));
            Assert.True(small <= ((long)n * LineIndex.Stride) + EmptyStrings(n).Length, $"{n} strings: {small} bytes decoded");
            Assert.True(large <= (4L * n * LineIndex.Stride) + EmptyStrings(4 * n).Length, $"{4 * n} strings: {large} bytes decoded");
        });

    /// <summary>Multi-byte letters across checkpoint boundaries: the column is in characters, as an editor shows it.</summary>
    [Property(MaxTest = 200)]
    public Property Columns_from_checkpoints_equal_columns_counted_from_the_line_start() =>
        Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), Gen.Elements("a", "ệ", "𝔸", "\n").ArrayOf().ToArbitrary(), (pad, parts) =>
        {
            var text = new string('x', pad) + string.Concat(parts) + "\"end\"";
            var bytes = Encoding.UTF8.GetBytes(text);
            var offset = bytes.Length - 5;
            var index = new LineIndex(bytes);
            var lineStart = text.LastIndexOf('\n') + 1;
            Assert.Equal((text.Count(c => c == '\n') + 1, text.Length - 5 - lineStart + 1), index.Position(offset));
        });

    [Fact]
    public void Millions_of_problems_are_listed_up_to_the_limit_and_then_counted()
    {
        var result = PlanDefinitionReader.ReadUtf8(EmptyStrings(300_000), "plan.json");
        Assert.Null(result.Definition);
        Assert.Equal(JsonLimits.MaxDiagnostics + 1, result.Diagnostics.Length);
        var last = result.Diagnostics[^1];
        Assert.Equal("GBV1126", last.Id);
        Assert.Matches("^More than 1,000 problems in this file; 299,00[0-9] more are not listed: fix these first$", last.GetMessage("en"));
        Assert.All(result.Diagnostics.Take(JsonLimits.MaxDiagnostics), d => Assert.Equal(1, d.Location.Line));
    }
}
