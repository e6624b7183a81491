using System.Text;

namespace Gbv.Domain.Tests.Architecture;

/// <summary>
/// The package reads in one direction (docs/architecture.md): the shared basics at the bottom, then time, conditions,
/// the values, the plan, the calendar, the plan files and the engines. A folder names types only of folders before it
/// in <see cref="Layers"/>; folders on one line are peers that name none of each other's types. The test reads the
/// built assembly, so a type named only inside a lambda or a generic argument counts. That each satellite package
/// names the core and no other package is checked by its own tests (PackageReferencesTests).
/// </summary>
public sealed class LayerTests
{
    /// <summary>The folders of src/Gbv.Domain, bottom first, by namespace (a sub-namespace has a line of its own).</summary>
    public static readonly string[][] Layers =
    [
        ["Gbv.Domain.Localization"],
        ["Gbv.Domain"],
        ["Gbv.Domain.Diagnostics"],
        ["Gbv.Domain.Time"],
        ["Gbv.Domain.Conditions"],
        ["Gbv.Domain.Specifications"],
        ["Gbv.Domain.Agencies", "Gbv.Domain.Campaigns", "Gbv.Domain.Cases"],
        ["Gbv.Domain.Tasks"],
        ["Gbv.Domain.Indicators", "Gbv.Domain.Reporting", "Gbv.Domain.Referrals"],
        ["Gbv.Domain.Plans"],
        ["Gbv.Domain.Calendar"],
        ["Gbv.Domain.Definitions.Format"],
        ["Gbv.Domain.Definitions.Reading"],
        ["Gbv.Domain.Definitions.Validation"],
        ["Gbv.Domain.Definitions"],
        ["Gbv.Domain.Evaluation.Indicators", "Gbv.Domain.Evaluation.Reporting", "Gbv.Domain.Evaluation.Referrals"],
        ["Gbv.Domain.Evaluation"],
        ["Gbv.Domain.Evaluation.Rendering"],
    ];

    [Fact]
    public void Every_folder_of_the_core_package_has_its_place_in_the_layers()
    {
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var folders = typeof(Gbv.Domain.Plans.Plan).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Gbv.Domain", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.DoesNotContain(folders, f => !placed.Contains(f!));
    }

    [Fact]
    public void No_folder_of_the_core_package_names_a_type_of_a_folder_after_it_or_beside_it()
    {
        var rank = Layers.SelectMany((layer, i) => layer.Select(folder => (folder, i))).ToDictionary(x => x.folder, x => x.i, StringComparer.Ordinal);
        var wrong = FolderDependencies.Read(typeof(Gbv.Domain.Plans.Plan).Assembly.Location)
            .Where(u => rank.ContainsKey(u.From) && rank.ContainsKey(u.To) && rank[u.To] >= rank[u.From])
            .ToList();
        Assert.True(wrong.Count == 0, Describe(wrong));
    }

    private static string Describe(IEnumerable<FolderDependencies.Use> uses)
    {
        var text = new StringBuilder("These types name a folder to their right in LayerTests.Layers (docs/architecture.md):\n");
        foreach (var group in uses.GroupBy(u => (u.From, u.To)))
        {
            text.Append("  ").Append(group.Key.From).Append(" -> ").Append(group.Key.To).Append(": ")
                .AppendJoin(", ", group.Select(u => $"{u.User} names {u.Target}").Distinct().Take(6)).Append('\n');
        }

        return text.ToString();
    }
}
