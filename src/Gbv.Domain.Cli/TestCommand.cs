using System.CommandLine;
using System.Globalization;
using System.Xml.Linq;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Scenarios;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv test &lt;files|folders&gt; [--format text|junit] [--out file]</c>: runs scenario files (<c>*.tests.json</c>) like a
/// test runner; ends with <c>N passed, N failed</c>; exit 1 when anything fails.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        var output = new Option<string?>("--out") { HelpName = "file.xml" };
        var language = CliOptions.Language();
        var command = new Command("test") { paths, format, output, language };
        command.SetAction(parsed => Execute(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(output), stdout, stderr, parsed.GetValue(language)!));
        return command;
    }

    internal static int Execute(string[] paths, string format, string? output, TextWriter stdout, TextWriter stderr, string language = CliOptions.DefaultLanguage)
    {
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
                Refusal.Write(stderr, language, "File.NoSuchFileOrFolder", path);
                return ExitCodes.CouldNotRun;
            }
        }

        if (files.Count == 0)
        {
            Refusal.Write(stderr, language, "Test.NoScenarios");
            return ExitCodes.CouldNotRun;
        }

        if (output is not null && !CliOptions.CanWriteFile("--out", output, files.Concat(files.Select(PlanOf)), stderr, language))
        {
            return ExitCodes.CouldNotRun;
        }

        var runs = files.Select(ScenarioRunner.RunFile).ToList();

        // JUnit XML on stdout is the whole of stdout, so that a CI system can read it; the lines for people go to stderr.
        var people = format == "junit" && output is null ? stderr : stdout;
        var vi = Gbv.Domain.Localization.Languages.IsVietnamese(language);
        var (pass, fail) = (CliWords.Get("Test.Pass", vi), CliWords.Get("Test.Fail", vi));
        foreach (var run in runs)
        {
            foreach (var problem in run.Problems)
            {
                people.WriteLine($"{fail} {problem.ToString(language)}");
            }

            foreach (var check in run.Checks)
            {
                people.WriteLine($"{(check.Passed ? pass : fail)} {Path.GetFileName(run.File)} › {check.Scenario} › {check.WhatIn(language)}");
                if (!check.Passed)
                {
                    people.WriteLine("       " + CliWords.Format("Test.Expected", vi, check.ExpectedIn(language)));
                    people.WriteLine("       " + CliWords.Format("Test.Actual", vi, check.ActualIn(language)));
                    if (check.ExplanationIn(language) is { Length: > 0 } because)
                    {
                        people.WriteLine("       " + CliWords.Format("Test.Because", vi, because));
                    }
                }
            }
        }

        if (format == "junit")
        {
            var xml = JUnit(runs, language).ToString();
            if (output is not null)
            {
                CliOptions.WriteFileAtomically(output, xml);
            }
            else
            {
                stdout.WriteLine(xml);
            }
        }

        var passed = runs.Sum(r => r.Passed);
        var failed = runs.Sum(r => r.Failed);
        people.WriteLine(CliWords.Format("Test.Summary", vi, passed.ToString(CultureInfo.InvariantCulture), failed.ToString(CultureInfo.InvariantCulture)));
        return failed > 0 ? ExitCodes.Errors : ExitCodes.Valid;
    }

    // The plan a scenario file runs against (its "plan", or the file beside it), so that --out cannot replace it either.
    private static string? PlanOf(string scenarioFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? ".";
        try
        {
            using var stream = File.OpenRead(scenarioFile);
            if (stream.Length <= JsonLimits.MaxFileBytes)
            {
                using var document = System.Text.Json.JsonDocument.Parse(stream);
                if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    && document.RootElement.TryGetProperty("plan", out var plan) && plan.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    return Path.Combine(folder, plan.GetString()!);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // The runner reports the file; here only the plan's path was sought.
        }

        return Path.Combine(folder, Path.GetFileName(scenarioFile).Replace(".tests.json", ".json", StringComparison.Ordinal));
    }

    /// <summary>
    /// Text as XML 1.0 allows it: a control character (from a scenario's name, a plan's text) is written as
    /// <c>\u0001</c>, visibly, where the XML writer would otherwise refuse the whole document.
    /// </summary>
    internal static string Xml(string text)
    {
        if (text.All(c => System.Xml.XmlConvert.IsXmlChar(c) && !TerminalText.IsUnsafe(c)) && !text.Any(char.IsSurrogate))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (!System.Xml.XmlConvert.IsXmlChar(c) || TerminalText.IsUnsafe(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static XDocument JUnit(List<ScenarioRun> runs, string language) => new(
        new XElement("testsuites",
            new XAttribute("tests", runs.Sum(r => r.Checks.Length + r.Problems.Length)),
            new XAttribute("failures", runs.Sum(r => r.Failed)),
            runs.Select(run => new XElement("testsuite",
                new XAttribute("name", Xml(Path.GetFileName(run.File))),
                new XAttribute("tests", run.Checks.Length + run.Problems.Length),
                new XAttribute("failures", run.Failed),
                run.Problems.Select(p => new XElement("testcase", new XAttribute("classname", Xml(Path.GetFileName(run.File))), new XAttribute("name", p.Id),
                    new XElement("failure", new XAttribute("message", Xml(p.GetMessage(language))), Xml(p.ToString(language))))),
                run.Checks.Select(c => new XElement("testcase",
                    new XAttribute("classname", Xml($"{Path.GetFileName(run.File)}.{c.Scenario}")),
                    new XAttribute("name", Xml(c.WhatIn(language))),
                    c.Passed ? null : new XElement("failure", new XAttribute("message", Xml(CliWords.Format("Test.JUnitFailure", language, c.ExpectedIn(language), c.ActualIn(language)))), Xml(c.ExplanationIn(language)))))))));
}
