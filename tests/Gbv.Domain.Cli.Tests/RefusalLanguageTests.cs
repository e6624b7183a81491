using System.Text.RegularExpressions;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// Every one-line message of a command that cannot run (exit 2) was English only, even under <c>--lang vi</c>. Each
/// path is run here under both languages: the Vietnamese line keeps no English sentence, the English line has one.
/// </summary>
public sealed partial class RefusalLanguageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gbv-kh-");
    private readonly string _plan = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");

    public RefusalLanguageTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "rong"));
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "khac"));
        File.WriteAllText(Path.Combine(_folder.FullName, "khac", "cases.csv"), "x\n1\n");
        File.WriteAllText(Path.Combine(_folder.FullName, "hs.json"), """{ "age": 14, "violence": ["sexual"], "reportedAt": "2024-05-01T20:00:00+07:00" }""");
        File.WriteAllText(Path.Combine(_folder.FullName, "hs2.json"), """{ "age": 14, "violence": ["sexual"] }""");
        File.WriteAllText(Path.Combine(_folder.FullName, "kh.txt"), "KẾ HOẠCH\n");
        File.Copy(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json"), Path.Combine(_folder.FullName, "kh.tests.json"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Each refused path: the arguments (with {p} the plan, {d} the temporary folder) and a word of its Vietnamese line.</summary>
    public static TheoryData<string, string> Paths => new()
    {
        { "validate {d}/none.json", "không có tệp" },
        { "validate {d}/rong", "không có tệp kế hoạch" },
        { "validate", "thiếu đối số" },
        { "frobnicate", "không hiểu lệnh" },
        { "evaluate {p}", "cần có tùy chọn" },
        { "evaluate {p} --as-of 31/12/2020", "không phải ngày" },
        { "evaluate {p} --as-of 9999-12-31", "nằm ngoài" },
        { "evaluate {p} --as-of 2020-12-31 --cases {d}/none.csv", "không có tệp này" },
        { "evaluate {p} --as-of 2020-12-31 --out {p}", "là tệp đầu vào" },
        { "evaluate {p} --as-of 2020-12-31 --out {d}", "là một thư mục" },
        { "evaluate {p} --as-of 2020-12-31 --out {d}/none/r.md", "không tồn tại" },
        { "evaluate {p} --as-of 2020-12-31 --max-errors -1", "từ 0 trở lên" },
        { "evaluate {p} --as-of 2020-12-31 --small-counts -1", "từ 0 trở lên" },
        { "evaluate {p} --as-of 2020-12-31 --format pdf", "hãy dùng một trong" },
        { "calendar {p} --from 2020-12-31 --to 2020-01-01", "ngày đầu không sau ngày cuối" },
        { "calendar {p} --from 1800-01-01 --to 2020-01-01", "nằm ngoài" },
        { "calendar {p} --from 2020-01-01 --to 2020-12-31 --ics {p}", "là tệp đầu vào" },
        { "generate {p} --out {p}", "là một tệp" },
        { "generate {p} --out {d}/khac", "không phải dữ liệu giả lập" },
        { "generate {p} --cases -1 --out {d}/rong", "từ 0 trở lên" },
        { "targets {p} --denominator 0", "từ 1 trở lên" },
        { "targets {p} --denominator abc", "không phải số nguyên" },
        { "refer {p} --case {d}/none.json", "không có tệp này" },
        { "refer {p} --case {d}/hs.json --override tired", "không phải một trong" },
        { "refer {p} --case {d}/hs2.json", "hãy cho" },
        { "refer {p} --case {d}/hs.json --as-of yesterday", "không phải thời điểm" },
        { "refer {p} --case {d}/hs.json --as-of 2300-01-01T00:00:00+07:00", "không phải thời điểm" },
        { "test {d}/none.tests.json", "không có tệp hoặc thư mục" },
        { "test {d}/rong", "không tìm thấy tệp kịch bản" },
        { "test {d}/kh.tests.json --out {d}/kh.tests.json", "là tệp đầu vào" },
        { "extract {d}/none.txt", "không có tệp này" },
        { "extract {d}/kh.txt --out {d}/kh.txt", "là tệp đầu vào" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_refused_command_says_why_in_Vietnamese_only(string command, string vietnamese)
    {
        var args = Args(command);
        var (exit, _, vi) = GbvTool.Run([.. args, "--lang", "vi"]);
        Assert.Equal(2, exit);
        Assert.Contains(vietnamese, vi, StringComparison.Ordinal);
        foreach (var line in Lines(vi))
        {
            Assert.True(EnglishWords(line).Count == 0, $"English in \"{line}\": {string.Join(", ", EnglishWords(line))}");
        }

        // The same path in English has English words: the check above is not blind.
        var (englishExit, _, en) = GbvTool.Run([.. args, "--lang", "en"]);
        Assert.Equal(2, englishExit);
        Assert.NotEmpty(EnglishWords(en));
    }

    [Fact]
    public void Without_lang_a_refusal_is_in_Vietnamese_the_default_and_a_bad_lang_is_said_in_it()
    {
        var (exit, _, err) = GbvTool.Run("validate", Path.Combine(_folder.FullName, "none.json"));
        Assert.Equal((2, $"gbv: không có tệp hoặc thư mục này: '{Path.Combine(_folder.FullName, "none.json")}'"), (exit, Lines(err)[0]));

        var (badExit, _, bad) = GbvTool.Run("validate", _plan, "--lang", "fr");
        Assert.Equal(2, badExit);
        Assert.Equal(
            ["gbv: --lang \"fr\" không phải ngôn ngữ công cụ viết: hãy dùng vi hoặc en (hoặc tên văn hóa như vi-VN, en-GB)", "Chạy 'gbv --help' để xem cách dùng."],
            Lines(bad));
    }

    [Fact]
    public void A_choice_the_parser_refuses_is_one_line_in_each_language()
    {
        var (_, _, vi) = GbvTool.Run("validate", _plan, "--format", "pdf", "--lang", "vi");
        Assert.Equal(["gbv: không nhận 'pdf' ở đây: hãy dùng một trong 'text', 'json'", "Chạy 'gbv --help' để xem cách dùng."], Lines(vi));
        var (_, _, en) = GbvTool.Run("validate", _plan, "--format", "pdf", "--lang", "en");
        Assert.Equal(["gbv: 'pdf' is not accepted here: use one of 'text', 'json'", "Run 'gbv --help' for usage."], Lines(en));
    }

    private string[] Args(string command) =>
        command.Replace("{p}", _plan, StringComparison.Ordinal).Replace("{d}", _folder.FullName, StringComparison.Ordinal).Split(' ');

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // English words left once option names, quoted values, paths and file names are taken out of a line.
    private static List<string> EnglishWords(string line)
    {
        var rest = Quoted().Replace(Options().Replace(line, " "), " ");
        return [.. Words().Matches(rest).Select(m => m.Value).Where(w => !w.Contains('/') && !w.Contains('.') && English.Contains(w.ToLowerInvariant()))];
    }

    private static readonly HashSet<string> English =
    [
        "is", "not", "the", "a", "an", "must", "give", "such", "as", "no", "or", "and", "of", "at", "to", "for", "run", "found", "folder",
        "file", "files", "expected", "argument", "option", "command", "required", "unrecognized", "missing", "there", "use", "one", "more",
        "least", "outside", "days", "plan", "point", "time", "date", "dates", "first", "after", "input", "would", "destroy", "exist",
        "create", "write", "elsewhere", "never", "replaced", "empty", "new", "has", "case", "usage", "whole", "number", "accepted", "here",
    ];

    [GeneratedRegex("--[a-z-]+(=[^ ]*)?")]
    private static partial Regex Options();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[^\s:;,()]+")]
    private static partial Regex Words();
}
