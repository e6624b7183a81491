using System.Text;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Definitions;

public sealed class ReaderTests
{
    /// <summary>What the library adds to a message (why, "did you mean") is in the message's language, not only in English.</summary>
    [Fact]
    public void A_vietnamese_message_says_the_library_s_words_in_vietnamese()
    {
        var issuer = Assert.Single(PlanLoader.Load(TestFiles.MinimalPlan.Replace("\"issuer\": \"ubnd\"", "\"issuer\": \"ubnd-xa\"", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal("No agency has the id \"ubnd-xa\" (the issuer must be one of \"agencies\")", issuer.GetMessage("en"));
        Assert.Equal("Không có cơ quan nào mang mã \"ubnd-xa\" (cơ quan ban hành phải có trong \"agencies\")", issuer.GetMessage("vi"));
        Assert.Equal(["ubnd-xa", " (the issuer must be one of \"agencies\")"], issuer.Arguments);

        var typo = Assert.Single(PlanLoader.Load(TestFiles.MinimalPlan.Replace("\"issuer\": \"ubnd\"", "\"issuer\": \"ubdn\"", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal("No agency has the id \"ubdn\" (the issuer must be one of \"agencies\"); did you mean \"ubnd\"?", typo.GetMessage("en"));
        Assert.Equal("Không có cơ quan nào mang mã \"ubdn\" (cơ quan ban hành phải có trong \"agencies\"); có phải ý bạn là \"ubnd\"?", typo.GetMessage("vi"));
    }

    [Fact]
    public void A_diagnostic_points_at_the_line_and_column_of_the_offending_value()
    {
        var text = TestFiles.MinimalPlan.Replace("\"level\": \"commune\"", "\"level\": 3", StringComparison.Ordinal);
        var result = PlanDefinitionReader.Read(text, "plan.json");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("GBV1102", d.Id);
        Assert.Equal(new SourceLocation("plan.json", "/level", 6, 12), d.Location);
        Assert.Equal("plan.json(6,12): error GBV1102: Expected a string here, found the number 3", d.ToString());
    }

    [Theory]
    [InlineData("\"level\": \"commune\"", "\"level\": 3", "/level", "Expected a string here, found the number 3", "Cần chuỗi tại đây, nhưng gặp số 3")]
    [InlineData("\"agencies\": [", "\"agencies\": {}, \"x\": [", "/agencies", "Expected an array here, found an object", "Cần danh sách tại đây, nhưng gặp đối tượng")]
    [InlineData("\"from\": 2024", "\"from\": \"2024\"", "/period/from", "Expected a whole number here, found a string", "Cần số nguyên tại đây, nhưng gặp chuỗi")]
    [InlineData("\"from\": 2024", "\"from\": true", "/period/from", "Expected a whole number here, found true", "Cần số nguyên tại đây, nhưng gặp true")]
    [InlineData("\"from\": 2024", "\"from\": 1e12", "/period/from", "1e12 is not allowed here: expected a whole number from -2147483648 to 2147483647",
        "Không chấp nhận 1e12 tại đây: cần số nguyên từ -2147483648 đến 2147483647")]
    public void A_value_of_the_wrong_kind_is_named_in_the_reader_s_words_in_both_languages(string from, string to, string pointer, string en, string vi)
    {
        var text = TestFiles.MinimalPlan.Replace(from, to, StringComparison.Ordinal);
        var d = PlanDefinitionReader.Read(text, "plan.json").Diagnostics.First(x => x.Location.Pointer == pointer);
        Assert.Equal((en, vi), (d.Message, d.GetMessage("vi")));
    }

    [Fact]
    public void A_file_that_is_only_null_is_not_a_plan()
    {
        var d = Assert.Single(PlanDefinitionReader.Read("null", "plan.json").Diagnostics);
        Assert.Equal(("GBV1102", "", "Expected the plan file here, found null"), (d.Id, d.Location.Pointer, d.Message));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_on_lines_with_vietnamese()
    {
        var text = "{\"title\": {\"vi\": \"Kế hoạch\", \"xx\": 1}}";
        var d = PlanDefinitionReader.Read(text).Diagnostics.Single(x => x.Id == "GBV1101");
        Assert.Equal(1, d.Location.Line);
        Assert.Equal(text.IndexOf("\"xx\"", StringComparison.Ordinal) + 1, d.Location.Column);
        Assert.Equal("/title/xx", d.Location.Pointer);
    }

    [Fact]
    public void Pointers_escape_slash_and_tilde_in_property_names()
    {
        var result = PlanDefinitionReader.Read("{\"a/b~c\": 1}");
        Assert.Contains(result.Diagnostics, d => d.Id == "GBV1101" && d.Location.Pointer == "/a~1b~0c");
    }

    [Fact]
    public void A_byte_order_mark_is_reported_and_the_plan_still_reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestFiles.MinimalPlan)).ToArray();
        var result = PlanLoader.LoadUtf8(bytes);
        Assert.True(result.Success);
        Assert.Equal("GBV1009", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(DiagnosticSeverity.Warning, result.Diagnostics[0].Severity);
    }

    [Fact]
    public void A_string_longer_than_64_KiB_is_an_error_and_one_just_under_is_not()
    {
        string WithNote(int length) => TestFiles.MinimalPlan.Replace("\"level\"", $"\"notes\": [\"{new string('a', length)}\"],\n  \"level\"", StringComparison.Ordinal);

        Assert.True(PlanLoader.Load(WithNote(JsonLimits.MaxStringBytes)).Success);
        var tooLong = PlanLoader.Load(WithNote(JsonLimits.MaxStringBytes + 1));
        Assert.Equal("GBV1007", Assert.Single(tooLong.Diagnostics).Id);
        Assert.Equal("/notes/0", tooLong.Diagnostics[0].Location.Pointer);
    }

    [Fact]
    public void Sixty_four_levels_of_nesting_are_read_and_sixty_five_are_not()
    {
        // The root object is level 1; "notes" adds arrays beneath it.
        static string Nested(int arrays) => "{\"notes\": " + new string('[', arrays) + new string(']', arrays) + "}";
        Assert.DoesNotContain(PlanDefinitionReader.Read(Nested(63)).Diagnostics, d => d.Id == "GBV1006");
        Assert.Contains(PlanDefinitionReader.Read(Nested(64)).Diagnostics, d => d.Id == "GBV1006");
    }

    [Fact]
    public void Ten_thousand_nested_arrays_give_one_diagnostic_not_a_stack_overflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal("GBV1006", Assert.Single(PlanDefinitionReader.Read(text).Diagnostics).Id);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_parsing()
    {
        var bytes = new byte[JsonLimits.MaxFileBytes + 1];
        bytes.AsSpan().Fill((byte)' ');
        var result = PlanDefinitionReader.ReadStream(new MemoryStream(bytes), "big.json");
        Assert.Equal("GBV1010", Assert.Single(result.Diagnostics).Id);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_not_an_exception()
    {
        var result = PlanLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json"));
        Assert.Equal("GBV1000", Assert.Single(result.Diagnostics).Id);
        Assert.False(result.Success);
    }

    [Fact]
    public void Errors_give_no_definition_at_all_never_a_partial_one()
    {
        var text = TestFiles.MinimalPlan.Replace("\"level\": \"commune\",", "\"level\": \"commune\", \"extra\": true,", StringComparison.Ordinal);
        var result = PlanDefinitionReader.Read(text);
        Assert.Null(result.Definition);
        Assert.False(result.Success);
    }

    [Fact]
    public void Reading_leaves_the_caller_s_bytes_unchanged()
    {
        var bytes = Encoding.UTF8.GetBytes(TestFiles.MinimalPlan);
        var copy = bytes.ToArray();
        _ = PlanLoader.LoadUtf8(bytes);
        Assert.Equal(copy, bytes);
    }

    [Fact]
    public void Unknown_keyword_suggests_the_closest_known_one()
    {
        var text = TestFiles.MinimalPlan.Replace("peoples-committee", "peoples-comittee", StringComparison.Ordinal);
        var d = Assert.Single(PlanLoader.Load(text).Diagnostics);
        Assert.Equal("GBV1107", d.Id);
        Assert.EndsWith("did you mean \"peoples-committee\"?", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("\"peoples-comittee\" không phải loại cơ quan hợp lệ; giá trị cho phép: ", d.GetMessage("vi"), StringComparison.Ordinal);
    }

    /// <summary>Every name the validator gives a part of the plan in a message has its Vietnamese word.</summary>
    [Fact]
    public void Every_noun_in_the_validator_s_messages_has_a_vietnamese_word()
    {
        var sources = Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "src", "Gbv.Domain", "Definitions", "Validation"), "ValidationRun*.cs")
            .Select(File.ReadAllText);
        var nouns = sources.SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text,
                @"\b(?:Keyword|Declare|Resolve|Each|PlanNouns\.Of)\((?:[^;]*?),?\s*""(?<noun>[a-z][a-z -]*)""", System.Text.RegularExpressions.RegexOptions.Singleline))
            .Select(m => m.Groups["noun"].Value)
            .Where(n => n is not ("en" or "vi"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(nouns.Count >= 30, $"only {nouns.Count} nouns found: the pattern no longer matches the validator");
        Assert.Empty(nouns.Except(Gbv.Domain.Definitions.Validation.PlanNouns.Known, StringComparer.Ordinal));
    }

    [Fact]
    public void The_validator_reports_every_problem_at_once()
    {
        var text = TestFiles.MinimalPlan
            .Replace("\"issuer\": \"ubnd\"", "\"issuer\": \"nobody\"", StringComparison.Ordinal)
            .Replace("\"to\": 2024", "\"to\": 2020", StringComparison.Ordinal)
            .Replace("\"level\": \"commune\"", "\"level\": \"Commune\"", StringComparison.Ordinal);
        var result = PlanLoader.Load(text);
        Assert.Equal(["GBV2002", "GBV1112", "GBV2101"], result.Diagnostics.Select(d => d.Id));
        Assert.Null(result.Plan);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("nul")]
    [InlineData("{\"format\": \"gbv-plan/1\"")]
    [InlineData("\u0000")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"a\": 1e999999}")]
    [InlineData("[[[[[[[[]]]]]]]]")]
    public void Odd_inputs_give_diagnostics_never_exceptions(string text)
    {
        var result = PlanLoader.Load(text);
        Assert.NotEmpty(result.Diagnostics);
        Assert.Null(result.Plan);
    }
}
