using System.Text.Json;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// What every command shares: <c>--lang</c> with one default (Vietnamese) and culture names, <c>--format json</c> where a
/// command prints results, output paths checked before any work, and help that says what an option takes.
/// </summary>
public sealed class CommonOptionsTests
{
    private static readonly string DakTo = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");

    private static readonly string Broken = Path.Combine(TestFiles.Malformed, "unknown-issuer.json");

    public static TheoryData<string[]> CommandsOnABrokenPlan() => new()
    {
        { ["validate", Broken] },
        { ["targets", Broken, "--denominator", "37"] },
        { ["calendar", Broken, "--from", "2020-01-01", "--to", "2020-12-31"] },
        { ["evaluate", Broken, "--as-of", "2020-12-31"] },
        { ["conformance", Broken, DakTo] },
        { ["generate", Broken, "--out", Path.GetTempPath()] },
    };

    [Theory]
    [MemberData(nameof(CommandsOnABrokenPlan))]
    public void Every_command_speaks_Vietnamese_by_default_and_English_when_asked_in_any_spelling(string[] args)
    {
        var byDefault = Run(args);
        var english = Run([.. args, "--lang", "en-GB"]);
        var vietnamese = Run([.. args, "--lang", "vi-VN"]);

        // GBV2002, the unknown issuer "ubnd-xa": its message is the validator's own in each language.
        var said = byDefault.Out + byDefault.Err;
        Assert.Contains("error GBV2002: Không có cơ quan nào mang mã \"ubnd-xa\"", said, StringComparison.Ordinal);
        Assert.Equal(said, vietnamese.Out + vietnamese.Err);
        Assert.Contains("error GBV2002: ", english.Out + english.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("cơ quan", english.Out + english.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("vietnamese")]
    [InlineData("e")]
    public void A_language_the_tool_does_not_write_is_refused_with_exit_2(string language)
    {
        var (exit, _, errors) = Run("targets", DakTo, "--denominator", "37", "--lang", language);
        Assert.Equal(2, exit);
        // The language asked for is not one, so the refusal is in the default, Vietnamese.
        Assert.Contains($"--lang \"{language}\" không phải ngôn ngữ công cụ viết", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_as_json_give_each_target_with_its_count_and_which_bound_it_is()
    {
        var (exit, output, _) = Run("targets", DakTo, "--denominator", "37", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(37, json.RootElement.GetProperty("denominator").GetInt32());
        // "trên 90%" of 37 is 33.3: the least whole count above it is 34 (DOMAIN.md).
        var supported = json.RootElement.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == "victims-supported" && t.GetProperty("year").GetInt32() == 2020);
        Assert.Equal("more-than", supported.GetProperty("comparison").GetString());
        Assert.Equal(90, supported.GetProperty("value").GetDecimal());
        Assert.Equal("least-needed", supported.GetProperty("bound").GetString());
        Assert.Equal(34, supported.GetProperty("count").GetInt64());
        Assert.Equal("trên 90% đến năm 2020", supported.GetProperty("text").GetString());
    }

    [Fact]
    public void The_calendar_as_json_gives_the_six_monthly_deadline_as_the_last_day_on_time()
    {
        var (exit, output, _) = Run("calendar", DakTo, "--from", "2019-06-01", "--to", "2019-06-30", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        // "trước ngày 10/6": on time until the end of 9 June.
        var due = json.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "report-due");
        Assert.Equal("2019-06-09", due.GetProperty("start").GetString());
        Assert.Equal("six-monthly", due.GetProperty("key").GetString());
        Assert.StartsWith("Hạn nộp báo cáo", due.GetProperty("title").GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string[]> CommandsWritingIntoAMissingFolder() => new()
    {
        { ["evaluate", DakTo, "--as-of", "2020-12-31", "--out", "{missing}/report.md"] },
        { ["calendar", DakTo, "--from", "2020-01-01", "--to", "2020-12-31", "--ics", "{missing}/agenda.ics"] },
        { ["extract", TestFiles.Seeds[1].Seed, "--out", "{missing}/draft.plan.json"] },
        { ["test", TestFiles.SamplePlans, "--format", "junit", "--out", "{missing}/results.xml"] },
    };

    [Theory]
    [MemberData(nameof(CommandsWritingIntoAMissingFolder))]
    public void An_output_into_a_folder_that_does_not_exist_is_refused_before_any_work_with_exit_2(string[] args)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"gbv-missing-{Guid.NewGuid():N}");
        var (exit, output, errors) = Run([.. args.Select(a => a.Replace("{missing}", missing, StringComparison.Ordinal))]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"thư mục {missing} không tồn tại", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_refused_with_exit_2()
    {
        var (exit, _, errors) = Run("evaluate", DakTo, "--as-of", "2020-12-31", "--out", Path.GetTempPath());
        Assert.Equal(2, exit);
        Assert.Contains("là một thư mục; hãy cho đường dẫn của một tệp để ghi", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refer", "--case <file.json>")]
    [InlineData("evaluate", "--cases <file.csv>")]
    [InlineData("evaluate", "--as-of <yyyy-MM-dd>")]
    [InlineData("calendar", "--ics <file.ics>")]
    [InlineData("generate", "--out <folder>")]
    [InlineData("validate", "--lang <vi|en>")]
    public void Help_says_what_each_option_takes(string command, string shown)
    {
        var (exit, output, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(shown, output, StringComparison.Ordinal);
    }
}
