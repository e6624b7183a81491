using System.Collections.Immutable;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A plan written from docs/plan-format.md alone (not from a seed): a commune, three villages, 2024-2026. Its tests work
/// every expected status out by hand.
/// </summary>
internal static class UntunedPlan
{
    public const string File = "ubnd-xa-hoa-binh-2024-2026.plan.json";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Untuned", File);

    public static string Json => System.IO.File.ReadAllText(Path);

    /// <summary>The plan with every ratio indicator's missing-value strategy set (null: the default).</summary>
    public static CompiledPlan<CaseRecord> Compiled(string? missing = null)
    {
        var json = missing is null ? Json : Json.Replace("\"metric\": { \"reported\"", $"\"missing\": \"{missing}\", \"metric\": {{ \"reported\"", StringComparison.Ordinal);
        var result = ComplianceEngine.Load(json, File);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.CompiledPlan!;
    }

    public static Plan Plan => Compiled().Plan;

    /// <summary>The villages the village boards stand for (<c>--units</c>).</summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> Villages { get; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("ban-thon", ["thon-1", "thon-2", "thon-3"]);
}
