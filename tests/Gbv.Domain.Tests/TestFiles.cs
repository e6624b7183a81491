namespace Gbv.Domain.Tests;

/// <summary>Where the test's data files are: copied next to the test assembly, or in the repository.</summary>
internal static class TestFiles
{
    public static string SamplePlans => Path.Combine(AppContext.BaseDirectory, "samples", "plans");

    public static string Malformed => Path.Combine(AppContext.BaseDirectory, "Definitions", "Malformed");

    public static string SamplePlan(string name) => Path.Combine(SamplePlans, name);

    /// <summary>The repository root (where Gbv.Domain.sln is), for checks on docs and schema.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gbv.Domain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Gbv.Domain.sln not found above the test assembly.");
        }
    }

    /// <summary>A small valid plan, as text, for tests that change one thing.</summary>
    public const string MinimalPlan = """
        {
          "format": "gbv-plan/1",
          "id": "t",
          "title": { "vi": "Kế hoạch thử" },
          "document": { "issuer": "ubnd" },
          "level": "commune",
          "period": { "from": 2024, "to": 2024 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ]
        }
        """;
}
