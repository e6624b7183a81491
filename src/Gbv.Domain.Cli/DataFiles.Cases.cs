using System.Collections.Immutable;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli.Localization;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Cli;

/// <summary>The cases file, CSV or JSON Lines: each record read to a case, a case id seen twice counted once.</summary>
internal sealed partial class DataFiles
{
    /// <summary>
    /// Cases from CSV (<c>case_id</c>, never printed, <c>unit</c>, and the standard case fields, empty where unknown) or
    /// from JSON Lines (<c>.jsonl</c>: one case object per line, with the field names of <c>gbv refer</c>).
    /// </summary>
    public IEnumerable<CaseRecord> Cases(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? Once(path, JsonLines(path, counted: true), until => JsonLines(path, counted: false, until).Select(r => (r.Here.Line, r.Record.CaseId)))
            : Once(path, CsvCases(path), CsvIds(path));

    // The cases of a JSON Lines file with their lines; read again (counted: false) only for their ids, up to a line.
    private IEnumerable<(CaseRecord Record, SourceLocation Here)> JsonLines(string path, bool counted, int until = int.MaxValue)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(stream);
        var length = Math.Max(1, stream.Length);
        var number = 0;
        var problems = counted ? _problems : [];
        while (number < until && reader.ReadLine() is { } line)
        {
            number++;
            if (counted && Progress is { } progress && (number & 0xFFFF) == 0)
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
                record = CaseJson.Parse(document.RootElement, path, name => (columns ??= CaseJson.PropertyLines(System.Text.Encoding.UTF8.GetBytes(line), at)).GetValueOrDefault(name, (at, 1)), problems, ShowCaseValues);
            }
            catch (System.Text.Json.JsonException ex)
            {
                // The parser's message quotes the line (a survivor's data): say where, in the tool's own words. Well-formed
                // but with a field given twice, the line is refused for that, at the second one.
                problems.Add(CaseJson.RepeatedProperty(System.Text.Encoding.UTF8.GetBytes(line), number) is { } repeated
                    ? CaseJson.Repeated(path, repeated)
                    : CaseJson.SyntaxError(path, number, ex, LineNotCounted));
            }

            if (record is null)
            {
                if (counted)
                {
                    _badCaseLines.Add(number);
                    Fail();
                }

                continue;
            }

            yield return (record, new SourceLocation(path, string.Empty, number, 1));
        }
    }

    private static readonly System.Text.Json.JsonDocumentOptions JsonLineOptions = CaseJson.Options(16);

    private static readonly (string En, string Vi) LineNotCounted = CliWords.Both("Data.LineNotCounted");

    private IEnumerable<(CaseRecord Record, SourceLocation Here)> CsvCases(string path) => Rows<(CaseRecord, SourceLocation)>(path, CaseColumns, row =>
    {
        var ok = true;
        T? Cell<T>(CaseField field, Func<string, T?> parse)
            where T : struct
        {
            var text = row.Text(field.Csv);
            var value = text.Length == 0 ? null : parse(text);
            if (text.Length > 0 && value is null)
            {
                ok = false;
                row.Report(field.Csv, text, field.Expected);
            }

            return value;
        }

        var record = CaseField.Record(
            row.Text(CaseField.CaseId.Csv), row.Text(CaseField.Unit.Csv),
            Cell(CaseField.Age, s => CaseFieldText.Age(s)), Cell(CaseField.Sex, s => CaseFieldText.Keyword<Sex>(s.AsSpan())),
            Cell(CaseField.Violence, s => CaseFieldText.Violence(s.AsSpan())), Cell(CaseField.IncidentType, s => CaseFieldText.Keyword<IncidentType>(s.AsSpan())),
            Cell(CaseField.Trafficking, s => CaseFieldText.YesNo(s)), Cell(CaseField.Domestic, s => CaseFieldText.YesNo(s)),
            Cell(CaseField.Risk, s => CaseFieldText.Keyword<RiskLevel>(s.AsSpan())), Cell(CaseField.Consent, s => CaseFieldText.YesNo(s)),
            Cell(CaseField.IncidentAt, CaseTimes.Parse), Cell(CaseField.ReportedAt, CaseTimes.Parse));
        if (!ok || row.Bad)
        {
            _badCaseLines.Add(row.Here.Line);
        }

        return (ok, (record, row.Here));
    }, caseFile: true);

    // The case ids of a cases CSV file read again, with their lines, up to a line: every row, bad ones too.
    private Func<int, IEnumerable<(int Line, string Id)>> CsvIds(string path) => until =>
        new DataFiles(int.MaxValue).Rows<(int, string)>(path, CaseColumns, row => (true, (row.Here.Line, row.Text(CaseField.CaseId.Csv))), caseFile: true)
            .TakeWhile(r => r.Item1 <= until);

    private static readonly string[] CaseColumns = [.. CaseField.All.Select(f => f.Csv)];
}
