using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli.Localization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Sylvan.Data.Csv;

namespace Gbv.Domain.Cli;

/// <summary>
/// Reads the data files of <c>gbv evaluate</c> with Sylvan.Data.Csv, row by row (a file of any length in flat
/// memory). A bad value is a diagnostic with the file, the record's line and the column's number, and its row is not
/// counted; after more than <c>maxErrors</c> bad rows the run stops (<see cref="TooManyErrorsException"/>).
/// </summary>
internal sealed partial class DataFiles(int maxErrors)
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

    /// <summary>How many more bad rows may be read before the run stops.</summary>
    internal int BadRowsLeft => maxErrors - _badRows;

    /// <summary>The problems of case rows read in parts (<see cref="CaseCsvParts"/>), in the file's order, and how many rows they spoil.</summary>
    internal void AddCaseRows(IEnumerable<Diagnostic> problems, int badRows)
    {
        _problems.AddRange(problems);
        _badRows += badRows;
    }

    public IEnumerable<ReportedValue> Reported(string path) => Rows(path, ["unit", "year", "element", "value"], row =>
        row.Int("year", 1, 9999) is { } year && row.Figure("value") is { } value
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

    /// <summary>The units' names from the file's optional <c>name</c> column (in Vietnamese), by unit id; the first name given wins.</summary>
    public Dictionary<string, LocalizedText> UnitNames(string path)
    {
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (unit, name) in Rows(path, ["agency", "unit"], row => (row.Text("unit"), row.OptionalText("name") ?? string.Empty)))
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.TryAdd(unit, new LocalizedText(name));
            }
        }

        return names;
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
        var (en, vi) = CliWords.Both(ex.GetType().Name switch
        {
            "CsvMissingHeadersException" => "Csv.Empty",
            "CsvRecordTooLargeException" => "Csv.RowTooLong",
            "CsvInvalidCharacterException" => "Csv.QuoteNotDoubled",
            _ => "Csv.BadQuote",
        });
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
}
