using System.Text.RegularExpressions;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Tests.Cli.Localization;

/// <summary>
/// The tool's own words live in one place, CliWords.resx and CliWords.vi.resx, read as the package's Words.resx is:
/// both files say everything, with the same placeholders, and no Vietnamese sentence is left inline in the tool's code.
/// </summary>
public sealed partial class CliWordsTests
{
    [Fact]
    public void Both_resource_files_have_the_same_keys_and_placeholders()
    {
        var en = CliWords.All(vi: false);
        var vi = CliWords.All(vi: true);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), vi.Keys.Order(StringComparer.Ordinal));
        Assert.All(vi, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
        Assert.All(en, p => Assert.Equal(Regex.Matches(p.Value, @"\{\d\}").Select(m => m.Value).Distinct().Order(), Regex.Matches(vi[p.Key], @"\{\d\}").Select(m => m.Value).Distinct().Order()));
        Assert.Equal("Đã ghi 3 sự kiện vào a.ics", CliWords.Format("Calendar.Written", "vi-VN", "3", "a.ics"));
        Assert.Equal("3 event(s) written to a.ics", CliWords.Format("Calendar.Written", "en", "3", "a.ics"));
    }

    [Fact]
    public void Every_command_option_and_argument_has_its_help_in_both_languages_and_no_help_text_is_left_over()
    {
        var root = new System.CommandLine.RootCommand();
        using var none = new StringWriter();
        foreach (var command in new[] { Gbv.Domain.Cli.ValidateCommand.Create(none, none), Gbv.Domain.Cli.EvaluateCommand.Create(none, none), Gbv.Domain.Cli.GenerateCommand.Create(none, none),
            Gbv.Domain.Cli.TargetsCommand.Create(none, none), Gbv.Domain.Cli.CalendarCommand.Create(none, none), Gbv.Domain.Cli.ReferCommand.Create(none, none),
            Gbv.Domain.Cli.ConformanceCommand.Create(none, none), Gbv.Domain.Cli.TestCommand.Create(none, none), Gbv.Domain.Cli.ExtractCommand.Create(none, none) })
        {
            root.Subcommands.Add(command);
        }

        var keys = CliHelp.Keys(root).ToList();
        Assert.All(keys, k => Assert.True(k.Key is not null, $"no help text for {k.Symbol.Name}"));
        Assert.Equal(60, keys.Count);
        var used = keys.Select(k => k.Key!).ToHashSet(StringComparer.Ordinal);
        var stale = CliWords.All(vi: false).Keys.Where(k => k.StartsWith("Help.", StringComparison.Ordinal) && !used.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "help texts no symbol uses: " + string.Join(", ", stale));

        CliHelp.Describe(root, "vi");
        Assert.Equal("Tệp kế hoạch.", root.Subcommands.Single(c => c.Name == "evaluate").Arguments.Single().Description);
        Assert.StartsWith("Hồ sơ vụ việc, CSV: case_id, unit, age", root.Subcommands.Single(c => c.Name == "evaluate").Options.Single(o => o.Name == "--cases").Description, StringComparison.Ordinal);
        CliHelp.Describe(root, "en");
        Assert.Equal("The plan file.", root.Subcommands.Single(c => c.Name == "evaluate").Arguments.Single().Description);
    }

    [Fact]
    public void No_vietnamese_text_is_written_inline_in_the_tool()
    {
        // No exception at all: not even a diagnostic descriptor (the tool's diagnostics are the package's).
        var inline = new PackageSources("Gbv.Domain.Cli").Unexplained(new Dictionary<string, string>(), descriptors: false);
        Assert.True(inline.Count == 0, "Vietnamese inline in the tool's code:\n" + string.Join('\n', inline));
    }
}
