using System.Text.RegularExpressions;
using Gbv.Domain.Localization;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Localization;

/// <summary>
/// `gbv test` and `gbv extract` under vi (issue 23): a scenario's checks, passing and failing, and the extraction's
/// review of every sample text, read against the English words of the Testing and Extraction packages' resource files
/// as well as the core's and the tool's.
/// </summary>
public sealed partial class VietnameseEverywhereTests
{
    // The words of the two packages that print through the tool: the scenario runner's and the extraction's.
    private static IEnumerable<string> PackageWords(bool vi) =>
        Gbv.Domain.Testing.Localization.ScenarioWords.All(vi).Values.Concat(
            new WordSet(new System.Resources.ResourceManager("Gbv.Domain.Extraction.Localization.ExtractionWords", typeof(Gbv.Domain.Extraction.PlanExtractor).Assembly), "ExtractionWords.resx").All(vi).Values);

    [Fact]
    public void Scenario_checks_passing_and_failing()
    {
        // The sample plans' scenarios, all passing, and Đăk Tô's turned to fail in every kind of check.
        var (_, passing, _) = Run("test", TestFiles.SamplePlans);
        Assert.Contains("ĐẠT ", passing, StringComparison.Ordinal);
        NoEnglish("test (passing)", Checks(passing));
        foreach (var name in new[] { "ubnd-dak-to-2017-2020.plan.json", "qd-1464-ttg-2016.plan.json" })
        {
            File.Copy(TestFiles.SamplePlan(name), Path.Combine(_folder, name));
        }

        var failing = File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json"))
            .Replace("\"status\": \"Met\"", "\"status\": \"NotMet\"", StringComparison.Ordinal).Replace("\"OnTime\"", "\"Late\"", StringComparison.Ordinal)
            .Replace("\"2019-06-09\"", "\"2019-06-08\"", StringComparison.Ordinal).Replace("\"Conforms\"", "\"Looser\"", StringComparison.Ordinal)
            .Replace("T01:00:00Z", "T02:00:00Z", StringComparison.Ordinal).Replace("\"None\"", "\"Refer\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "ubnd-dak-to-2017-2020.plan.tests.json"), failing);
        var (exit, text, _) = Run("test", _folder);
        Assert.Equal(1, exit);
        foreach (var word in new[] { "mong đợi: trạng thái không đạt", "thực tế:  trạng thái đạt", "vì:       ", "hạn 09:00 02/05/2019 (+07:00)", "lỏng hơn", "chuyển gửi" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        NoEnglish("test (failing)", Checks(text), PlanWords(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")));
    }

    // A check's line without the scenario's name (its author's words): "ĐẠT file › name › what" reads "ĐẠT file › what".
    private static string Checks(string output) => Regex.Replace(output, "›.*›", "›");

    [Fact]
    public void The_extraction_s_review_of_every_sample_text()
    {
        var texts = TestFiles.Seeds.Select(s => s.Seed).Concat(Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "samples", "extraction"), "*.txt", SearchOption.AllDirectories)).ToList();
        Assert.True(texts.Count >= 10, $"{texts.Count} texts");
        foreach (var file in texts)
        {
            var (_, output, errors) = Run("extract", file);
            Assert.Contains("dòng ", output, StringComparison.Ordinal);
            // The text's own words are quoted ("    \"...\"", and the review notes quote them too); a diagnostic's line is
            // read after its code, so that its arguments (the element's kind, the note) are read too.
            var read = string.Join('\n', (output + "\n" + errors).Split('\n')
                .Where(l => !l.StartsWith("    \"", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l, @"^.*\b(error|warning|info|review) GBV\d{4}: ", string.Empty)));
            NoEnglish("extract " + Path.GetFileName(file), read);
        }
    }
}
