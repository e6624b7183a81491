using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// GBV1003 and GBV1000 carried .NET's English sentence inside the Vietnamese message ("Lỗi cú pháp JSON: '}' is an
/// invalid start of a value"); each now says what is wrong in both languages, at the same place.
/// </summary>
public sealed class OwnWordsTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"));

    // Characters that make syntax errors of every kind when put into a plan.
    private const string Alphabet = "{}[],:\"\\0e-+.tfnx \n\t/*'u";

    // Words of the library's sentences; none belongs in a Vietnamese message.
    private static readonly string[] English = ["Expected", "expected", "invalid", "instead", "reached", "should", "escaped", "property", "Could not", "denied", "file '", "path"];

    [Theory]
    [InlineData("{\"a\": }", 1, 7, "'}' is an invalid start of a value", "'}' không thể mở đầu một giá trị")]
    [InlineData("{\"a\" 1}", 1, 6, "'1' is invalid after a property name. Expected a ':'", "'1' không hợp lệ sau tên thuộc tính. Cần ':'")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "'\"' is invalid after a value. Expected either ',', '}', or ']'", "'\"' không hợp lệ sau một giá trị. Cần ',', '}' hoặc ']'")]
    [InlineData("{'a': 1}", 1, 2, "''' is an invalid start of a property name. Expected a '\"'", "''' không thể mở đầu tên thuộc tính. Cần '\"'")]
    [InlineData("{\"a\": 1}\n{}", 2, 1, "'{' is invalid after the file's one JSON value: the file should end here", "'{' không hợp lệ sau giá trị JSON duy nhất của tệp: tệp phải kết thúc tại đây")]
    [InlineData("{\"a\": tru}", 1, 10, "A value here starts like 'true' but is not 'true'", "Giá trị tại đây bắt đầu như 'true' nhưng không phải 'true'")]
    [InlineData("{\"a\": 01}", 1, 8, "Invalid leading zero before '1'", "Số không được có chữ số 0 ở đầu, trước '1'")]
    [InlineData("{\"a\": 1.}", 1, 9, "'}' is invalid within a number, immediately after a decimal point ('.'). Expected a digit ('0'-'9')", "'}' không hợp lệ trong một số, ngay sau dấu thập phân ('.'). Cần một chữ số ('0'-'9')")]
    [InlineData("{\"a\": \"x\\qy\"}", 1, 10, "'q' is an invalid escapable character within a JSON string. The string should be correctly escaped", "'q' không thể đứng sau dấu '\\' trong chuỗi JSON; chỉ được dùng \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t hoặc \\u và bốn chữ số thập lục phân")]
    [InlineData("{\"a\": [1}", 1, 9, "'}' is invalid without a matching open", "'}' không có dấu mở tương ứng")]
    [InlineData("{\"a\": [1, 2]", 1, 13, "The file ends inside an object or array that is not closed", "Tệp kết thúc khi còn đối tượng hoặc danh sách chưa đóng")]
    public void A_syntax_error_says_what_is_wrong_in_each_language_at_its_place(string json, int line, int column, string en, string vi)
    {
        var d = Assert.Single(PlanDefinitionReader.Read(json, "plan.json").Diagnostics);
        Assert.Equal(("GBV1003", line, column), (d.Id, d.Location.Line, d.Location.Column));
        Assert.Equal("JSON syntax error: " + en, d.GetMessage("en"));
        Assert.Equal("Lỗi cú pháp JSON: " + vi, d.GetMessage("vi"));
    }

    /// <summary>System.Text.Json quotes a bad literal with the rest of the file: 1,000 agencies after it were in the message.</summary>
    [Fact]
    public void A_bad_literal_never_quotes_the_rest_of_the_file()
    {
        var rest = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"{{\"id\": \"co-quan-{i}\"}}"));
        var d = Assert.Single(PlanDefinitionReader.Read("{\"a\": nul, \"agencies\": [" + rest + "]}", "plan.json").Diagnostics);
        Assert.Equal("JSON syntax error: A value here starts like 'null' but is not 'null'", d.GetMessage("en"));
        Assert.Equal("Lỗi cú pháp JSON: Giá trị tại đây bắt đầu như 'null' nhưng không phải 'null'", d.GetMessage("vi"));
    }

    [Fact]
    public void A_string_that_never_closes_is_said_so_in_both_languages()
    {
        var d = Assert.Single(PlanDefinitionReader.Read("{\"title\": \"Kế hoạch", "plan.json").Diagnostics);
        Assert.Equal("JSON syntax error: Expected end of string, but instead reached end of data", d.GetMessage("en"));
        Assert.Equal("Lỗi cú pháp JSON: Cần dấu '\"' đóng chuỗi, nhưng tệp đã hết", d.GetMessage("vi"));
        Assert.Equal(1, d.Location.Line);
    }

    /// <summary>Whatever syntax error a damaged plan has, it is one the tool has words for, and its Vietnamese is Vietnamese.</summary>
    [Property(MaxTest = 400)]
    public Property Every_syntax_error_of_a_damaged_plan_has_the_tools_words() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (seed, edits) =>
        {
            var random = new Random(seed);
            var bytes = new List<byte>(Seed);
            for (var i = 0; i < edits; i++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = (byte)Alphabet[random.Next(Alphabet.Length)]; break;
                    case 1: bytes.Insert(at, (byte)Alphabet[random.Next(Alphabet.Length)]); break;
                    default: bytes.RemoveAt(at); break;
                }
            }

            foreach (var d in PlanDefinitionReader.ReadUtf8(bytes.ToArray(), "damaged.json").Diagnostics.Where(d => d.Id == "GBV1003"))
            {
                Assert.DoesNotContain("not valid JSON here", d.GetMessage("en"), StringComparison.Ordinal);
                Assert.True(d.Location.Line > 0, d.ToString());
                var vi = d.GetMessage("vi");
                Assert.All(English, word => Assert.DoesNotContain(word, vi, StringComparison.Ordinal));
            }
        });

    [Fact]
    public void A_missing_file_a_missing_folder_and_a_folder_are_said_in_each_language()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-own-words-");
        try
        {
            (string Path, string En, string Vi)[] cases =
            [
                (Path.Combine(folder.FullName, "none.json"), "the file does not exist", "tệp không tồn tại"),
                (Path.Combine(folder.FullName, "none", "plan.json"), "a folder on its path does not exist", "một thư mục trên đường dẫn không tồn tại"),
                (folder.FullName, "it is a folder, not a file", "đây là thư mục, không phải tệp"),
            ];
            foreach (var (path, en, vi) in cases)
            {
                var d = Assert.Single(PlanLoader.LoadFile(path).Diagnostics);
                Assert.Equal(("GBV1000", path, 0), (d.Id, d.Location.File, d.Location.Line));
                Assert.Equal("The file cannot be read: " + en, d.GetMessage("en"));
                Assert.Equal("Không đọc được tệp: " + vi, d.GetMessage("vi"));
            }

            // A scenario file's syntax error is worded as a plan file's (it was one sentence for every kind).
            var broken = Path.Combine(folder.FullName, "broken.tests.json");
            File.WriteAllText(broken, "{\n  \"format\": \"gbv-tests/1\",\n  \"plan\": }\n");
            var syntax = Assert.Single(ScenarioRunner.RunFile(broken).Problems);
            Assert.Equal(("GBV1003", 3), (syntax.Id, syntax.Location.Line));
            Assert.Equal("Lỗi cú pháp JSON: '}' không thể mở đầu một giá trị", syntax.GetMessage("vi"));
            Assert.Equal("JSON syntax error: '}' is an invalid start of a value", syntax.GetMessage("en"));
            File.Delete(broken);

            var scenario = Assert.Single(ScenarioRunner.RunFile(folder.FullName).Problems);
            Assert.Equal("Không đọc được tệp: đây là thư mục, không phải tệp", scenario.GetMessage("vi"));
            Assert.Equal("Không đọc được tệp: tệp không tồn tại", Assert.Single(ScenarioRunner.RunFile(Path.Combine(folder.FullName, "x.tests.json")).Problems).GetMessage("vi"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_stream_that_fails_is_said_in_each_language()
    {
        var d = Assert.Single(PlanDefinitionReader.ReadStream(new FailingStream()).Diagnostics);
        Assert.Equal("The file cannot be read: reading the stream failed", d.GetMessage("en"));
        Assert.Equal("Không đọc được tệp: không đọc được luồng dữ liệu", d.GetMessage("vi"));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Input/output error");

        public override int Read(Span<byte> buffer) => throw new IOException("Input/output error");
    }
}
