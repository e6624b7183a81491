using System.Text.RegularExpressions;
using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>The whole-plan examples docs/plan-format.md gives for issue 27 (a national plan, a summary-sourced plan) load.</summary>
public sealed partial class FormatDocumentationTests
{
    [Fact]
    public void The_national_and_summary_examples_load()
    {
        var doc = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "plan-format.md"));
        var plans = JsonBlock().Matches(doc).Select(m => m.Groups[1].Value).Where(b => b.StartsWith("{\n  \"format\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, plans.Count);
        foreach (var json in plans)
        {
            var result = PlanLoader.Load(json, "plan-format.md");
            Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        }

        Assert.Equal(["ct-08-ttg-2020", "qd-2232-ttg-2020"], plans.Select(p => PlanLoader.Load(p).Plan!.Id).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
