using System.Globalization;
using NodaTime;
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

    /// <summary>
    /// "ward-3: six-monthly 2020-H1 due 2020-06-10 (on time until the end of 2020-06-09): late by 2 day(s). Source: «...»";
    /// in Vietnamese the report by its frequency, the period in words and the days as 10/06/2020 ("ward-3: báo cáo 6
    /// tháng, kỳ 6 tháng đầu năm 2020, hạn 10/06/2020 ..."), the unit by its id.
    /// </summary>
    public string Explain(string language) => Explain(language, []);

    /// <summary>
    /// <see cref="Explain(string)"/>, the unit by the name its agency has among <paramref name="agencies"/> (a plan's
    /// <c>Agencies</c>) in Vietnamese; a unit that is not among them keeps its id. English keeps the ids.
    /// </summary>
    public string Explain(string language, IEnumerable<Agencies.Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(agencies);
        var vi = Languages.IsVietnamese(language);
        var date = Dates.Pattern(vi);
        var status = Status switch
        {
            Timeliness.Late => Words.Format("Timeliness.Late", vi, DaysLate.ToString(CultureInfo.InvariantCulture)),
            _ => Words.Get("Timeliness." + Status, vi),
        };
        var unit = vi ? agencies.FirstOrDefault(a => a.Id == Unit)?.Name.Vi ?? Unit : Unit;
        var report = vi ? Words.Get("Frequency." + Report.Obligation.Frequency, vi) : Report.Obligation.Key;
        return Words.Format("Timeliness.Explain", vi, unit, report, PeriodWords.Of(Report.Period, vi),
            date.Format(Report.StatedDay), date.Format(Report.LastOnTimeDay), status, Report.Obligation.Source);
    }
}
