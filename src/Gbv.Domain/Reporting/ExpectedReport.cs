using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Reporting;

/// <summary>A report a unit owes, and where it stands: on time, late by how many days, missing or not yet due.</summary>
/// <param name="Report">The scheduled report: obligation, period and deadline.</param>
/// <param name="Unit">The unit that owes it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="SubmittedAt">When it was received, or null.</param>
/// <param name="DaysLate">Whole days after the last on-time day (in the plan's time zone), for a late report; else 0.</param>
public sealed record ExpectedReport(ScheduledReport Report, string Unit, Timeliness Status, Instant? SubmittedAt, int DaysLate)
{
    /// <summary>The scheduled report: obligation, period and deadline.</summary>
    public ScheduledReport Report { get; init; } = Report ?? throw new ArgumentNullException(nameof(Report));

    /// <summary>The unit that owes it.</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>"ward-3: six-monthly 2020-H1 due before 2020-06-10 (on time until the end of 2020-06-09): Late by 2 days; source: «...»".</summary>
    public string Explain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var due = LocalDatePattern.Iso.Format(Report.StatedDay);
        var last = LocalDatePattern.Iso.Format(Report.LastOnTimeDay);
        var vi = Languages.IsVietnamese(language);
        var status = (Status, vi) switch
        {
            (Timeliness.OnTime, false) => "on time",
            (Timeliness.Late, false) => $"late by {DaysLate.ToString(CultureInfo.InvariantCulture)} day(s)",
            (Timeliness.Missing, false) => "missing",
            (Timeliness.NotYetDue, false) => "not yet due",
            (Timeliness.OnTime, true) => "đúng hạn",
            (Timeliness.Late, true) => $"trễ {DaysLate.ToString(CultureInfo.InvariantCulture)} ngày",
            (Timeliness.Missing, true) => "chưa nộp",
            _ => "chưa đến hạn",
        };
        return vi
            ? $"{Unit}: {Report.Obligation.Key} kỳ {Report.Period}, hạn {due} (đúng hạn đến hết ngày {last}): {status}. Nguồn: «{Report.Obligation.Source}»"
            : $"{Unit}: {Report.Obligation.Key} {Report.Period} due {due} (on time until the end of {last}): {status}. Source: «{Report.Obligation.Source}»";
    }
}
