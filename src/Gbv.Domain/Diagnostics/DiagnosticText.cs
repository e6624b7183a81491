namespace Gbv.Domain.Diagnostics;

/// <summary>Wording shared by diagnostics of several areas.</summary>
public static class DiagnosticText
{
    /// <summary>
    /// The first argument of <see cref="Cases.CaseDataDiagnostics.BadValue"/>: the value quoted (cut at 40 characters), or nothing when it is not
    /// to be shown. A case field's value is a survivor's data: pass null for it unless the user asked to see it.
    /// </summary>
    /// <param name="value">The value as read, or null to leave it out.</param>
    public static string QuotedValue(string? value) =>
        value is null ? string.Empty : " \"" + (value.Length > 40 ? value[..40] + "…" : value) + "\"";
}
