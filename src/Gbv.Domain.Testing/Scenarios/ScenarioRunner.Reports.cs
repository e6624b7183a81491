using Gbv.Domain.Evaluation;
using Gbv.Domain.Reporting;
using Gbv.Domain.Scenarios.Format;

namespace Gbv.Domain.Scenarios;

/// <summary>The check of a report expectation: the status of one owed report and the days it is late.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Report(string scenario, ReportExpectationDefinition e, ComplianceReport report)
    {
        var what = $"report {e.Obligation} {e.Period} from {e.Unit}";
        var expected = $"status {e.Status}" + (e.DaysLate is { } d ? $", {d} day(s) late" : string.Empty);
        var found = ReportingPeriod.TryParse(e.Period, out var period)
            ? report.Timeliness.Reports.FirstOrDefault(r => r.Report.Obligation.Key == e.Obligation && r.Unit == e.Unit && r.Report.Period == period)
            : null;
        if (found is null)
        {
            return new ScenarioCheck(scenario, what, false, expected, "no such report is owed", string.Empty);
        }

        var passed = e.Status == found.Status.ToString() && (e.DaysLate is null || e.DaysLate == found.DaysLate);
        return new ScenarioCheck(scenario, what, passed, expected, $"status {found.Status}, {found.DaysLate} day(s) late", found.Explain("en"));
    }
}
