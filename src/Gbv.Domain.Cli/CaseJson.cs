using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
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
    public static CaseRecord? Parse(JsonElement root, string path, int line, List<Diagnostic> problems, bool showValues) =>
        Parse(root, path, _ => (line, 0), problems, showValues);

    /// <summary>The case, or null with a diagnostic per bad value at its JSON pointer and the line and column <paramref name="at"/> gives for a field.</summary>
    public static CaseRecord? Parse(JsonElement root, string path, Func<string, (int Line, int Column)> at, List<Diagnostic> problems, bool showValues)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            // null, 42, [1,2] or true is no case: counting it as one with every field unknown would invent a person.
            var (en, vi) = root.ValueKind switch
            {
                JsonValueKind.Null => ("null", "null"),
                JsonValueKind.Number => ("a number", "một số"),
                JsonValueKind.String => ("a string", "một chuỗi"),
                JsonValueKind.Array => ("an array", "một mảng"),
                _ => ("true or false", "true hoặc false"),
            };
            problems.Add(Diagnostic.Create(CaseDataDiagnostics.NotACaseObject, new SourceLocation(path, string.Empty, at(string.Empty).Line, 1), [en], [vi]));
            return null;
        }

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
                problems.Add(expected.NotMetBy(new SourceLocation(path, "/" + name, at(name).Line, at(name).Column), DiagnosticText.QuotedValue(showValues ? value.GetRawText() : null), name));
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

    /// <summary>
    /// A syntax error at its line and byte in the line, in the tool's words: the parser's message would quote the
    /// text it stopped at, which is a survivor's data.
    /// </summary>
    public static Diagnostic SyntaxError(string path, int line, JsonException ex, (string En, string Vi) consequence) =>
        Diagnostic.Create(CaseDataDiagnostics.DataJsonSyntax, new SourceLocation(path, string.Empty, line, (int)(ex.BytePositionInLine ?? 0) + 1),
            [consequence.En], [consequence.Vi]);

    /// <summary>
    /// The 1-based line and column of each top-level property's value in a JSON object, for diagnostics about a case
    /// file's fields; <paramref name="firstLine"/> is the line the text starts on (a JSON Lines line's number).
    /// </summary>
    public static Dictionary<string, (int Line, int Column)> PropertyLines(ReadOnlySpan<byte> json, int firstLine = 1)
    {
        var lines = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var offset = (int)reader.TokenStartIndex;
                    var before = json[..offset];
                    var lineStart = before.LastIndexOf((byte)'\n') + 1;
                    lines.TryAdd(name, (firstLine + before.Count((byte)'\n'), System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The document was parsed before; a reader that disagrees leaves the lines it found.
        }

        return lines;
    }

    private static bool? Bool(JsonElement e) => e.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };

    /// <summary>A point in time (with its offset, or in UTC), or null; a time outside the days a plan can be about is null too.</summary>
    /// <remarks>The year 9999 reads, and then a deadline a day after it lies past the end of time.</remarks>
    internal static Instant? Parse(string text) =>
        (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset ? offset.Value.ToInstant()
        : InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant ? instant.Value
        : (Instant?)null) is { } at && at.InUtc().Date >= CliOptions.FirstDay && at.InUtc().Date <= CliOptions.LastDay ? at : null;
}
