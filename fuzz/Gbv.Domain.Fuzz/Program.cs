using System.Text;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Extraction.Documents;
using SharpFuzz;

// One harness per entry point anyone can feed: plan files, conditions, CSV and JSON Lines data files, .docx and .pdf
// documents. A crash, a hang or any
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
    case "docx" or "pdf":
        // The document readers of `gbv extract`: every failure must be a diagnostic, never an exception.
        var document = Path.Combine(Path.GetTempPath(), $"gbv-fuzz-{Environment.ProcessId}.{target}");
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using (var file = File.Create(document))
            {
                stream.CopyTo(file);
            }

            _ = DocumentText.Read(document, []);
        });
        break;
    case "jsonl":
        var lines = Path.Combine(Path.GetTempPath(), $"gbv-fuzz-{Environment.ProcessId}.jsonl");
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using (var file = File.Create(lines))
            {
                stream.CopyTo(file);
            }

            try
            {
                _ = new DataFiles(maxErrors: 10_000).Cases(lines).Count();
            }
            catch (TooManyErrorsException)
            {
                // The tool's own stop at --max-errors: not a finding.
            }
        });
        break;
    default:
        Console.Error.WriteLine("targets: plan, condition, csv, docx, pdf, jsonl");
        return 2;
}

return 0;
