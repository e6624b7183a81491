using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Reporting;

/// <summary>
/// The window of data a report covers ("thời gian chốt số liệu"), when it is not the calendar period. One of the sealed
/// kinds below.
/// </summary>
public abstract record CutOffRule
{
    private protected CutOffRule()
    {
    }

    /// <summary>The data window for a period: first and last day.</summary>
    public abstract (LocalDate Start, LocalDate End) Window(ReportingPeriod period);
}

/// <summary>
/// Decree 09/2019/NĐ-CP on reporting by state administrative agencies, Art. 12: data run from the 15th of the month
/// before the period to the 14th of the period's last month (monthly: 15th of the previous month to the 14th; quarterly:
/// 15th of the month before the quarter to the 14th of its last month; six-monthly: 15/12 of the previous year to 14/6,
/// then 15/6 to 14/12; annual: 15/12 of the previous year to 14/12). The decree also asks for at least one working day
/// between the end of the window and the deadline.
/// </summary>
public sealed record Decree09CutOff : CutOffRule
{
    /// <summary>The preset's name in plan files.</summary>
    public const string Name = "decree-09-2019";

    /// <summary>The preset.</summary>
    public static Decree09CutOff Instance { get; } = new();

    /// <inheritdoc />
    public override (LocalDate Start, LocalDate End) Window(ReportingPeriod period) =>
        (new LocalDate(period.Start.Year, period.Start.Month, 15).PlusMonths(-1), new LocalDate(period.End.Year, period.End.Month, 14));
}

/// <summary>A window the plan states, the same every year ("số liệu tính từ 01/10 năm trước đến 30/9").</summary>
/// <param name="Days">The window; one that wraps over the new year starts in the year before the period's.</param>
public sealed record WindowCutOff(AnnualWindow Days) : CutOffRule
{
    /// <inheritdoc />
    public override (LocalDate Start, LocalDate End) Window(ReportingPeriod period)
    {
        var end = Days.End.InYear(period.End.Year);
        return (Days.Start.InYear(Days.WrapsYearEnd ? end.Year - 1 : end.Year), end);
    }
}
