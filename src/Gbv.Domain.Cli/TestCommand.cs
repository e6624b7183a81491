using System.CommandLine;
using System.Globalization;
using System.Xml.Linq;
using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv test &lt;files|folders&gt; [--format text|junit] [--out file]</c>: runs scenario files (<c>*.tests.json</c>) like a
/// test runner; ends with <c>N passed, N failed</c>; exit 1 when anything fails.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Scenario files (*.tests.json) or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text, or junit (JUnit XML for CI systems).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        var output = new Option<string?>("--out") { HelpName = "file.xml", Description = "Write the JUnit XML to this file (the text summary still goes to stdout)." };
        var language = CliOptions.Language();
        var command = new Command("test", "Run the scenarios beside plan files and check what they expect; exit 1 when any fails.") { paths, format, output, language };
        command.SetAction(parsed => Execute(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(output), stdout, stderr, parsed.GetValue(language)!));
        return command;
    }

    internal static int Execute(string[] paths, string format, string? output, TextWriter stdout, TextWriter stderr, string language = CliOptions.DefaultLanguage)
    {
        if (output is not null && !CliOptions.CanWriteFile("--out", output, stderr))
        {
            return ExitCodes.CouldNotRun;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.tests.json", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                stderr.WriteLine($"gbv: {path}: no such file or folder");
                return ExitCodes.CouldNotRun;
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("gbv: no scenario files (*.tests.json) found");
            return ExitCodes.CouldNotRun;
        }

        var runs = files.Select(ScenarioRunner.RunFile).ToList();
        foreach (var run in runs)
        {
            foreach (var problem in run.Problems)
            {
                stdout.WriteLine($"FAIL {problem.ToString(language)}");
            }

            foreach (var check in run.Checks)
            {
                stdout.WriteLine($"{(check.Passed ? "PASS" : "FAIL")} {Path.GetFileName(run.File)} › {check.Scenario} › {check.What}");
                if (!check.Passed)
                {
                    stdout.WriteLine($"       expected: {check.Expected}");
                    stdout.WriteLine($"       actual:   {check.Actual}");
                    if (check.Explanation.Length > 0)
                    {
                        stdout.WriteLine($"       because:  {check.Explanation}");
                    }
                }
            }
        }

        if (format == "junit")
        {
            var xml = JUnit(runs).ToString();
            if (output is not null)
            {
                File.WriteAllText(output, xml);
            }
            else
            {
                stdout.WriteLine(xml);
            }
        }

        var passed = runs.Sum(r => r.Passed);
        var failed = runs.Sum(r => r.Failed);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
        return failed > 0 ? ExitCodes.Errors : ExitCodes.Valid;
    }

    private static XDocument JUnit(List<ScenarioRun> runs) => new(
        new XElement("testsuites",
            new XAttribute("tests", runs.Sum(r => r.Checks.Length + r.Problems.Length)),
            new XAttribute("failures", runs.Sum(r => r.Failed)),
            runs.Select(run => new XElement("testsuite",
                new XAttribute("name", Path.GetFileName(run.File)),
                new XAttribute("tests", run.Checks.Length + run.Problems.Length),
                new XAttribute("failures", run.Failed),
                run.Problems.Select(p => new XElement("testcase", new XAttribute("classname", Path.GetFileName(run.File)), new XAttribute("name", p.Id),
                    new XElement("failure", new XAttribute("message", p.Message), p.ToString()))),
                run.Checks.Select(c => new XElement("testcase",
                    new XAttribute("classname", $"{Path.GetFileName(run.File)}.{c.Scenario}"),
                    new XAttribute("name", c.What),
                    c.Passed ? null : new XElement("failure", new XAttribute("message", $"expected {c.Expected}; actual {c.Actual}"), c.Explanation)))))));
}
