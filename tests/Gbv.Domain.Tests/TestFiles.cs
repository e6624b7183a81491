namespace Gbv.Domain.Tests;

/// <summary>Where the test's data files are: copied next to the test assembly, or in the repository.</summary>
internal static class TestFiles
{
    public static string SamplePlans => Path.Combine(AppContext.BaseDirectory, "samples", "plans");

    public static string Malformed => Path.Combine(AppContext.BaseDirectory, "Definitions", "Malformed");

    public static string SamplePlan(string name) => Path.Combine(SamplePlans, name);

    /// <summary>A plan from its JSON text, failing the test with every diagnostic when it does not load.</summary>
    public static Gbv.Domain.Plans.Plan LoadPlan(string json)
    {
        var result = Gbv.Domain.Definitions.PlanLoader.Load(json);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result.Plan!;
    }

    /// <summary>The five source plans (../shared/seeds), each with the sample plan file encoded from it by hand.</summary>
    public static IReadOnlyList<(string Seed, string Plan)> Seeds { get; } =
    [
        (SeedFile("000_"), SamplePlan("hoi-lhpn-long-bien-2023.plan.json")),
        (SeedFile("001_"), SamplePlan("ubnd-dak-to-2017-2020.plan.json")),
        (SeedFile("002_"), SamplePlan("ubnd-can-tho-2024.plan.json")),
        (SeedFile("003_"), SamplePlan("ubnd-cam-tan-2024.plan.json")),
        (SeedFile("004_"), SamplePlan("ubnd-hai-duong-2020.plan.json")),
    ];

    private static string SeedFile(string prefix) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "..", "shared", "seeds"), prefix + "*.txt").Single();

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

    /// <summary>A parent plan written for the tests: city plan 2021-2025 with "seek-help" at a threshold by a year.</summary>
    public static string CanThoParentPlan(string comparison, int value, int year) => $$"""
        {
          "format": "gbv-plan/1", "id": "can-tho-2021-2025", "title": { "vi": "Kế hoạch thành phố (thử)" },
          "document": { "issuer": "ubnd" }, "level": "province", "period": { "from": 2021, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND thành phố" }, "kind": "peoples-committee" } ],
          "dataElements": [ { "key": "n", "name": { "vi": "n" } }, { "key": "d", "name": { "vi": "d" } } ],
          "indicators": [ { "key": "seek-help", "title": { "vi": "Tìm kiếm trợ giúp" }, "source": "thử",
            "metric": { "reported": { "numerator": "n", "denominator": "d" } },
            "targets": [ { "by": {{year}}, "threshold": { "comparison": "{{comparison}}", "value": {{value}} } } ] } ]
        }
        """;

    /// <summary>Cần Thơ's 2024 plan with its "tối thiểu 70%" indicator linked to <see cref="CanThoParentPlan"/>'s.</summary>
    public static string CanThoLinkedToParent() => File.ReadAllText(SamplePlan("ubnd-can-tho-2024.plan.json"))
        .Replace("\"key\": \"victims-seek-help\",", "\"key\": \"victims-seek-help\", \"implements\": \"can-tho-2021-2025#seek-help\",", StringComparison.Ordinal);
}
