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

    /// <summary>The source texts of the seed plans, kept in the repository (samples/sources/README.md).</summary>
    public static string Sources => Path.Combine(RepositoryRoot, "samples", "sources");

    /// <summary>
    /// The five source plans (samples/sources), each with the sample plan file encoded from it by hand, in the order
    /// of the seed set the project received (000 to 004).
    /// </summary>
    public static IReadOnlyList<(string Seed, string Plan)> Seeds { get; } =
    [
        (Source("hoi-lhpn-long-bien-13-kh-btv-2023.txt"), SamplePlan("hoi-lhpn-long-bien-2023.plan.json")),
        (Source("ubnd-dak-to-ke-hoach-2017-2020.txt"), SamplePlan("ubnd-dak-to-2017-2020.plan.json")),
        (Source("ubnd-can-tho-80-kh-ubnd-2024.txt"), SamplePlan("ubnd-can-tho-2024.plan.json")),
        (Source("ubnd-cam-tan-ke-hoach-2024.txt"), SamplePlan("ubnd-cam-tan-2024.plan.json")),
        (Source("ubnd-hai-duong-1883-kh-ubnd-2020.txt"), SamplePlan("ubnd-hai-duong-2020.plan.json")),
    ];

    private static string Source(string name) => Path.Combine(Sources, name);

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

    /// <summary>Cần Thơ's 2024 plan without the links to the national programme (issue 27), for tests that link it elsewhere or nowhere.</summary>
    public static string CanThoUnlinked() => File.ReadAllText(SamplePlan("ubnd-can-tho-2024.plan.json"))
        .Replace("\n      \"implements\": \"qd-2232-ttg-2020#victims-seek-help\",", string.Empty, StringComparison.Ordinal)
        .Replace("\n      \"implements\": \"qd-2232-ttg-2020#help-provided\",", string.Empty, StringComparison.Ordinal);

    /// <summary>Cần Thơ's 2024 plan with its "tối thiểu 70%" indicator linked to <see cref="CanThoParentPlan"/>'s.</summary>
    public static string CanThoLinkedToParent() => CanThoUnlinked()
        .Replace("\"key\": \"victims-seek-help\",", "\"key\": \"victims-seek-help\", \"implements\": \"can-tho-2021-2025#seek-help\",", StringComparison.Ordinal);
}
