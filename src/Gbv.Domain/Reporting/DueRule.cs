using NodaTime;

namespace Gbv.Domain.Reporting;

/// <summary>
/// When a report is due. "Trước ngày 10/6" (before 10 June) is an <see cref="AnnualDueRule"/> that is not
/// inclusive: the report is on time only if submitted by the end of 9 June. This is the default reading of
/// "trước"; a plan that counts the day itself says so with an inclusive rule.
/// </summary>
public abstract record DueRule
{
    private protected DueRule()
    {
    }
}

/// <summary>Due every year before (or on, when <see cref="Inclusive"/>) a day of the year: "trước ngày 20/11".</summary>
/// <param name="Date">The day of the year.</param>
/// <param name="Inclusive">True when the day itself is still on time ("on or before"); false for "before" (trước).</param>
public sealed record AnnualDueRule(AnnualDate Date, bool Inclusive) : DueRule;

/// <summary>Due once, before or on a calendar date: "vào ngày 16/12/2022".</summary>
/// <param name="Date">The date.</param>
/// <param name="Inclusive">True when the date itself is on time.</param>
public sealed record FixedDueRule(LocalDate Date, bool Inclusive) : DueRule;

/// <summary>Due every period before (or on) a day of the month following the period.</summary>
/// <param name="DayOfMonth">The day of the month, 1-31 (a day past the month's end falls on its last day).</param>
/// <param name="Inclusive">True when the day itself is on time.</param>
public sealed record MonthlyDueRule(int DayOfMonth, bool Inclusive) : DueRule;

/// <summary>Due when requested ("đột xuất (khi có yêu cầu)"): no deadline can be computed in advance.</summary>
public sealed record OnRequestDueRule : DueRule;

/// <summary>
/// The plan names the report but not its day ("theo quy định": as regulated, or nothing at all). Kept so that the
/// obligation is not lost; the calendar cannot place it until the integrator or a parent document supplies the day.
/// </summary>
public sealed record UnstatedDueRule : DueRule;
