using System.Globalization;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Cases;

/// <summary>
/// What a bad value in a data file should have been (the last argument of GBV4202), worded in English and in
/// Vietnamese: the CLI speaks Vietnamese by default, and an English phrase inside a Vietnamese message is a message half
/// read. The words are in <c>Checks.resx</c> (<c>Case.*</c>). One place for the CLI's CSV and JSON Lines readers and the scenario runner (<see cref="CaseFieldText"/>), so
/// that a field reads the same whichever file it came from.
/// </summary>
/// <param name="En">The English wording.</param>
/// <param name="Vi">The Vietnamese wording; keywords the file must contain (true, female, high) stay as written.</param>
internal sealed record Expected(string En, string Vi)
{
    public static Expected Age { get; } = Of("Case.Age", Invariant(CaseFieldText.MinimumAge), Invariant(CaseFieldText.MaximumAge));

    public static Expected Sex { get; } = Of("Case.Sex");

    public static Expected ViolenceList { get; } = Of("Case.ViolenceList");

    public static Expected ViolenceArray { get; } = Of("Case.ViolenceArray");

    public static Expected IncidentType { get; } = Of("Case.IncidentType");

    public static Expected TrueOrFalse { get; } = Of("Case.TrueOrFalse");

    public static Expected Risk { get; } = Of("Case.Risk");

    public static Expected PointInTime { get; } = Of("Case.PointInTime");

    public static Expected Date { get; } = Of("Case.Date");

    public static Expected Period { get; } = Of("Case.Period");

    /// <summary>A JSON case's <c>unit</c> that is not a string (a number, a list): it is not guessed at.</summary>
    public static Expected UnitId { get; } = Of("Case.UnitId");

    /// <summary>A JSON case's <c>caseId</c> that is neither a string nor a number.</summary>
    public static Expected CaseId { get; } = Of("Case.CaseId");

    /// <summary>A reported figure: a count, or a decimal where the plan's data element takes decimals.</summary>
    public static Expected Count { get; } = Of("Case.Count");

    public static Expected WholeNumberBetween(int min, int max) => Of("Case.WholeNumberBetween", Invariant(min), Invariant(max));

    /// <summary>The GBV4202 diagnostic for a value that is not this.</summary>
    /// <param name="location">Where the value is.</param>
    /// <param name="quotedValue">The value as <see cref="DiagnosticText.QuotedValue"/> shows it (empty when hidden).</param>
    /// <param name="field">The column or property name, as in the file.</param>
    public Diagnostic NotMetBy(SourceLocation location, string quotedValue, string field) =>
        Diagnostic.Create(CaseDataDiagnostics.BadValue, location, [quotedValue, field, En], [quotedValue, field, Vi]);

    // The words from Checks.resx (Case.*), figures already written.
    private static Expected Of(string key, params object?[] args)
    {
        var said = Checks.Set.Argument(key, args);
        return new(said.En, said.Vi);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
