namespace Gbv.Domain.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information for the plan author; the plan is usable.</summary>
    Info = 0,

    /// <summary>Something is probably wrong in the source or the file; the plan is usable.</summary>
    Warning = 1,

    /// <summary>The file cannot be used as a plan.</summary>
    Error = 2,

    /// <summary>
    /// Not a problem of a file: an element drafted by <c>gbv extract</c> that a plan author must check against the paper
    /// (a bare "90%" read as "at least", a date resolved from a table). Never counted as an error or a warning.
    /// </summary>
    Review = 3,
}
