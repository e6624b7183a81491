using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using NodaTime;

// The README's embedding example. A plan file path may be given; Đăk Tô's is the default.
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "plans", "ubnd-dak-to-2017-2020.plan.json");

// 1. Load and compile once: bad input gives diagnostics (code, line, column, message), never an exception.
var compiled = ComplianceEngine.LoadFile(path);
foreach (var diagnostic in compiled.Diagnostics)
{
    Console.WriteLine(diagnostic);
}

if (compiled.CompiledPlan is not { } plan)
{
    return 1;
}

// 2. Your data, from your own store: reported figures, reports received, anonymised cases.
var data = new ComplianceData<CaseRecord>
{
    ReportedValues =
    [
        new("xa-a", 2020, "gbv_victims", 20), new("xa-a", 2020, "victims_detected", 20), new("xa-a", 2020, "victims_supported", 18),
        new("xa-b", 2020, "gbv_victims", 17), new("xa-b", 2020, "victims_detected", 17), new("xa-b", 2020, "victims_supported", 15),
    ],
    Submissions = [new("annual", "ubnd-xa", new ReportingPeriod(PeriodKind.Year, 2020, 1), Instant.FromUtc(2020, 11, 18, 2, 0))],
    Cases = [new CaseRecord { CaseId = "c-1", Age = 12, Unit = "xa-a", ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) }],
};

// 3. Evaluate as of a moment (an injected clock in a real application): every answer explained.
var report = plan.Evaluate(data, Instant.FromUtc(2020, 12, 31, 16, 0));
foreach (var result in report.Indicators.Where(r => r.Status is IndicatorStatus.NotMet or IndicatorStatus.AtRisk))
{
    Console.WriteLine(result.Explain("en"));
    // victims-supported (more than 90% by 2020): NotMet: 33 of 37 = 89.2% in 2020; more than 90% needs 34, 1 more needed; ...
}

foreach (var late in report.Timeliness.Reports.Where(r => r.Status == Timeliness.Late))
{
    Console.WriteLine(late.Explain("en"));
}

Console.WriteLine($"Referrals for {report.Cases.Read} case(s): {string.Join(", ", report.Referrals.PerService.Keys)}");

// 4. Publish: Markdown (or JSON) with small counts of people suppressed.
Console.WriteLine(ComplianceReportMarkdown.Render(report, "vi").Split('\n')[0]);
return 0;
