using System.Text.Json;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Cli.Localization;

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
            var (en, vi) = CliWords.Both(root.ValueKind switch
            {
                JsonValueKind.Null => "Json.Null",
                JsonValueKind.Number => "Json.Number",
                JsonValueKind.String => "Json.String",
                JsonValueKind.Array => "Json.Array",
                _ => "Json.Boolean",
            });
            problems.Add(Diagnostic.Create(CaseDataDiagnostics.NotACaseObject, new SourceLocation(path, string.Empty, at(string.Empty).Line, 1), [en], [vi]));
            return null;
        }

        var ok = true;
        T? Field<T>(CaseField field, Func<JsonElement, T?> read)
            where T : struct
        {
            if (!root.TryGetProperty(field.Json, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var result = read(value);
            if (result is null)
            {
                ok = false;
                var (line, column) = at(field.Json);
                problems.Add(field.JsonExpected.NotMetBy(new SourceLocation(path, "/" + field.Json, line, column), DiagnosticText.QuotedValue(showValues ? value.GetRawText() : null), field.Json));
            }

            return result;
        }

        // Text a field holds, or null when it is not a string (a JSON list or number is no keyword, time or unit).
        static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

        // A line without a "caseId" has no id: it can never repeat another's. A numeric id (a register's row number) is an id too.
        var caseId = Field(CaseField.CaseId, e => e.ValueKind switch { JsonValueKind.String => (Id?)new(e.GetString()!), JsonValueKind.Number => new Id(e.GetRawText()), _ => null });
        var unit = Field(CaseField.Unit, e => Text(e) is { } u ? new Id(u) : (Id?)null);
        var record = CaseField.Record(
            caseId?.Text ?? string.Empty, unit?.Text,
            Field(CaseField.Age, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var years) ? CaseFieldText.Age(years) : null),
            Field(CaseField.Sex, e => CaseFieldText.Keyword<Sex>(Text(e))),
            Field(CaseField.Violence, e => e.ValueKind == JsonValueKind.Array ? CaseFieldText.Violence(e.EnumerateArray().Select(Text)) : null),
            Field(CaseField.IncidentType, e => CaseFieldText.Keyword<IncidentType>(Text(e))),
            Field(CaseField.Trafficking, Bool), Field(CaseField.Domestic, Bool),
            Field(CaseField.Risk, e => CaseFieldText.Keyword<RiskLevel>(Text(e))),
            Field(CaseField.Consent, Bool),
            Field(CaseField.IncidentAt, e => CaseTimes.Parse(Text(e))),
            Field(CaseField.ReportedAt, e => CaseTimes.Parse(Text(e))));
        return ok ? record : null;
    }

    // A field's text as a value, for the one reading of fields that answers null for "not one".
    private readonly record struct Id(string Text);

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
        foreach (var (name, line, column) in Properties(json, firstLine))
        {
            lines.TryAdd(name, (line, column));
        }

        return lines;
    }

    /// <summary>
    /// The first top-level property given a second time, where its second value starts, or null: a case cannot say
    /// two ages, and which one is meant cannot be told (the parser refuses it without saying where).
    /// </summary>
    public static (string Name, int Line, int Column)? RepeatedProperty(ReadOnlySpan<byte> json, int firstLine = 1)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Properties(json, firstLine))
        {
            if (!seen.Add(property.Name))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The diagnostic for a property given twice: its name (a field's, never its values) and where.</summary>
    public static Diagnostic Repeated(string path, (string Name, int Line, int Column) property) =>
        Diagnostic.Create(CaseDataDiagnostics.RepeatedProperty, new SourceLocation(path, "/" + property.Name, property.Line, property.Column), property.Name);

    /// <summary>The options every case document is parsed with: a property given twice is refused, not silently the last.</summary>
    public static JsonDocumentOptions Options(int maxDepth) => new() { MaxDepth = maxDepth, AllowDuplicateProperties = false };

    // Each top-level property in order with the line and column of its value.
    private static List<(string Name, int Line, int Column)> Properties(ReadOnlySpan<byte> json, int firstLine)
    {
        var properties = new List<(string, int, int)>();
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
                    properties.Add((name, firstLine + before.Count((byte)'\n'), System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A reader that stops early leaves the properties it found.
        }

        return properties;
    }

    private static bool? Bool(JsonElement e) => e.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
}
