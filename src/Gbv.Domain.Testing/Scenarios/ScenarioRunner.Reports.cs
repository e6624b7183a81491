using Gbv.Domain.Evaluation;
using Gbv.Domain.Reporting;
using Gbv.Domain.Scenarios.Format;
using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a report expectation: the status of one owed report and the days it is late.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Report(string scenario, ReportExpectationDefinition e, ComplianceReport report)
    {
        Func<bool, string> what = vi => W.Format("What.Report", vi, Obligation(report.Plan, e.Obligation, vi), e.Period, e.Unit);
        string Expected(bool vi) => e.DaysLate is { } d
            ? W.Format("Report.Late", vi, W.Keyword("Report.Status.", e.Status, vi), W.Number(d, vi))
            : W.Format("Part.Status", vi, W.Keyword("Report.Status.", e.Status, vi));
        var found = ReportingPeriod.TryParse(e.Period, out var period)
            ? report.Timeliness.Reports.FirstOrDefault(r => r.Report.Obligation.Key == e.Obligation && r.Unit == e.Unit && r.Report.Period == period)
            : null;
        if (found is null)
        {
            return Check(scenario, false, what, Expected, Word("Report.NotOwed"), string.Empty, null);
        }

        var passed = e.Status == found.Status.ToString() && (e.DaysLate is null || e.DaysLate == found.DaysLate);
        return Check(scenario, passed, what, Expected,
            vi => W.Format("Report.Late", vi, W.Keyword("Report.Status.", found.Status.ToString(), vi), W.Number(found.DaysLate, vi)),
            found.Explain("en"), found.Explain("vi", report.Plan.Agencies));
    }
}
