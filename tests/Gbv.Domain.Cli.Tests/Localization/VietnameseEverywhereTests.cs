using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gbv.Domain.Cli.Localization;
using Gbv.Domain.Localization;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Localization;

/// <summary>
/// No English word reaches a Vietnamese rendering beyond the report itself (VietnameseReportTests): the calendar as
/// text and as iCalendar, referral decisions, the explanations of results, findings and reports owed, and the tool's
/// own messages, scenario checks (`gbv test`) and the extraction's review (`gbv extract`), each read word by word
/// against every English word of Words.resx, CliWords.resx, the Testing package's ScenarioWords.resx and the
/// Extraction package's ExtractionWords.resx that Vietnamese does not also use. Days read 09/06/2020: no ISO date
/// outside JSON, ids and what a user types.
/// </summary>
public sealed partial class VietnameseEverywhereTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-vi-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // Ids (kebab or snake case, "victims-supported", "victims_supported", "xa-01", or one word in parentheses beside a
    // name, "(counselling)"), option names, file names and paths, and quoted values: the plan's and the user's, not
    // the interface's words.
    [GeneratedRegex(@"--?[a-z][a-z-]*|\([a-z0-9-]+\)|\b[\w.-]*[/\\][\w./\\-]*|[\w.-]+\.(json|csv|ics|txt|docx|pdf|xml)\b|\b[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+\b|""[^""]*""|'[^']*'|“[^”]*”|«[^»]*»")]
    private static partial Regex NotInterface();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    private static IEnumerable<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static readonly HashSet<string> English = EnglishWords();

    private static HashSet<string> EnglishWords()
    {
        // The help texts name CSV columns and JSON fields ("task, unit, date"): they do not make those words Vietnamese.
        var vietnamese = Words.All(vi: true).Values.Concat(CliWords.All(vi: true).Where(p => !p.Key.StartsWith("Help.", StringComparison.Ordinal)).Select(p => p.Value))
            .Concat(PackageWords(vi: true)).SelectMany(Tokens).ToHashSet();
        return Words.All(vi: false).Values.Concat(CliWords.All(vi: false).Values).Concat(PackageWords(vi: false))
            .Concat(Enum.GetNames<Gbv.Domain.Calendar.AgendaKind>()).Concat(Enum.GetNames<Gbv.Domain.Referrals.ReferralStatus>())
            .Concat(["held", "did", "hold", "rule", "source", "refer", "lead", "coordinating", "inherited", "every", "due", "late", "missing"])
            .SelectMany(Tokens).Where(w => w.Length >= 3 && !vietnamese.Contains(w)).ToHashSet();
    }

    // Every seed plan's report with no data, and Đăk Tô's on its sample data (as the core's ReportSectionsTests makes them).
    private static IEnumerable<(string Name, Gbv.Domain.Evaluation.ComplianceReport Report)> Reports()
    {
        foreach (var file in Plans())
        {
            var plan = Gbv.Domain.Evaluation.ComplianceEngine.LoadFile(file).CompiledPlan!;
            var year = plan.Plan.Period.To ?? plan.Plan.Period.FirstYearOr(2025);
            yield return (Path.GetFileName(file), plan.Evaluate(new Gbv.Domain.Evaluation.ComplianceData<Gbv.Domain.Cases.CaseRecord>(), plan.EndOfDay(new NodaTime.LocalDate(year, 12, 31))));
        }

        var dakTo = Gbv.Domain.Evaluation.ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
        string Data(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to", file);
        var units = File.ReadAllLines(Data("units.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        yield return ("dak-to with data", dakTo.Evaluate(new Gbv.Domain.Evaluation.ComplianceData<Gbv.Domain.Cases.CaseRecord>
        {
            ReportedValues = [.. File.ReadAllLines(Data("reported.csv")).Skip(1).Select(l => l.Split(','))
                .Select(p => new Gbv.Domain.Indicators.ReportedValue(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2], long.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture)))],
            ReportingUnits = units.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Select(p => p[1]).ToImmutableArray()),
            UnitNames = units.ToDictionary(p => p[1], p => new LocalizedText(p[2])),
        }, dakTo.EndOfDay(new NodaTime.LocalDate(2020, 12, 31))));
    }

    private static string[] Plans() => [.. Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json").Order(StringComparer.Ordinal)];

    // Every word a plan's authors wrote (titles, names, sources, quotes) may be anything.
    private static HashSet<string> PlanWords(string file)
    {
        var words = new HashSet<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.String:
                    words.UnionWith(Tokens(e.GetString()!));
                    break;
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Walk(json.RootElement);
        return words;
    }

    private static void NoEnglish(string what, string text, HashSet<string>? own = null, bool isoAllowed = false)
    {
        var rest = NotInterface().Replace(text, " ");
        var leaked = Tokens(rest).Where(w => English.Contains(w) && own?.Contains(w) != true).Distinct().ToList();
        Assert.True(leaked.Count == 0, $"{what}: English in Vietnamese: {string.Join(", ", leaked)}\n{text}");
        if (!isoAllowed)
        {
            Assert.True(!IsoDate().IsMatch(text), $"{what}: an ISO date in Vietnamese: {IsoDate().Match(text).Value}\n{text}");
        }
    }

    [Fact]
    public void The_check_is_not_blind()
    {
        Assert.Contains("task", English);
        Assert.Contains("held", English);
        Assert.Contains("written", English);
        Assert.Throws<Xunit.Sdk.TrueException>(() => NoEnglish("en", Run("calendar", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--from", "2020-01-01", "--to", "2020-12-31", "--lang", "en").Out.Replace("-", " ", StringComparison.Ordinal), isoAllowed: true));
        Assert.Throws<Xunit.Sdk.TrueException>(() => NoEnglish("iso", "hạn 2020-06-10"));
        // The packages' own words count too: a scenario check's and the extraction's, in English, are caught.
        Assert.Contains("shortfall", English);
        Assert.Contains("vision", English);
        Assert.Throws<Xunit.Sdk.TrueException>(() => NoEnglish("test en", Checks(Run("test", TestFiles.SamplePlans, "--lang", "en").Out)));
        Assert.Throws<Xunit.Sdk.TrueException>(() => NoEnglish("extract en", Run("extract", TestFiles.Seeds[1].Seed, "--lang", "en").Out, isoAllowed: true));
    }

    [Fact]
    public void The_calendar_as_text_and_as_icalendar()
    {
        var events = 0;
        foreach (var plan in Plans())
        {
            var own = PlanWords(plan);
            var ics = Path.Combine(_folder, Path.GetFileNameWithoutExtension(plan) + ".ics");
            var (exit, text, _) = Run("calendar", plan, "--from", "2016-01-01", "--to", "2030-12-31", "--ics", ics);
            Assert.Equal(0, exit);
            NoEnglish(plan + " (calendar)", text, own);
            // What a person reads in a calendar application: the summary, the description and the category.
            var unfolded = File.ReadAllText(ics).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
            var read = string.Join('\n', unfolded.Split("\r\n").Where(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal) || l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) || l.StartsWith("CATEGORIES:", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace(@"\n", "\n", StringComparison.Ordinal).Replace(@"\,", ",", StringComparison.Ordinal).Replace(@"\;", ";", StringComparison.Ordinal)));
            events += Regex.Count(unfolded, "BEGIN:VEVENT");
            NoEnglish(plan + " (iCalendar)", read, own);
        }

        Assert.True(events > 100, $"{events} events");
    }

    [Theory]
    [InlineData("""{ "age": 14, "sex": "female", "violence": ["sexual", "physical"], "risk": "high", "consent": false, "domestic": true, "incidentAt": "2024-05-01T08:00:00+07:00", "reportedAt": "2024-05-01T10:00:00+07:00" }""")]
    [InlineData("""{ "age": 30, "sex": "female", "violence": ["psychological"], "risk": "life-threatening", "domestic": true, "reportedAt": "2024-05-01T10:00:00+07:00" }""")]
    [InlineData("""{ "violence": ["sexual"], "trafficking": true, "consent": true, "incidentAt": "2024-04-20T08:00:00+07:00", "reportedAt": "2024-05-01T10:00:00+07:00" }""")]
    public void Referral_decisions_with_and_without_their_values(string json)
    {
        var file = Path.Combine(_folder, "case.json");
        File.WriteAllText(file, json);
        foreach (var plan in Plans())
        {
            var own = PlanWords(plan);
            foreach (var extra in new[] { Array.Empty<string>(), ["--redact"], ["--override", "threat-to-life"] })
            {
                var (exit, text, _) = Run(["refer", plan, "--case", file, .. extra]);
                Assert.Equal(0, exit);
                Assert.NotEmpty(text);
                NoEnglish($"{plan} refer {string.Join(' ', extra)}", text, own);
            }
        }
    }

    [Fact]
    public void The_explanations_of_results_findings_and_reports_owed()
    {
        foreach (var (name, report) in Reports())
        {
            var own = PlanWords(TestFiles.SamplePlan(name == "dak-to with data" ? "ubnd-dak-to-2017-2020.plan.json" : name));
            foreach (var r in report.Indicators.Concat(report.ByUnit.Values.SelectMany(v => v)))
            {
                NoEnglish($"{name}: {r.Indicator.Key}", r.Explain("vi"), own);
            }

            foreach (var f in report.Consistency.Violations.Concat(report.Consistency.Skipped))
            {
                NoEnglish($"{name}: {f.Rule.Key}", f.Explain("vi"), own);
            }

            foreach (var e in report.Timeliness.Reports)
            {
                NoEnglish($"{name}: {e.Report.Obligation.Key}", e.Explain("vi", report.Plan.Agencies), own);
                if (report.Plan.FindAgency(e.Unit) is { } agency)
                {
                    Assert.StartsWith(agency.Name.Vi + ":", e.Explain("vi", report.Plan.Agencies), StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("evaluate")]
    [InlineData("generate")]
    [InlineData("targets")]
    [InlineData("calendar")]
    [InlineData("refer")]
    [InlineData("conformance")]
    [InlineData("test")]
    [InlineData("extract")]
    public void The_help_with_system_commandline_s_own_words(string command)
    {
        var (exit, output, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        // The library's headings, its --help line, "[default: ...]" and "(REQUIRED)" too, in Vietnamese.
        Assert.Contains("Cách dùng:", output, StringComparison.Ordinal);
        Assert.Contains("Xem trợ giúp và cách dùng", output, StringComparison.Ordinal);
        // Placeholders and the formats an option takes are keywords.
        var ours = Regex.Replace(output, @"<[^>]*>|CSV: [a-z_, ]+|\{[^}]*\}|\b(text|md|json|html|junit|csv|threat-to-life|child-at-risk)\b",
            string.Empty, RegexOptions.Multiline);
        // Names of formats and of the package, the same in any language.
        HashSet<string> names = ["gbv", "domain", "txt", "utf", "docx", "pdf", "yyyy", "icalendar", "junit", "xml", "utc", "markdown", "ci"];
        NoEnglish(command + " --help", ours, names, isoAllowed: true);
        Assert.Contains("kế hoạch", ours, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_s_help_in_each_language()
    {
        var vi = Run("--help").Out;
        Assert.StartsWith("Mô tả:", vi, StringComparison.Ordinal);
        // In process the usage line names the test host, not gbv.
        Assert.Matches(@"(?m)^  \S+ \[lệnh\] \[tùy chọn\]\r?$", vi);
        Assert.Contains("--version       Xem phiên bản của công cụ", vi, StringComparison.Ordinal);
        // The package's name and the commands' names are the same in any language.
        NoEnglish("--help", Regex.Replace(vi, @"(?m)^  \S+ \[|<[^>]*>", string.Empty),
            ["gbv", "domain", "validate", "evaluate", "generate", "targets", "calendar", "refer", "conformance", "test", "extract"], isoAllowed: true);
        // English stays the library's own; a required option's column is as wide in either language.
        var en = Run("--help", "--lang", "en").Out;
        Assert.StartsWith("Description:", en, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information", en, StringComparison.Ordinal);
        Assert.Equal("(REQUIRED)".Length, "(BẮT BUỘC)".Length);
        var refer = Run("refer", "--help").Out.Split('\n').Single(l => l.Contains("--case", StringComparison.Ordinal));
        var referEn = Run("refer", "--help", "--lang", "en").Out.Split('\n').Single(l => l.Contains("--case", StringComparison.Ordinal));
        Assert.Equal(referEn.IndexOf("JSON", StringComparison.Ordinal) > 0, refer.Contains("JSON", StringComparison.Ordinal));
        Assert.Equal(referEn.Length - referEn.TrimStart().Length, refer.Length - refer.TrimStart().Length);
        Assert.Equal(referEn.IndexOf("  ", referEn.IndexOf("(REQUIRED)", StringComparison.Ordinal), StringComparison.Ordinal),
            refer.IndexOf("  ", refer.IndexOf("(BẮT BUỘC)", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_s_own_messages()
    {
        var dakTo = TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json");
        var missing = Path.Combine(_folder, "no-such.json");
        var seed = TestFiles.Seeds[1];
        string[][] runs =
        [
            ["validate", TestFiles.SamplePlans],
            ["validate", missing],
            ["targets", dakTo, "--denominator", "37"],
            ["targets", dakTo, "--denominator", "0"],
            ["calendar", dakTo, "--from", "2020-12-31", "--to", "2020-01-01"],
            ["calendar", dakTo, "--from", "2020-01-01", "--to", "2020-12-31", "--ics", Path.Combine(_folder, "a.ics")],
            ["evaluate", dakTo, "--as-of", "31/12/2020"],
            ["evaluate", dakTo, "--as-of", "2020-12-31", "--cases", missing],
            ["generate", dakTo, "--cases", "3", "--out", _folder],
            ["generate", dakTo, "--cases", "-1"],
            ["refer", dakTo, "--case", missing],
            ["test", TestFiles.SamplePlans],
            ["test", _folder],
            ["conformance", dakTo, dakTo],
            ["conformance", TestFiles.SamplePlan("ubnd-can-tho-2024.plan.json"), TestFiles.SamplePlan("qd-2232-ttg-2020.plan.json")],
            ["extract", seed.Seed, "--out", Path.Combine(_folder, "draft.json"), "--compare", seed.Plan],
            ["no-such-command"],
            ["evaluate", dakTo],
            ["--lang", "fr", "validate", dakTo],
        ];
        foreach (var args in runs)
        {
            var (_, output, errors) = Run(args);
            // Diagnostics are the plan's and the package's, in both languages already (their own tests). A scenario's name
            // is the scenario's author's; what each check says is the runner's. Both plans' words are a conformance check's own.
            var lines = (output + "\n" + errors).Split('\n')
                .Where(l => !Regex.IsMatch(l, @"\b(error|warning|info|review) GBV\d{4}") && !l.StartsWith("    \"", StringComparison.Ordinal))
                .Select(l => args[0] == "test" ? Regex.Replace(l, "›.*›", "›") : l);
            // A refusal may show the form a user types ("ví dụ 2020-12-31").
            var own = args[0] == "conformance" ? [.. PlanWords(args[1]), .. PlanWords(args[2])] : (HashSet<string>?)null;
            NoEnglish(string.Join(' ', args), string.Join('\n', lines), own, isoAllowed: errors.Length > 0 && output.Length == 0);
        }
    }
}
