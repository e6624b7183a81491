using System.Globalization;
using System.Text;
using Gbv.Domain.Cases;

namespace Gbv.Domain.Cli;

/// <summary>One line of a part read to a case, its bad values kept to be reported in the file's order.</summary>
internal sealed partial class CaseCsvParts
{
    private CaseRecord? Line(Part part, ReadOnlySpan<byte> line)
    {
        line = line.EndsWith((byte)'\r') ? line[..^1] : line;
        if (line.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0)
        {
            // A carriage return inside a line ends a record for the ordinary reader; other bytes are text to decode.
            return line.IndexOf((byte)'\r') >= 0 ? throw Abandon() : TextLine(part, Encoding.UTF8.GetString(line));
        }

        // One pass for the commas: fields are short, so a plain loop beats searching for each one.
        Span<Range> fields = stackalloc Range[_fieldCount];
        var n = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ',')
            {
                if (n == _fieldCount - 1)
                {
                    throw Abandon();
                }

                fields[n++] = new Range(start, i);
                start = i + 1;
            }
        }

        if (n != _fieldCount - 1)
        {
            throw Abandon();
        }

        fields[n] = new Range(start, line.Length);

        ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, Span<Range> fields, int column) => line[fields[_ordinals[column]]].Trim((byte)' ');

        var ok = true;
        T? Value<T>(Part part, ReadOnlySpan<byte> text, int column, Func<ReadOnlySpan<byte>, T?> parse, Expected expected)
            where T : struct
        {
            if (text.IsEmpty)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                ok = false;
                Bad(part, column, Encoding.ASCII.GetString(text), expected);
            }

            return value;
        }

        var age = Value(part, Field(line, fields, 2), 2, CaseFieldBytes.Age, Expected.Age);
        var sex = Value(part, Field(line, fields, 3), 3, CaseFieldBytes.Sex, Expected.Sex);
        var violence = Value(part, Field(line, fields, 4), 4, CaseFieldBytes.Violence, Expected.ViolenceList);
        var type = Value(part, Field(line, fields, 5), 5, CaseFieldBytes.IncidentType, Expected.IncidentType);
        var trafficking = Value(part, Field(line, fields, 6), 6, CaseFieldBytes.Bool, Expected.TrueOrFalse);
        var domestic = Value(part, Field(line, fields, 7), 7, CaseFieldBytes.Bool, Expected.TrueOrFalse);
        var risk = Value(part, Field(line, fields, 8), 8, CaseFieldBytes.Risk, Expected.Risk);
        var consent = Value(part, Field(line, fields, 9), 9, CaseFieldBytes.Bool, Expected.TrueOrFalse);
        var incident = Value(part, Field(line, fields, 10), 10, CaseFieldBytes.Instant, Expected.PointInTime);
        var reported = Value(part, Field(line, fields, 11), 11, CaseFieldBytes.Instant, Expected.PointInTime);
        if (!ok)
        {
            part.BadRows++;
            return Spoiled(part);
        }

        var unit = Field(line, fields, 1);
        return new CaseRecord
        {
            CaseId = Once(Encoding.ASCII.GetString(Field(line, fields, 0))), Unit = unit.IsEmpty ? null : part.Unit(unit), Age = age, Sex = sex,
            Violence = violence ?? ViolenceKinds.None, IncidentType = type, Trafficking = trafficking ?? false, Domestic = domestic ?? false,
            Risk = risk, Consent = consent ?? false, IncidentAt = incident, ReportedAt = reported,
        };
    }

    // A line with other bytes than printable ASCII (a unit named in Vietnamese, a tab): read as DataFiles reads text.
    private CaseRecord? TextLine(Part part, string line)
    {
        var fields = line.Split(',');
        if (fields.Length != _fieldCount)
        {
            throw Abandon();
        }

        string Field(int column) => fields[_ordinals[column]].Trim();
        var ok = true;
        T? Value<T>(int column, Func<string, T?> parse, Expected expected)
            where T : struct
        {
            var text = Field(column);
            var value = text.Length == 0 ? null : parse(text);
            if (text.Length > 0 && value is null)
            {
                ok = false;
                Bad(part, column, text, expected);
            }

            return value;
        }

        var age = Value(2, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= 150 ? a : (int?)null, Expected.Age);
        var sex = Value(3, s => Keywords<Sex>.TryParse(s, out var v) ? v : (Sex?)null, Expected.Sex);
        var violence = Value(4, DataFiles.Violence, Expected.ViolenceList);
        var type = Value(5, s => Keywords<IncidentType>.TryParse(s, out var v) ? v : (IncidentType?)null, Expected.IncidentType);
        var trafficking = Value(6, DataFiles.Bool, Expected.TrueOrFalse);
        var domestic = Value(7, DataFiles.Bool, Expected.TrueOrFalse);
        var risk = Value(8, s => Keywords<RiskLevel>.TryParse(s, out var v) ? v : (RiskLevel?)null, Expected.Risk);
        var consent = Value(9, DataFiles.Bool, Expected.TrueOrFalse);
        var incident = Value(10, CaseJson.Parse, Expected.PointInTime);
        var reported = Value(11, CaseJson.Parse, Expected.PointInTime);
        if (!ok)
        {
            part.BadRows++;
            return Spoiled(part);
        }

        return new CaseRecord
        {
            CaseId = Once(Field(0)), Unit = Field(1) is { Length: > 0 } u ? u : null, Age = age, Sex = sex,
            Violence = violence ?? ViolenceKinds.None, IncidentType = type, Trafficking = trafficking ?? false, Domestic = domestic ?? false,
            Risk = risk, Consent = consent ?? false, IncidentAt = incident, ReportedAt = reported,
        };
    }

    // A case id seen before, in this part or another: the ordinary reader, which reads in the file's order, says which
    // record repeats which (GBV4013) and counts only the first. Parts cannot know which of two came first.
    private string Once(string caseId)
    {
        lock (_ids)
        {
            return _ids.TryAdd(caseId, 0, out _) ? caseId : throw Abandon();
        }
    }

    // More bad rows in one part than the whole run allows: the ordinary reader stops where it should.
    private CaseRecord? Spoiled(Part part) => part.BadRows > _files.BadRowsLeft ? throw Abandon() : null;

    private void Bad(Part part, int column, string text, Expected expected) => part.Problems.Add((part.Records, _ordinals[column], text, expected));
}
