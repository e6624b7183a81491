using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Gbv.Domain.Cases;

namespace Gbv.Domain.Cli;

/// <summary>One line of a part read to a case, its bad values kept to be reported in the file's order.</summary>
internal sealed partial class CaseCsvParts
{
    private CaseRow? Line(Part part, ReadOnlySpan<byte> line)
    {
        line = line.EndsWith((byte)'\r') ? line[..^1] : line;
        if (line.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0)
        {
            // A carriage return inside a line ends a record for the ordinary reader; other bytes are text to decode.
            return line.IndexOf((byte)'\r') >= 0 ? throw Abandon() : TextLine(part, Encoding.UTF8.GetString(line));
        }

        // The commas sixteen bytes at a time, as a bit mask: a line has a dozen short fields, and a byte-by-byte loop
        // (or a search per comma) was the largest single item in the profile.
        Span<Range> fields = stackalloc Range[_fieldCount];
        var n = 0;
        var start = 0;
        var i = 0;
        ref var origin = ref MemoryMarshal.GetReference(line);
        for (; i + Vector128<byte>.Count <= line.Length; i += Vector128<byte>.Count)
        {
            var commas = Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)i), Vector128.Create((byte)',')).ExtractMostSignificantBits();
            while (commas != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(commas);
                commas &= commas - 1;
                Comma(ref n, ref start, at, fields);
            }
        }

        for (; i < line.Length; i++)
        {
            if (line[i] == ',')
            {
                Comma(ref n, ref start, i, fields);
            }
        }

        if (n != _fieldCount - 1)
        {
            throw Abandon();
        }

        fields[n] = new Range(start, line.Length);

        // Trimmed only when it starts or ends with a space: most fields do neither.
        ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, Span<Range> fields, int column)
        {
            var field = line[fields[_ordinals[column]]];
            return field.Length > 0 && (field[0] == (byte)' ' || field[^1] == (byte)' ') ? field.Trim((byte)' ') : field;
        }

        var ok = true;
        T? Value<T>(Part part, ReadOnlySpan<byte> line, Span<Range> fields, int column, Func<ReadOnlySpan<byte>, T?> parse)
            where T : struct
        {
            var text = Field(line, fields, column);
            if (text.IsEmpty)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                ok = false;
                Bad(part, column, Encoding.ASCII.GetString(text));
            }

            return value;
        }

        // The columns in CaseField.All's order, as the ordinary reader checks (and reports) them.
        var age = Value(part, line, fields, 2, CaseFieldText.Age);
        var sex = Value(part, line, fields, 3, CaseFieldText.Keyword<Sex>);
        var violence = Value(part, line, fields, 4, CaseFieldText.Violence);
        var type = Value(part, line, fields, 5, CaseFieldText.Keyword<IncidentType>);
        var trafficking = Value(part, line, fields, 6, CaseFieldText.YesNo);
        var domestic = Value(part, line, fields, 7, CaseFieldText.YesNo);
        var risk = Value(part, line, fields, 8, CaseFieldText.Keyword<RiskLevel>);
        var consent = Value(part, line, fields, 9, CaseFieldText.YesNo);
        var incident = Value(part, line, fields, 10, CaseTimes.Parse);
        var reported = Value(part, line, fields, 11, CaseTimes.Parse);
        if (!ok)
        {
            part.BadRows++;
            return Spoiled(part);
        }

        var unit = Field(line, fields, 1);
        var id = Field(line, fields, 0);
        if (!id.IsEmpty)
        {
            part.Ids.Add(CaseIdFilter.Hash(id));
        }

        return part.Row.Set(unit.IsEmpty ? null : part.Unit(unit), age, sex, violence, type, trafficking, domestic, risk, consent, incident, reported);
    }

    // A comma at a position: the field before it ends there; one comma too many is a line the ordinary reader reads.
    private void Comma(ref int n, ref int start, int at, Span<Range> fields)
    {
        if (n == _fieldCount - 1)
        {
            throw Abandon();
        }

        fields[n++] = new Range(start, at);
        start = at + 1;
    }

    // A line with other bytes than printable ASCII (a unit named in Vietnamese, a tab): read as DataFiles reads text.
    private CaseRow? TextLine(Part part, string line)
    {
        var fields = line.Split(',');
        if (fields.Length != _fieldCount)
        {
            throw Abandon();
        }

        string Field(int column) => fields[_ordinals[column]].Trim();
        var ok = true;
        T? Value<T>(int column, Func<string, T?> parse)
            where T : struct
        {
            var text = Field(column);
            var value = text.Length == 0 ? null : parse(text);
            if (text.Length > 0 && value is null)
            {
                ok = false;
                Bad(part, column, text);
            }

            return value;
        }

        var age = Value(2, s => CaseFieldText.Age(s));
        var sex = Value(3, s => CaseFieldText.Keyword<Sex>(s.AsSpan()));
        var violence = Value(4, s => CaseFieldText.Violence(s.AsSpan()));
        var type = Value(5, s => CaseFieldText.Keyword<IncidentType>(s.AsSpan()));
        var trafficking = Value(6, s => CaseFieldText.YesNo(s));
        var domestic = Value(7, s => CaseFieldText.YesNo(s));
        var risk = Value(8, s => CaseFieldText.Keyword<RiskLevel>(s.AsSpan()));
        var consent = Value(9, s => CaseFieldText.YesNo(s));
        var incident = Value(10, CaseTimes.Parse);
        var reported = Value(11, CaseTimes.Parse);
        if (!ok)
        {
            part.BadRows++;
            return Spoiled(part);
        }

        if (Field(0) is { Length: > 0 } caseId)
        {
            part.Ids.Add(CaseIdFilter.Hash(caseId));
        }

        return part.Row.Set(Field(1), age, sex, violence, type, trafficking, domestic, risk, consent, incident, reported);
    }

    // More bad rows in one part than the whole run allows: the ordinary reader stops where it should.
    private CaseRow? Spoiled(Part part) => part.BadRows > _files.BadRowsLeft ? throw Abandon() : null;

    private void Bad(Part part, int column, string text) => part.Problems.Add((part.Records, _ordinals[column], text, CaseField.All[column].Expected));
}
