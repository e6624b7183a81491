using System.Text.RegularExpressions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>The annotated example in docs/plan-format.md is a real plan: with its comments removed, it loads.</summary>
public sealed partial class DocumentationExampleTests
{
    [Fact]
    public void The_annotated_example_in_the_format_documentation_loads()
    {
        var doc = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "plan-format.md"));
        var example = ExampleBlock().Match(doc).Groups[1].Value;
        var json = string.Join('\n', example.Split('\n').Select(WithoutComment));

        var result = PlanLoader.Load(json, "plan-format.md");

        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.NotEqual(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal("ubnd-vi-du-2024", result.Plan!.Id);
        Assert.Equal(2, result.Plan.ReferralRules.Length);
    }

    [GeneratedRegex("```jsonc\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    /// <summary>The line up to a <c>//</c> comment that is outside any string.</summary>
    private static string WithoutComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (inString && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                inString = !inString;
            }
            else if (!inString && line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                return line[..i];
            }
        }

        return line;
    }
}
