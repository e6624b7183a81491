using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Cases;

/// <summary>
/// Diagnostics of case data files (GBV42xx): the CSV and JSON Lines files of the gbv tool and the cases of scenario
/// files. Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class CaseDataDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>GBV4013: a case id that appears again in the case data.</summary>
    public static DiagnosticDescriptor RepeatedCaseId { get; } = new("GBV4013", E, "Repeated case id",
        "This case has the same case id as {0}; a case is counted once: this record is not counted (nor in the referral summary)", "Hồ sơ này trùng mã hồ sơ với {0}; mỗi vụ việc chỉ được tính một lần: hồ sơ này không được tính (kể cả trong tổng hợp chuyển gửi)");

    /// <summary>GBV4201: a data file without a column it needs.</summary>
    public static DiagnosticDescriptor MissingColumn { get; } = new("GBV4201", E, "Missing column",
        "The file has no column \"{0}\"; its header must name: {1}", "Tệp không có cột \"{0}\"; dòng tiêu đề phải có: {1}");

    /// <summary>GBV4202: a value in a data file that cannot be read.</summary>
    public static DiagnosticDescriptor BadValue { get; } = new("GBV4202", E, "Bad value",
        "The value{0} of \"{1}\" is not {2}; the row is not counted", "Giá trị{0} của \"{1}\" không phải {2}; dòng này không được tính");

    /// <summary>GBV4203: too many bad rows: the run stops.</summary>
    public static DiagnosticDescriptor TooManyBadRows { get; } = new("GBV4203", E, "Too many bad rows",
        "More than {0} bad rows: the run stops (raise --max-errors to go on)", "Quá {0} dòng lỗi: dừng chạy (tăng --max-errors để tiếp tục)");

    /// <summary>GBV4204: a data file that is not well-formed CSV from some point on.</summary>
    public static DiagnosticDescriptor MalformedCsv { get; } = new("GBV4204", E, "Malformed CSV",
        "The file is not well-formed CSV from here on ({0}); the rest of it is not read", "Tệp không đúng định dạng CSV từ đây ({0}); phần còn lại không được đọc");

    /// <summary>GBV4250: a data file whose header names a column twice.</summary>
    public static DiagnosticDescriptor DuplicateColumn { get; } = new("GBV4250", E, "Duplicate column",
        "The header names the column \"{0}\" twice (columns {1} and {2}); name each column once", "Dòng tiêu đề ghi cột \"{0}\" hai lần (cột {1} và {2}); mỗi cột chỉ ghi một lần");

    /// <summary>GBV4251: a JSON Lines line (or a case file) that is not a JSON object.</summary>
    public static DiagnosticDescriptor NotACaseObject { get; } = new("GBV4251", E, "Not a case object",
        "This is {0}, not a case object ({{\"age\": ...}}); it is not counted", "Đây là {0}, không phải đối tượng hồ sơ ({{\"age\": ...}}); không được tính");

    /// <summary>GBV4252: a data file's JSON that does not parse; the input is not quoted.</summary>
    public static DiagnosticDescriptor DataJsonSyntax { get; } = new("GBV4252", E, "Data that is not JSON",
        "This is not valid JSON from here (a bracket, quote, comma or value is missing, extra or misspelt); {0}", "Đây không phải JSON hợp lệ từ vị trí này (thiếu, thừa hoặc viết sai dấu ngoặc, dấu nháy, dấu phẩy hoặc giá trị); {0}");

    /// <summary>GBV4253: a case that gives one field twice: which value is meant cannot be told.</summary>
    public static DiagnosticDescriptor RepeatedProperty { get; } = new("GBV4253", E, "A field given twice",
        "The case gives \"{0}\" twice; which value is meant cannot be told, so it is not counted: give each field once", "Hồ sơ ghi \"{0}\" hai lần; không biết giá trị nào đúng nên hồ sơ không được tính: mỗi trường chỉ ghi một lần");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        RepeatedCaseId, MissingColumn, BadValue, TooManyBadRows, MalformedCsv, DuplicateColumn, NotACaseObject,
        DataJsonSyntax, RepeatedProperty,
    ];
}
