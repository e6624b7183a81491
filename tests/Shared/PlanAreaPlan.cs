namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A second plan written from docs/plan-format.md alone: a district whose communes report cases and safe addresses, and
/// whose labour office reports a survey for the whole district (Untuned/ubnd-huyen-an-lac-2025.plan.json).
/// </summary>
internal static class PlanAreaPlan
{
    public const string File = "ubnd-huyen-an-lac-2025.plan.json";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Untuned", File);

    public static string Json => System.IO.File.ReadAllText(Path);

    /// <summary>A province plan the district's indicators may implement.</summary>
    public const string Parent = """
        { "format": "gbv-plan/1", "id": "ubnd-tinh-2021-2025", "title": { "vi": "Kế hoạch của tỉnh (thử)" },
          "document": { "issuer": "ubnd-tinh" }, "level": "province", "period": { "from": 2021, "to": 2025 },
          "agencies": [ { "id": "ubnd-tinh", "name": { "vi": "UBND tỉnh" }, "kind": "peoples-committee" } ],
          "dataElements": [ { "key": "n", "name": { "vi": "n" } }, { "key": "d", "name": { "vi": "d" } } ],
          "indicators": [ { "key": "supported", "title": { "vi": "Được hỗ trợ" }, "source": "ít nhất 70% được hỗ trợ",
            "metric": { "reported": { "numerator": "n", "denominator": "d" } },
            "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 70 }, "phrase": "ít nhất 70%" } ] } ] }
        """;

    /// <summary>The district plan with "cases-supported" implementing <paramref name="implements"/>, with or without the reference to the province plan.</summary>
    public static string Child(string implements, bool referenced) => Json
        .Replace("\"key\": \"cases-supported\",", $"\"key\": \"cases-supported\", \"implements\": \"{implements}\",", StringComparison.Ordinal)
        .Replace("\"level\": \"district\",\n", referenced
            ? "\"level\": \"district\",\n  \"references\": [ { \"id\": \"kh-tinh\", \"relation\": \"implements\", \"kind\": \"plan\", \"number\": \"30/KH-UBND\", \"plan\": \"ubnd-tinh-2021-2025\", \"source\": \"Thực hiện Kế hoạch số 30/KH-UBND của UBND tỉnh\" } ],\n"
            : "\"level\": \"district\",\n", StringComparison.Ordinal);
}
