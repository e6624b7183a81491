namespace Gbv.Domain.Reporting;

/// <summary>The length of a reporting period.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year.</summary>
    Year = 0,

    /// <summary>A half year: January-June or July-December.</summary>
    Half,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A calendar month.</summary>
    Month,
}
