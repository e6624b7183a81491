namespace Gbv.Domain.Tests.Cascade;

/// <summary>Plan texts written by hand from docs/plan-format.md for the parts issue 27 added.</summary>
internal static class CascadePlans
{
    /// <summary>A minimal plan with the given root properties spliced in after "level" (a JSON fragment ending with a comma, or empty).</summary>
    public static string Plan(string document = "\"issuer\": \"ubnd\"", string period = "\"from\": 2024, \"to\": 2024", string extra = "") => $$"""
        {
          "format": "gbv-plan/1",
          "id": "t",
          "title": { "vi": "Kế hoạch thử" },
          "document": { {{document}} },
          "level": "commune",
          "period": { {{period}} },
          {{extra}}
          "agencies": [
            { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee", "level": "commune" },
            { "id": "cong-an", "name": { "vi": "Công an xã" }, "kind": "police" },
            { "id": "hoi-lhpn", "name": { "vi": "Hội LHPN xã" }, "kind": "womens-union" }
          ]
        }
        """;

    /// <summary>A joint target "by 2024" over detected and supported, with the threshold given.</summary>
    public static string Joint(string threshold, string phrase, string extra = "") => Plan(extra: $$"""
        {{extra}}
        "dataElements": [
          { "key": "victims_total", "name": { "vi": "Số nạn nhân" } },
          { "key": "victims_detected", "name": { "vi": "Số nạn nhân được phát hiện" } },
          { "key": "victims_supported", "name": { "vi": "Số nạn nhân được hỗ trợ" } },
          { "key": "victims_intervened", "name": { "vi": "Số nạn nhân được can thiệp kịp thời" } }
        ],
        "indicators": [
          { "key": "victims", "title": { "vi": "Nạn nhân được phát hiện, hỗ trợ và can thiệp kịp thời" },
            "source": "{{phrase}} nạn nhân được phát hiện, hỗ trợ và can thiệp kịp thời",
            "metric": { "reported": { "numerator": "victims_detected", "and": ["victims_supported", "victims_intervened"], "denominator": "victims_total" } },
            "targets": [ { "by": 2024, "threshold": {{threshold}}, "phrase": "{{phrase}}" } ] }
        ],
        """);
}
