using Gbv.Domain.Definitions;
using Gbv.Domain.Reporting;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "plans", "ubnd-dak-to-2017-2020.plan.json");

// Read and validate: bad input gives diagnostics (code, line, column, message), never an exception.
var result = PlanLoader.LoadFile(path);
foreach (var diagnostic in result.Diagnostics)
{
    Console.WriteLine(diagnostic);
}

if (result.Plan is not { } plan)
{
    return 1;
}

Console.WriteLine($"{plan.Title.In("en")} ({plan.Period})");
foreach (var indicator in plan.Indicators)
{
    foreach (var target in indicator.Targets)
    {
        // "trên 90%" stays "more than 90%": 90% itself does not meet it.
        Console.WriteLine($"  {indicator.Key}: {target.Threshold} {target.Horizon}  «{target.Phrase}»");
    }
}

foreach (var report in plan.Reporting)
{
    var due = report.Due switch
    {
        AnnualDueRule { Inclusive: false } d => $"before {d.Date} every year (the day itself is late)",
        AnnualDueRule d => $"on or before {d.Date} every year",
        OnRequestDueRule => "on request",
        _ => "not stated",
    };
    Console.WriteLine($"  report {report.Key} ({report.Frequency}) to {plan.FindAgency(report.Recipient)!.Name.In("en")}: {due}");
}

return 0;
