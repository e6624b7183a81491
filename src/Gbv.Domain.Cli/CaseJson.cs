using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Cli;

/// <summary>
/// A case as JSON, with the standard field names (<c>age</c>, <c>sex</c>, <c>violence</c> as a list, <c>incidentType</c>,
/// <c>trafficking</c>, <c>domestic</c>, <c>risk</c>, <c>consent</c>, <c>incidentAt</c>, <c>reportedAt</c>, <c>unit</c>, and
/// <c>caseId</c>, never printed): for <c>gbv refer</c> and for JSON Lines case files.
/// </summary>
internal static class CaseJson
{
    /// <summary>The case, or null with a diagnostic per bad value (at its JSON pointer, and line for JSON Lines).</summary>
    /// <remarks>A bad value is quoted only when <paramref name="showValues"/> is set: it is a survivor's data.</remarks>
    public static CaseRecord? Parse(JsonElement root, string path, int line, List<Diagnostic> problems, bool showValues)
    {
        var ok = true;
        T? Field<T>(string name, Func<JsonElement, T?> read, string expected)
            where T : struct
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var result = read(value);
            if (result is null)
            {
                ok = false;
                problems.Add(Diagnostic.Create(DiagnosticDescriptors.BadValue, new SourceLocation(path, "/" + name, line, 0), DiagnosticDescriptors.QuotedValue(showValues ? value.GetRawText() : null), name, expected));
            }

            return result;
        }

        static TEnum? Keyword<TEnum>(JsonElement e)
            where TEnum : struct, Enum => e.ValueKind == JsonValueKind.String && Keywords<TEnum>.TryParse(e.GetString(), out var v) ? v : null;

        var violence = Field("violence", e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(k => Keyword<ViolenceKinds>(k) is not null)
            ? e.EnumerateArray().Aggregate(ViolenceKinds.None, (all, k) => all | Keyword<ViolenceKinds>(k)!.Value)
            : (ViolenceKinds?)null, "a list such as [\"physical\", \"sexual\"]");
        var record = new CaseRecord
        {
            CaseId = "case",
            Age = Field("age", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var a) && a is >= 0 and <= 150 ? a : (int?)null, "a whole number of years from 0 to 150"),
            Sex = Field("sex", Keyword<Sex>, "female, male or other"),
            Violence = violence ?? ViolenceKinds.None,
            IncidentType = Field("incidentType", Keyword<IncidentType>, "a GBVIMS incident type"),
            Trafficking = Field("trafficking", Bool, "true or false") ?? false,
            Domestic = Field("domestic", Bool, "true or false") ?? false,
            Risk = Field("risk", Keyword<RiskLevel>, "low, medium, high or life-threatening"),
            Consent = Field("consent", Bool, "true or false") ?? false,
            IncidentAt = Field("incidentAt", e => e.ValueKind == JsonValueKind.String ? Parse(e.GetString()!) : null, "a point in time such as 2024-05-01T08:30:00+07:00"),
            ReportedAt = Field("reportedAt", e => e.ValueKind == JsonValueKind.String ? Parse(e.GetString()!) : null, "a point in time such as 2024-05-01T08:30:00+07:00"),
            Unit = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("unit", out var unit) && unit.ValueKind == JsonValueKind.String ? unit.GetString() : null,
        };
        return ok ? record : null;
    }

    private static bool? Bool(JsonElement e) => e.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };

    internal static Instant? Parse(string text) =>
        OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset ? offset.Value.ToInstant()
        : InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant ? instant.Value
        : null;
}
