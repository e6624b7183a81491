namespace Gbv.Domain.Tests.Architecture;

/// <summary>Which assemblies a built package names, read from its metadata (docs/architecture.md, "Layout: one direction").</summary>
internal static class PackageReferences
{
    /// <summary>The names of the assemblies the assembly at <paramref name="path"/> references.</summary>
    public static List<string> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
    }

    /// <summary>A satellite package, copied beside the test assembly, names the core and no other package of the repository.</summary>
    public static void AssertSatellite(string satellite)
    {
        var references = Of(Path.Combine(AppContext.BaseDirectory, satellite + ".dll"));
        Assert.Contains("Gbv.Domain", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Gbv.Domain.", StringComparison.Ordinal) || r == "gbv");
    }
}
