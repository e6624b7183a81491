using Gbv.Domain.Conditions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Conditions;

/// <summary>
/// The words and symbols a condition is read into, where each starts and how long it is (columns in diagnostics
/// and spans in explanations come from these), and the messages a plan author sees for text that does not read.
/// </summary>
public sealed class ConditionLexerTests
{
    private static string Tokens(string text) =>
        string.Join(" | ", ConditionLexer.Tokenize(new ConditionSource(text, null))!.Select(t => $"{t.Kind}@{t.Start}+{t.Length}:{t.Text}"));

    [Theory]
    [InlineData("a=b", "Name@0+1:a | Equal@1+1:= | Name@2+1:b | End@3+0:")]
    [InlineData("a==b", "Name@0+1:a | Equal@1+2:= | Name@3+1:b | End@4+0:")]
    [InlineData("a!=b", "Name@0+1:a | NotEqual@1+2:!= | Name@3+1:b | End@4+0:")]
    [InlineData("a<b", "Name@0+1:a | Less@1+1:< | Name@2+1:b | End@3+0:")]
    [InlineData("a<=b", "Name@0+1:a | LessOrEqual@1+2:<= | Name@3+1:b | End@4+0:")]
    [InlineData("a>b", "Name@0+1:a | Greater@1+1:> | Name@2+1:b | End@3+0:")]
    [InlineData("a>=b", "Name@0+1:a | GreaterOrEqual@1+2:>= | Name@3+1:b | End@4+0:")]
    [InlineData("a>", "Name@0+1:a | Greater@1+1:> | End@2+0:")]
    [InlineData("a=", "Name@0+1:a | Equal@1+1:= | End@2+0:")]
    [InlineData("x in [1, 2]", "Name@0+1:x | In@2+2:in | LeftBracket@5+1:[ | Number@6+1:1 | Comma@7+1:, | Number@9+1:2 | RightBracket@10+1:] | End@11+0:")]
    [InlineData("(NOT y)", "LeftParen@0+1:( | Not@1+3:NOT | Name@5+1:y | RightParen@6+1:) | End@7+0:")]
    [InlineData("u = \"a\\\"b\"", "Name@0+1:u | Equal@2+1:= | String@4+6:a\"b | End@10+0:")]
    [InlineData("u = \"a\\\\b\" ", "Name@0+1:u | Equal@2+1:= | String@4+6:a\\b | End@11+0:")]
    [InlineData("u = \"a\\nb\"", "Name@0+1:u | Equal@2+1:= | String@4+6:a\\nb | End@10+0:")]
    [InlineData("w<=72h", "Name@0+1:w | LessOrEqual@1+2:<= | Duration@3+3:72h | End@6+0:")]
    [InlineData("w < 5d or w > 30m", "Name@0+1:w | Less@2+1:< | Duration@4+2:5d | Or@7+2:or | Name@10+1:w | Greater@12+1:> | Duration@14+3:30m | End@17+0:")]
    [InlineData("d >= 2024-06-10", "Name@0+1:d | GreaterOrEqual@2+2:>= | Date@5+10:2024-06-10 | End@15+0:")]
    [InlineData("n = -1.50", "Name@0+1:n | Equal@2+1:= | Number@4+5:-1.50 | End@9+0:")]
    [InlineData("n = 123456789h", "Name@0+1:n | Equal@2+1:= | Duration@4+10:123456789h | End@14+0:")]
    [InlineData("life-threatening_2", "Name@0+18:life-threatening_2 | End@18+0:")]
    public void Words_and_symbols_have_their_kind_start_and_length(string text, string tokens) => Assert.Equal(tokens, Tokens(text));

    [Theory]
    [InlineData("a & b", 3, "'&' is not part of the condition language; write \"and\" or \"or\"", "'&' không thuộc ngôn ngữ điều kiện; hãy viết \"and\" hoặc \"or\"")]
    [InlineData("a | b", 3, "'|' is not part of the condition language; write \"and\" or \"or\"", "'|' không thuộc ngôn ngữ điều kiện; hãy viết \"and\" hoặc \"or\"")]
    [InlineData("u = 'x'", 5, "''' is not part of the condition language; strings are written in double quotes", "''' không thuộc ngôn ngữ điều kiện; chuỗi được viết trong dấu ngoặc kép")]
    [InlineData("{ a }", 1, "'{' is not part of the condition language; conditions cannot run code", "'{' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("a }", 3, "'}' is not part of the condition language; conditions cannot run code", "'}' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("a; b", 2, "';' is not part of the condition language; conditions cannot run code", "';' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("$a", 1, "'$' is not part of the condition language; conditions cannot run code", "'$' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("@a", 1, "'@' is not part of the condition language; conditions cannot run code", "'@' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("#a", 1, "'#' is not part of the condition language; conditions cannot run code", "'#' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("a \\ b", 3, "'\\' is not part of the condition language; conditions cannot run code", "'\\' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("`a`", 1, "'`' is not part of the condition language; conditions cannot run code", "'`' không thuộc ngôn ngữ điều kiện; điều kiện không thể chạy mã")]
    [InlineData("a - 1", 3, "'-' is not part of the condition language", "'-' không thuộc ngôn ngữ điều kiện")]
    [InlineData("a ! b", 3, "'!' is not part of the condition language", "'!' không thuộc ngôn ngữ điều kiện")]
    [InlineData("a.b", 2, "Member access and method calls (\".\") are not part of the condition language: conditions only compare fields with values",
        "Truy cập thành viên và gọi phương thức (\".\") không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị")]
    [InlineData("u = \"abc", 5, "The text starting here has no closing '\"'", "Chuỗi bắt đầu tại đây thiếu dấu '\"' đóng")]
    [InlineData("d > 2024-6-10", 5, "\"2024-6-10\" is not a valid date (write yyyy-MM-dd, such as 2024-06-10)", "\"2024-6-10\" không phải ngày (viết yyyy-MM-dd, ví dụ 2024-06-10) hợp lệ")]
    [InlineData("d > 2024-06-100", 5, "\"2024-06-100\" is not a valid date (write yyyy-MM-dd, such as 2024-06-10)", "\"2024-06-100\" không phải ngày (viết yyyy-MM-dd, ví dụ 2024-06-10) hợp lệ")]
    [InlineData("n < 1.", 5, "\"1.\" is not a valid number or duration (write 16, 1.5, or a whole number of hours, days or minutes: 72h, 5d, 30m)",
        "\"1.\" không phải số hoặc khoảng thời gian (viết 16, 1.5, hoặc số nguyên giờ, ngày hoặc phút: 72h, 5d, 30m) hợp lệ")]
    [InlineData("n < 1.5h", 5, "\"1.5h\" is not a valid number or duration (write 16, 1.5, or a whole number of hours, days or minutes: 72h, 5d, 30m)",
        "\"1.5h\" không phải số hoặc khoảng thời gian (viết 16, 1.5, hoặc số nguyên giờ, ngày hoặc phút: 72h, 5d, 30m) hợp lệ")]
    [InlineData("n < -5h", 5, "\"-5h\" is not a valid number or duration (write 16, 1.5, or a whole number of hours, days or minutes: 72h, 5d, 30m)",
        "\"-5h\" không phải số hoặc khoảng thời gian (viết 16, 1.5, hoặc số nguyên giờ, ngày hoặc phút: 72h, 5d, 30m) hợp lệ")]
    [InlineData("n < 1234567890h", 5, "\"1234567890h\" is not a valid number or duration (write 16, 1.5, or a whole number of hours, days or minutes: 72h, 5d, 30m)",
        "\"1234567890h\" không phải số hoặc khoảng thời gian (viết 16, 1.5, hoặc số nguyên giờ, ngày hoặc phút: 72h, 5d, 30m) hợp lệ")]
    [InlineData("n < 5w", 5, "\"5w\" is not a valid number or duration (write 16, 1.5, or a whole number of hours, days or minutes: 72h, 5d, 30m)",
        "\"5w\" không phải số hoặc khoảng thời gian (viết 16, 1.5, hoặc số nguyên giờ, ngày hoặc phút: 72h, 5d, 30m) hợp lệ")]
    public void Text_that_does_not_read_says_why_at_its_column(string text, int column, string english, string vietnamese) =>
        AssertSingle(text, column, english, vietnamese);

    [Theory]
    [InlineData("a b", 3, "Expected \"and\", \"or\" or the end of the condition, found \"b\"", "Cần \"and\", \"or\" hoặc hết điều kiện, nhưng gặp \"b\"")]
    [InlineData("a \"b\"", 3, "Expected \"and\", \"or\" or the end of the condition, found \"b\"", "Cần \"and\", \"or\" hoặc hết điều kiện, nhưng gặp \"b\"")]
    [InlineData("a and = 1", 7, "Expected a field name, true, false, \"not\" or \"(\", found \"=\"", "Cần tên trường, true, false, \"not\" hoặc \"(\", nhưng gặp \"=\"")]
    [InlineData("a and", 6, "The condition ends where a field name, true, false, \"not\" or \"(\" was expected", "Điều kiện kết thúc trong khi còn cần tên trường, true, false, \"not\" hoặc \"(\"")]
    [InlineData("f(1) > 2", 2, "Function and method calls are not part of the condition language: conditions only compare fields with values",
        "Lời gọi hàm và phương thức không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị")]
    [InlineData("f[1] = 2", 2, "Indexers (\"[\" after a field) are not part of the condition language: conditions only compare fields with values",
        "Chỉ mục (\"[\" sau tên trường) không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị")]
    [InlineData("f = g(1)", 6, "Function calls and indexers are not part of the condition language: conditions only compare fields with values",
        "Lời gọi hàm và chỉ mục không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị")]
    [InlineData("f = g[1]", 6, "Function calls and indexers are not part of the condition language: conditions only compare fields with values",
        "Lời gọi hàm và chỉ mục không thuộc ngôn ngữ điều kiện: điều kiện chỉ so sánh trường với giá trị")]
    [InlineData("f is there", 6, "Expected \"missing\" or \"present\", found \"there\"", "Cần \"missing\" hoặc \"present\", nhưng gặp \"there\"")]
    [InlineData("f is", 5, "The condition ends where \"missing\" or \"present\" was expected", "Điều kiện kết thúc trong khi còn cần \"missing\" hoặc \"present\"")]
    [InlineData("f between 1 2", 13, "Expected \"and\", found \"2\"", "Cần \"and\", nhưng gặp \"2\"")]
    [InlineData("f in 1", 6, "Expected \"[\", found \"1\"", "Cần \"[\", nhưng gặp \"1\"")]
    [InlineData("f in [1 2]", 9, "Expected \",\" or \"]\", found \"2\"", "Cần \",\" hoặc \"]\", nhưng gặp \"2\"")]
    [InlineData("f in []", 7, "Expected at least one value, found \"]\"", "Cần ít nhất một giá trị, nhưng gặp \"]\"")]
    [InlineData("f = and", 5, "Expected a value (a number, \"text\", true, false, a name, a duration such as 72h or a date such as 2024-06-10), found \"and\"",
        "Cần một giá trị (số, \"chuỗi\", true, false, tên, khoảng thời gian như 72h hoặc ngày như 2024-06-10), nhưng gặp \"and\"")]
    [InlineData("f has any x", 11, "Expected \"[\", found \"x\"", "Cần \"[\", nhưng gặp \"x\"")]
    public void A_sentence_that_does_not_parse_says_what_was_expected(string text, int column, string english, string vietnamese) =>
        AssertSingle(text, column, english, vietnamese);

    private static void AssertSingle(string text, int column, string english, string vietnamese)
    {
        var diagnostic = Assert.Single(Condition.Parse(text).Diagnostics);
        Assert.Equal((1, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(english, diagnostic.Message);
        Assert.Equal(vietnamese, diagnostic.GetMessage("vi"));
    }

    [Fact]
    public void Columns_count_from_the_start_of_their_line()
    {
        var diagnostic = Assert.Single(Condition.Parse("a and\nb and\n  c d").Diagnostics);
        Assert.Equal((3, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        var end = Assert.Single(Condition.Parse("a and\n").Diagnostics);
        Assert.Equal((2, 1), (end.Location.Line, end.Location.Column));
        Assert.Equal((null, ""), (end.Location.File, end.Location.Pointer));
    }

    [Fact]
    public void A_condition_inside_a_plan_file_is_located_in_the_file()
    {
        // The JSON string starts at column 10: its opening quote, then the condition's text.
        var host = new SourceLocation("plan.json", "/referralRules/0/condition", 3, 10);
        var diagnostic = Assert.Single(Condition.Compile("age < 1 and agee < 16", Gbv.Domain.Cases.CaseFields.Map, host).Diagnostics);
        Assert.Equal(host with { Column = 23 }, diagnostic.Location);

        // A host without a column (a file read without positions) keeps none.
        var unplaced = Assert.Single(Condition.Compile("agee < 16", Gbv.Domain.Cases.CaseFields.Map, host with { Column = 0 }).Diagnostics);
        Assert.Equal(0, unplaced.Location.Column);
    }
}
