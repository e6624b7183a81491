using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Cli;

/// <summary>
/// What a bad value in a data file should have been (the last argument of GBV4202), worded in English and in
/// Vietnamese: the CLI speaks Vietnamese by default, and an English phrase inside a Vietnamese message is a message half
/// read. One place for the CSV and the JSON readers, so that a field reads the same whichever file it came from.
/// </summary>
/// <param name="En">The English wording.</param>
/// <param name="Vi">The Vietnamese wording; keywords the file must contain (true, female, high) stay as written.</param>
internal sealed record Expected(string En, string Vi)
{
    public static Expected Age { get; } = new("a whole number of years from 0 to 150", "số năm tròn từ 0 đến 150");

    public static Expected Sex { get; } = new("female, male or other", "female, male hoặc other");

    public static Expected ViolenceList { get; } = new("forms of violence separated by ';' (physical;sexual)", "các hình thức bạo lực cách nhau bởi ';' (physical;sexual)");

    public static Expected ViolenceArray { get; } = new("a list such as [\"physical\", \"sexual\"]", "danh sách, ví dụ [\"physical\", \"sexual\"]");

    public static Expected IncidentType { get; } = new("a GBVIMS incident type", "loại vụ việc theo GBVIMS");

    public static Expected TrueOrFalse { get; } = new("true or false", "true hoặc false");

    public static Expected Risk { get; } = new("low, medium, high or life-threatening", "low, medium, high hoặc life-threatening");

    public static Expected PointInTime { get; } = new("a point in time such as 2019-06-09T23:30:00+07:00", "thời điểm, ví dụ 2019-06-09T23:30:00+07:00");

    public static Expected Date { get; } = new("a date such as 2019-05-14", "ngày, ví dụ 2019-05-14");

    public static Expected Period { get; } = new("a period such as 2019, 2019-H1, 2019-Q3 or 2019-07", "kỳ, ví dụ 2019, 2019-H1, 2019-Q3 hoặc 2019-07");

    /// <summary>A reported figure: a count, or a decimal where the plan's data element takes decimals.</summary>
    public static Expected Count { get; } = new(
        "a number such as 12, or 3.5 with a decimal point where the data element has \"values\": \"decimal\"",
        "một số, ví dụ 12, hoặc 3.5 (dấu chấm thập phân) nếu số liệu được khai báo \"values\": \"decimal\"");

    public static Expected WholeNumberBetween(int min, int max) => new(
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"),
        string.Create(CultureInfo.InvariantCulture, $"số nguyên từ {min} đến {max}"));

    /// <summary>The GBV4202 diagnostic for a value that is not this.</summary>
    /// <param name="location">Where the value is.</param>
    /// <param name="quotedValue">The value as <see cref="DiagnosticText.QuotedValue"/> shows it (empty when hidden).</param>
    /// <param name="field">The column or property name, as in the file.</param>
    public Diagnostic NotMetBy(SourceLocation location, string quotedValue, string field) =>
        Diagnostic.Create(CaseDataDiagnostics.BadValue, location, [quotedValue, field, En], [quotedValue, field, Vi]);
}
