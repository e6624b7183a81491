using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using NodaTime;
using NodaTime.Text;
using Sylvan.Data.Csv;

namespace Gbv.Domain.Cli;

/// <summary>
/// Reads the data files of <c>gbv evaluate</c> with Sylvan.Data.Csv, row by row (a file of any length in flat
/// memory). A bad value is a diagnostic with the file, the record's line and the column's number, and its row is not
/// counted; after more than <c>maxErrors</c> bad rows the run stops (<see cref="TooManyErrorsException"/>).
/// </summary>
internal sealed class DataFiles(int maxErrors)
{
    private readonly List<Diagnostic> _problems = [];
    private int _badRows;

    /// <summary>Called now and then with the share of the cases file read so far (0 to 1), for a progress bar.</summary>
    public Action<double>? Progress { get; init; }

    /// <summary>
    /// Whether diagnostics quote the bad value of a case field (an age, a sex). Off by default: a case file holds a
    /// survivor's data, and diagnostics end up in logs and CI output. The other files hold aggregates and are quoted.
    /// </summary>
    public bool ShowCaseValues { get; init; }

    public IReadOnlyList<Diagnostic> Problems => _problems;

    // Case ids seen in the case file, so that a case sent twice is counted once.
    private readonly CaseIdSet _caseIds = new();

    /// <summary>How many more bad rows may be read before the run stops.</summary>
    internal int BadRowsLeft => maxErrors - _badRows;

    /// <summary>The problems of case rows read in parts (<see cref="CaseCsvParts"/>), in the file's order, and how many rows they spoil.</summary>
    internal void AddCaseRows(IEnumerable<Diagnostic> problems, int badRows)
    {
        _problems.AddRange(problems);
        _badRows += badRows;
    }

    public IEnumerable<ReportedValue> Reported(string path) => Rows(path, ["unit", "year", "element", "value"], row =>
        row.Int("year", 1, 9999) is { } year && row.Long("value", Expected.Count) is { } value
            ? new ReportedValue(row.Text("unit"), year, row.Text("element"), value) { Origin = row.Here }
            : (ReportedValue?)null);

    public IEnumerable<Submission> Submissions(string path) => Rows(path, ["obligation", "unit", "period", "submitted_at"], row =>
        row.Period("period") is { } period && row.Instant("submitted_at") is { } at
            ? new Submission(row.Text("obligation"), row.Text("unit"), period, at) { Origin = row.Here }
            : (Submission?)null);

    public IEnumerable<TaskCompletion> Completions(string path) => Rows(path, ["task", "unit", "date"], row =>
        row.Date("date") is { } date ? new TaskCompletion(row.Text("task"), row.Text("unit"), date) { Origin = row.Here } : (TaskCompletion?)null);

    public Dictionary<string, ImmutableArray<string>> Units(string path) =>
        Rows(path, ["agency", "unit"], row => (row.Text("agency"), row.Text("unit")))
            .GroupBy(p => p.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).ToImmutableArray(), StringComparer.Ordinal);

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

    private IEnumerable<TRow> Rows<TRow>(string path, string[] columns, Func<Row, TRow?> read)
        where TRow : struct => Rows<TRow>(path, columns, row => read(row) is { } value ? (true, value) : (false, default), caseFile: false);

    private IEnumerable<TRow> Rows<TRow>(string path, string[] columns, Func<Row, TRow?> read, bool caseFile = false)
        where TRow : class => Rows<TRow>(path, columns, row => read(row) is { } value ? (true, value) : (false, default!), caseFile);

    private IEnumerable<(string, string)> Rows(string path, string[] columns, Func<Row, (string, string)> read) =>
        Rows<(string, string)>(path, columns, row => (true, read(row)), caseFile: false);

    private IEnumerable<TRow> Rows<TRow>(string path, string[] columns, Func<Row, (bool Ok, TRow Value)> read, bool caseFile)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var text = new StreamReader(stream);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (Exception ex) when (FromCsvReader(ex))
        {
            Malformed(path, 1, ex);
            yield break;
        }

        using var _ = csv;
        var length = Math.Max(1, stream.Length);
        long rows = 0;
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = false;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            // "The first one wins" would read one of two columns and silently drop the other.
            var name = csv.GetName(i);
            if (name.Length > 0 && !seen.TryAdd(name, i))
            {
                _problems.Add(Diagnostic.Create(CaseDataDiagnostics.DuplicateColumn, new SourceLocation(path, string.Empty, 1, i + 1),
                    name, (seen[name] + 1).ToString(CultureInfo.InvariantCulture), (i + 1).ToString(CultureInfo.InvariantCulture)));
                missing = true;
            }
        }

        foreach (var column in columns)
        {
            var ordinal = Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => csv.GetName(i) == column, -1);
            if (ordinal < 0)
            {
                _problems.Add(Diagnostic.Create(CaseDataDiagnostics.MissingColumn, new SourceLocation(path, string.Empty, 1, 1), column, string.Join(", ", columns)));
                missing = true;
            }

            ordinals[column] = ordinal;
        }

        if (missing)
        {
            Fail();
            yield break;
        }

        var row = new Row(csv, ordinals, path, this) { HidesValues = caseFile && !ShowCaseValues };
        while (true)
        {
            // A quote that never closes cannot be read past: say where, and stop reading this file.
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (Exception ex) when (FromCsvReader(ex))
            {
                Malformed(path, csv.RowNumber + 1, ex);
                yield break;
            }

            if (!more)
            {
                break;
            }

            if (Progress is { } progress && (++rows & 0xFFFF) == 0)
            {
                progress((double)stream.Position / length);
            }

            row.Bad = false;
            var (ok, value) = read(row);
            if (ok && !row.Bad)
            {
                yield return value;
            }
            else
            {
                Fail();
            }
        }
    }

    private static bool FromCsvReader(Exception ex) => ex is FormatException || ex.GetType().Namespace?.StartsWith("Sylvan", StringComparison.Ordinal) == true;

    // Sylvan's messages name its options ("MaxBufferSize", "HasHeaders"): each kind of failure in the tool's words.
    private void Malformed(string path, int line, Exception ex)
    {
        var (en, vi) = ex.GetType().Name switch
        {
            "CsvMissingHeadersException" => ("the file is empty: it needs a header line naming its columns", "tệp rỗng: cần một dòng tiêu đề ghi tên các cột"),
            "CsvRecordTooLargeException" => ("a row is far longer than any data row: a quote that never closes, or not a CSV file", "một dòng dài bất thường: có dấu nháy không được đóng, hoặc đây không phải tệp CSV"),
            "CsvInvalidCharacterException" => ("a quote inside a quoted value must be doubled", "dấu nháy bên trong giá trị đặt trong nháy phải được viết đôi"),
            _ => ("a quote that never closes, or a quote in the wrong place", "có dấu nháy không được đóng hoặc đặt sai chỗ"),
        };
        _problems.Add(Diagnostic.Create(CaseDataDiagnostics.MalformedCsv, new SourceLocation(path, string.Empty, line, 0), [en], [vi]));
        Fail();
    }

    private void Fail()
    {
        if (++_badRows > maxErrors)
        {
            _problems.Add(Diagnostic.Create(CaseDataDiagnostics.TooManyBadRows, new SourceLocation(null, string.Empty, 0, 0), maxErrors.ToString(CultureInfo.InvariantCulture)));
            throw new TooManyErrorsException();
        }
    }

    /// <summary>
    /// One record: typed reads that report a bad value at its line (the record's number after the header line, which is
    /// the file's line unless a quoted value spans lines) and its column's number.
    /// </summary>
    internal sealed class Row(CsvDataReader csv, Dictionary<string, int> ordinals, string path, DataFiles owner)
    {
        public bool Bad { get; set; }

        /// <summary>Whether a bad value is left out of its diagnostic (a case field, unless asked).</summary>
        public bool HidesValues { get; init; }

        public string Text(string column) => csv.GetString(ordinals[column]).Trim();

        /// <summary>The record's place in its file, for diagnostics about what it says (an unknown unit, a repeated row).</summary>
        public SourceLocation Here => new(path, string.Empty, csv.RowNumber + 1, 1);

        public int? Int(string column, int min, int max) =>
            Check<int>(column, int.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null, Expected.WholeNumberBetween(min, max));

        public long? Long(string column, Expected? expected = null) =>
            Check<long>(column, long.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null, expected ?? Expected.WholeNumber);

        public LocalDate? Date(string column) =>
            Check<LocalDate>(column, LocalDatePattern.Iso.Parse(Text(column)) is { Success: true } r ? r.Value : null, Expected.Date);

        public ReportingPeriod? Period(string column) =>
            Check<ReportingPeriod>(column, ReportingPeriod.TryParse(Text(column), out var p) ? p : null, Expected.Period);

        public Instant? Instant(string column) =>
            Check<Instant>(column, CaseJson.Parse(Text(column)), Expected.PointInTime);

        public bool Optional<TValue>(string column, Func<string, TValue?> parse, Expected expected, out TValue? value)
            where TValue : struct
        {
            var text = Text(column);
            value = text.Length == 0 ? null : parse(text);
            if (text.Length > 0 && value is null)
            {
                Report(column, text, expected);
                return false;
            }

            return true;
        }

        private TValue? Check<TValue>(string column, TValue? value, Expected expected)
            where TValue : struct
        {
            if (value is null)
            {
                Report(column, Text(column), expected);
            }

            return value;
        }

        private void Report(string column, string text, Expected expected)
        {
            Bad = true;
            owner._problems.Add(expected.NotMetBy(
                new SourceLocation(path, string.Empty, csv.RowNumber + 1, ordinals[column] + 1), DiagnosticText.QuotedValue(HidesValues ? null : text), column));
        }
    }
}

/// <summary>Thrown to stop reading when a file has more bad rows than allowed; caught by the command.</summary>
internal sealed class TooManyErrorsException : Exception
{
    public TooManyErrorsException()
        : base("Too many bad rows.")
    {
    }

    public TooManyErrorsException(string message)
        : base(message)
    {
    }

    public TooManyErrorsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
