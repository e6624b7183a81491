namespace Gbv.Domain.Definitions;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information for the plan author; the plan is usable.</summary>
    Info = 0,

    /// <summary>Something is probably wrong in the source or the file; the plan is usable.</summary>
    Warning = 1,

    /// <summary>The file cannot be used as a plan.</summary>
    Error = 2,
}
