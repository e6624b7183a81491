using System.Text;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using SharpFuzz;

// One harness per entry point anyone can feed: plan files, conditions, CSV data files. A crash, a hang or any
// exception other than the ones the tool catches by design is a finding.
var target = args.Length > 0 ? args[0] : "plan";
switch (target)
{
    case "plan":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            _ = PlanLoader.LoadUtf8(memory.ToArray(), "fuzz.json");
        });
        break;
    case "condition":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var result = Condition.Compile(reader.ReadToEnd(), CaseFields.Map);
            if (result.Condition is { } condition)
            {
                _ = condition.Evaluate(new CaseRecord { CaseId = "fuzz", Age = 12 });
                _ = condition.Explain(new CaseRecord { CaseId = "fuzz" });
            }
        });
        break;
    case "csv":
        var path = Path.Combine(Path.GetTempPath(), $"gbv-fuzz-{Environment.ProcessId}.csv");
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using (var file = File.Create(path))
            {
                stream.CopyTo(file);
            }

            try
            {
                var files = new DataFiles(maxErrors: 10_000);
                _ = files.Cases(path).Count();
                _ = files.Reported(path).Count();
                _ = files.Submissions(path).Count();
            }
            catch (TooManyErrorsException)
            {
                // The tool's own stop at --max-errors: not a finding.
            }
        });
        break;
    default:
        Console.Error.WriteLine("targets: plan, condition, csv");
        return 2;
}

return 0;
