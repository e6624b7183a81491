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
        T? Field<T>(string name, Func<JsonElement, T?> read, Expected expected)
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
                problems.Add(expected.NotMetBy(new SourceLocation(path, "/" + name, line, 0), DiagnosticDescriptors.QuotedValue(showValues ? value.GetRawText() : null), name));
            }

            return result;
        }

        static TEnum? Keyword<TEnum>(JsonElement e)
            where TEnum : struct, Enum => e.ValueKind == JsonValueKind.String && Keywords<TEnum>.TryParse(e.GetString(), out var v) ? v : null;

        var violence = Field("violence", e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(k => Keyword<ViolenceKinds>(k) is not null)
            ? e.EnumerateArray().Aggregate(ViolenceKinds.None, (all, k) => all | Keyword<ViolenceKinds>(k)!.Value)
            : (ViolenceKinds?)null, Expected.ViolenceArray);
        var record = new CaseRecord
        {
            CaseId = "case",
            Age = Field("age", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var a) && a is >= 0 and <= 150 ? a : (int?)null, Expected.Age),
            Sex = Field("sex", Keyword<Sex>, Expected.Sex),
            Violence = violence ?? ViolenceKinds.None,
            IncidentType = Field("incidentType", Keyword<IncidentType>, Expected.IncidentType),
            Trafficking = Field("trafficking", Bool, Expected.TrueOrFalse) ?? false,
            Domestic = Field("domestic", Bool, Expected.TrueOrFalse) ?? false,
            Risk = Field("risk", Keyword<RiskLevel>, Expected.Risk),
            Consent = Field("consent", Bool, Expected.TrueOrFalse) ?? false,
            IncidentAt = Field("incidentAt", e => e.ValueKind == JsonValueKind.String ? Parse(e.GetString()!) : null, Expected.PointInTime),
            ReportedAt = Field("reportedAt", e => e.ValueKind == JsonValueKind.String ? Parse(e.GetString()!) : null, Expected.PointInTime),
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
