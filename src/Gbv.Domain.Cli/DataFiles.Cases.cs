using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using NodaTime;

namespace Gbv.Domain.Cli;

/// <summary>The cases file, CSV or JSON Lines: each record read to a case, a case id seen twice counted once.</summary>
internal sealed partial class DataFiles
{
    // Case ids seen in the case file, so that a case sent twice is counted once.
    private readonly CaseIdSet _caseIds = new();

    /// <summary>
    /// Cases from CSV (<c>case_id</c>, never printed, <c>unit</c>, and the standard case fields, empty where unknown) or
    /// from JSON Lines (<c>.jsonl</c>: one case object per line, with the field names of <c>gbv refer</c>).
    /// </summary>
    public IEnumerable<CaseRecord> Cases(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? JsonLines(path) : CsvCases(path);

    private IEnumerable<CaseRecord> JsonLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(stream);
        var length = Math.Max(1, stream.Length);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (Progress is { } progress && (number & 0xFFFF) == 0)
            {
                progress((double)stream.Position / length);
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CaseRecord? record = null;
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(line, JsonLineOptions);
                var at = number;
                Dictionary<string, (int Line, int Column)>? columns = null;
                record = CaseJson.Parse(document.RootElement, path, name => (columns ??= CaseJson.PropertyLines(System.Text.Encoding.UTF8.GetBytes(line), at)).GetValueOrDefault(name, (at, 1)), _problems, ShowCaseValues);
                if (record is not null)
                {
                    // A line without a "caseId" has no id: it can never repeat another's. A numeric id (a register's row number) is an id too.
                    var id = document.RootElement.TryGetProperty("caseId", out var given) ? given : default;
                    record = record with
                    {
                        CaseId = id.ValueKind switch { System.Text.Json.JsonValueKind.String => id.GetString()!, System.Text.Json.JsonValueKind.Number => id.GetRawText(), _ => string.Empty },
                    };
                }
            }
            catch (System.Text.Json.JsonException ex)
            {
                // The parser's message quotes the line (a survivor's data): say where, in the tool's own words.
                _problems.Add(CaseJson.SyntaxError(path, number, ex, LineNotCounted));
            }

            if (record is null || Repeated(record.CaseId, new SourceLocation(path, string.Empty, number, 1)))
            {
                Fail();
                continue;
            }

            yield return record;
        }
    }

    private static readonly System.Text.Json.JsonDocumentOptions JsonLineOptions = new() { MaxDepth = 16 };

    private static readonly (string En, string Vi) LineNotCounted = ("the line is not counted", "dòng này không được tính");

    private IEnumerable<CaseRecord> CsvCases(string path) => Rows(path, ["case_id", "unit", "age", "sex", "violence", "incident_type", "trafficking", "domestic", "risk", "consent", "incident_at", "reported_at"], row =>
    {
        var ok = row.Optional("age", s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= 150 ? a : null, Expected.Age, out int? age)
            & row.Optional("sex", s => Keywords<Sex>.TryParse(s, out var v) ? v : null, Expected.Sex, out Sex? sex)
            & row.Optional("violence", Violence, Expected.ViolenceList, out ViolenceKinds? violence)
            & row.Optional("incident_type", s => Keywords<IncidentType>.TryParse(s, out var v) ? v : null, Expected.IncidentType, out IncidentType? type)
            & row.Optional("trafficking", Bool, Expected.TrueOrFalse, out bool? trafficking)
            & row.Optional("domestic", Bool, Expected.TrueOrFalse, out bool? domestic)
            & row.Optional("risk", s => Keywords<RiskLevel>.TryParse(s, out var v) ? v : null, Expected.Risk, out RiskLevel? risk)
            & row.Optional("consent", Bool, Expected.TrueOrFalse, out bool? consent)
            & row.Optional("incident_at", CaseJson.Parse, Expected.PointInTime, out Instant? incident)
            & row.Optional("reported_at", CaseJson.Parse, Expected.PointInTime, out Instant? reported);
        return ok && !Repeated(row.Text("case_id"), row.Here)
            ? new CaseRecord
            {
                CaseId = row.Text("case_id"), Unit = row.Text("unit") is { Length: > 0 } u ? u : null, Age = age, Sex = sex,
                Violence = violence ?? ViolenceKinds.None, IncidentType = type, Trafficking = trafficking ?? false, Domestic = domestic ?? false,
                Risk = risk, Consent = consent ?? false, IncidentAt = incident, ReportedAt = reported,
            }
            : null;
    }, caseFile: true);

    /// <summary>A case id an earlier record of the file had (GBV4013): the record is not counted, and the id is not shown.</summary>
    private bool Repeated(string caseId, SourceLocation here)
    {
        if (_caseIds.TryAdd(caseId, here.Line, out var first))
        {
            return false;
        }

        var line = first.ToString(CultureInfo.InvariantCulture);
        _problems.Add(Diagnostic.Create(CaseDataDiagnostics.RepeatedCaseId, here, [$"the case on line {line}"], [$"hồ sơ ở dòng {line}"]));
        return true;
    }

    internal static bool? Bool(string text) => text switch { "true" or "1" or "yes" => true, "false" or "0" or "no" => false, _ => null };

    internal static ViolenceKinds? Violence(string text)
    {
        var kinds = ViolenceKinds.None;
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Keywords<ViolenceKinds>.TryParse(part, out var kind))
            {
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }
}
