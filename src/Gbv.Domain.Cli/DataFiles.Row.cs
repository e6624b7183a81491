using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Reporting;
using NodaTime;
using NodaTime.Text;
using Sylvan.Data.Csv;

namespace Gbv.Domain.Cli;

/// <summary>One CSV record and its typed reads.</summary>
internal sealed partial class DataFiles
{
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

        /// <summary>A column the file may leave out, or null when it does.</summary>
        public string? OptionalText(string column)
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (csv.GetName(i) == column)
                {
                    return csv.GetString(i).Trim();
                }
            }

            return null;
        }

        /// <summary>The record's place in its file, for diagnostics about what it says (an unknown unit, a repeated row).</summary>
        public SourceLocation Here => new(path, string.Empty, csv.RowNumber + 1, 1);

        public int? Int(string column, int min, int max) =>
            Check<int>(column, int.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null, Expected.WholeNumberBetween(min, max));

        // A decimal point, never a comma (a CSV separator) or an exponent: 3.5, not 3,5 or 35e-1. Whether the element
        // takes decimals is the plan's to say: the engine refuses 12.5 for a count (GBV4014), located on this row.
        public decimal? Figure(string column) =>
            Check<decimal>(column, decimal.TryParse(Text(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null, Expected.Count);

        public LocalDate? Date(string column) =>
            Check<LocalDate>(column, LocalDatePattern.Iso.Parse(Text(column)) is { Success: true } r ? r.Value : null, Expected.Date);

        public ReportingPeriod? Period(string column) =>
            Check<ReportingPeriod>(column, ReportingPeriod.TryParse(Text(column), out var p) ? p : null, Expected.Period);

        public Instant? Instant(string column) =>
            Check<Instant>(column, CaseTimes.Parse(Text(column)), Expected.PointInTime);

        private TValue? Check<TValue>(string column, TValue? value, Expected expected)
            where TValue : struct
        {
            if (value is null)
            {
                Report(column, Text(column), expected);
            }

            return value;
        }

        /// <summary>A bad value of a column: the row is not counted.</summary>
        public void Report(string column, string text, Expected expected)
        {
            Bad = true;
            owner._problems.Add(expected.NotMetBy(
                new SourceLocation(path, string.Empty, csv.RowNumber + 1, ordinals[column] + 1), DiagnosticText.QuotedValue(HidesValues ? null : text), column));
        }
    }
}
