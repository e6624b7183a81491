using System.Text.RegularExpressions;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Reporting;

namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// Every resource file of words the package reads (Words, Nouns, Checks, ReadingWords, Explanations) follows the same rules: both
/// languages have the same keys, no Vietnamese word is empty, the placeholders agree, and every key the code names is
/// there (<see cref="WordSet.Get"/> throws on a missing key, so a misspelt key would fail only when that sentence is said).
/// </summary>
public sealed partial class WordSetTests
{
    /// <summary>The package's word sets by file name.</summary>
    public static TheoryData<string> Sets => ["Words", "Nouns", "Checks", "ReadingWords", "Explanations"];

    private static readonly string[] NewSets = ["Nouns", "Checks", "ReadingWords", "Explanations"];

    [GeneratedRegex(@"""(?<key>[A-Z][A-Za-z]*(?:\.[A-Za-z][A-Za-z-]*)+)""")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();

    internal static WordSet Set(string name) => name switch
    {
        "Nouns" => Nouns.Set,
        "Checks" => Checks.Set,
        "ReadingWords" => ReadingWords.Set,
        "Explanations" => Explanations.Set,
        _ => Words.Set,
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Both_languages_have_the_same_keys_and_placeholders_and_no_vietnamese_word_is_empty(string name)
    {
        var en = Set(name).All(vi: false);
        var vi = Set(name).All(vi: true);
        Assert.NotEmpty(en);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), vi.Keys.Order(StringComparer.Ordinal));
        Assert.All(vi, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
        Assert.All(en, p => Assert.Equal(Placeholders(p.Value), Placeholders(vi[p.Key])));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_word_with_placeholders_can_be_formatted_in_both_languages(string name)
    {
        // A stray brace would throw a FormatException only when the sentence is said. The JSON syntax errors name
        // braces and are filled by replacing their {0} (JsonSyntaxWords), never formatted.
        foreach (var (key, text) in Set(name).All(vi: false).Where(p => Placeholder().IsMatch(p.Value) && !p.Key.StartsWith("Json.", StringComparison.Ordinal)))
        {
            var args = Enumerable.Range(0, 10).Select(i => (object)$"<{i}>").ToArray();
            Assert.Contains("<", Set(name).Format(key, false, args), StringComparison.Ordinal);
            Assert.Contains("<", Set(name).Format(key, true, args), StringComparison.Ordinal);
            Assert.DoesNotContain("{", Set(name).Format(key, true, args), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(text));
        }
    }

    [Fact]
    public void Every_key_the_core_names_in_a_new_word_set_is_in_it()
    {
        // A key literal ("Judge.Needs") whose prefix belongs to a new set, and to no key of Words.resx, must be a key of one of them.
        var keys = NewSets.SelectMany(n => Set(n).All(vi: false).Keys).ToHashSet(StringComparer.Ordinal);
        var wordsPrefixes = Set("Words").All(vi: false).Keys.Select(Prefix).ToHashSet(StringComparer.Ordinal);
        var prefixes = keys.Select(Prefix).Where(p => !wordsPrefixes.Contains(p)).ToHashSet(StringComparer.Ordinal);
        // A key's first segment names its file: no two files share one.
        var shared = Sets.Select(r => (string)r.Data).SelectMany(n => Set(n).All(vi: false).Keys.Select(Prefix).Distinct().Select(p => (File: n, Prefix: p)))
            .GroupBy(p => p.Prefix, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.File))}").ToList();
        Assert.True(shared.Count == 0, "prefixes in more than one file:\n" + string.Join('\n', shared));

        var named = PackageSources.Core.Files()
            .SelectMany(f => PackageSources.Code(f).SelectMany(l => KeyLiteral().Matches(l)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .Where(k => prefixes.Contains(Prefix(k.Key)))
            .ToList();
        Assert.True(named.Count > 150, $"only {named.Count} keys found: the pattern no longer matches the code");
        var missing = named.Where(k => !keys.Contains(k.Key)).Select(k => $"{k.File}: {k.Key}").ToList();
        Assert.True(missing.Count == 0, "keys the code names that no word set has:\n" + string.Join('\n', missing));
    }

    /// <summary>The words the code looks up by an enumeration member's name ("Status." + status): every member has one.</summary>
    public static TheoryData<string, string> NamedMembers => new()
    {
        { "Agenda", string.Join(' ', Enum.GetNames<Gbv.Domain.Calendar.AgendaKind>()) },
        { "Status", string.Join(' ', Enum.GetNames<Gbv.Domain.Indicators.IndicatorStatus>()) },
        { "Timeliness", string.Join(' ', Enum.GetNames<Timeliness>()) },
        { "Frequency", string.Join(' ', Enum.GetNames<ReportingFrequency>()) },
        { "Per", string.Join(' ', Enum.GetNames<Gbv.Domain.Tasks.FrequencyUnit>()) },
        { "Section", string.Join(' ', Enum.GetNames<Gbv.Domain.Evaluation.Rendering.ReportSection>()) },
    };

    [Theory]
    [MemberData(nameof(NamedMembers))]
    public void Every_member_of_an_enumeration_named_in_words_has_its_word_in_both_languages(string prefix, string members)
    {
        var en = Words.Set.All(vi: false);
        var vi = Words.Set.All(vi: true);
        Assert.All(members.Split(' '), m => Assert.True(en.ContainsKey($"{prefix}.{m}") && vi.ContainsKey($"{prefix}.{m}"), $"no word {prefix}.{m}"));
    }

    [Fact]
    public void Every_periodic_reporting_frequency_has_its_agenda_title_in_both_languages()
    {
        // PlanAgenda titles a due report by "Entry.Due." + the frequency's member name, and the rest as one-off.
        var periodic = new[] { ReportingFrequency.Monthly, ReportingFrequency.Quarterly, ReportingFrequency.SixMonthly, ReportingFrequency.Annual };
        var titles = periodic.Select(f => "Entry.Due." + f).Append("Entry.Due.OneOff").ToList();
        Assert.All(titles, k => Assert.NotEqual(Explanations.Format(k, false, "2020"), Explanations.Format(k, true, "2020")));
        Assert.Equal(titles.Count, titles.Select(k => Explanations.Format(k, true, "2020")).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_json_syntax_error_the_reader_knows_has_its_words_in_both_languages()
    {
        // The table is read from ReadingWords.resx when JsonSyntaxWords is first used: a missing Json.* key fails here.
        Assert.Equal(ReadingWords.Set.Argument("Json.Unknown"), JsonSyntaxWords.Describe("something System.Text.Json never says"));
        var said = JsonSyntaxWords.Describe("'x' is an invalid start of a value");
        Assert.Equal("'x' is an invalid start of a value", said.En);
        Assert.Equal("'x' không thể mở đầu một giá trị", said.Vi);
    }

    private static string Prefix(string key) => key.Split('.')[0];

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
}
