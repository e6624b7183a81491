using System.CommandLine;
using System.Globalization;
using System.Text;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Cli.Localization;

namespace Gbv.Domain.Cli;

/// <summary>
/// <c>gbv generate &lt;plan&gt; --cases N --seed S --out folder</c>: synthetic, anonymised data for a plan: cases over its
/// years and twelve communes, and reported figures for its data elements. The same seed gives the same files.
/// </summary>
internal static class GenerateCommand
{
    private static readonly string[] Violence = ["physical", "psychological", "sexual", "economic"];
    private static readonly string[] Risk = ["", "low", "medium", "high", "life-threatening"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Argument<string>("plan");
        var cases = new Option<int>("--cases") { HelpName = "N", DefaultValueFactory = _ => 1000 }.AtLeast(0, "AtLeast.Cases");
        var seed = new Option<int>("--seed") { HelpName = "N", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { HelpName = "folder", Required = true };
        var language = CliOptions.Language();
        var command = new Command("generate") { plan, cases, seed, output, language };
        command.SetAction(parsed => Execute(parsed.GetValue(plan)!, parsed.GetValue(cases), parsed.GetValue(seed), parsed.GetValue(output)!, stdout, stderr, parsed.GetValue(language)!));
        return command;
    }

    internal static int Execute(string path, int count, int seed, string folder, TextWriter stdout, TextWriter stderr, string language = CliOptions.DefaultLanguage)
    {
        if (PlanFiles.LoadOrReport(path, language, stderr) is not { } plan)
        {
            return ExitCodes.Errors;
        }

        if (count < 0)
        {
            Refusal.Write(stderr, language, "Generate.CasesBelowZero");
            return ExitCodes.CouldNotRun;
        }

        if (File.Exists(folder))
        {
            Refusal.Write(stderr, language, "Generate.OutIsAFile", folder);
            return ExitCodes.CouldNotRun;
        }

        // Generated files may be written again; anything else in their place may be real data, never replaced.
        var casesFile = Path.Combine(folder, "cases.csv");
        var reportedFile = Path.Combine(folder, "reported.csv");
        foreach (var (file, synthetic) in new[] { (casesFile, "synthetic-"), (reportedFile, "xa-") })
        {
            if (Directory.Exists(file) || (File.Exists(file) && !Generated(file, synthetic)))
            {
                Refusal.Write(stderr, language, "Generate.NotOurs", folder, file);
                return ExitCodes.CouldNotRun;
            }
        }

        Directory.CreateDirectory(folder);
        var casesTemporary = Temporary(casesFile);
        var reportedTemporary = Temporary(reportedFile);
        try
        {
            Write(plan, count, seed, casesTemporary, reportedTemporary);
            File.Move(casesTemporary, casesFile, overwrite: true);
            File.Move(reportedTemporary, reportedFile, overwrite: true);
        }
        finally
        {
            File.Delete(casesTemporary);
            File.Delete(reportedTemporary);
        }

        var years = (plan.Period.To ?? plan.Period.From!.Value) - plan.Period.FirstYearOr(plan.Period.To ?? 1) + 1;
        stdout.WriteLine(CliWords.Format("Generate.Written", language, count.ToString(CultureInfo.InvariantCulture), (plan.DataElements.Length * 12 * years).ToString(CultureInfo.InvariantCulture), folder));
        return ExitCodes.Valid;
    }

    private static string Temporary(string file) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "." + Path.GetFileName(file) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");

    // A file this command wrote: every row after the header starts with a synthetic id (cases) or commune (figures).
    private static bool Generated(string file, string prefix)
    {
        try
        {
            using var reader = new StreamReader(file);
            if (reader.ReadLine() is null)
            {
                return true;
            }

            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Write(Plans.Plan plan, int count, int seed, string casesPath, string reportedPath)
    {
        var random = new Random(seed);
        var communes = Enumerable.Range(1, 12).Select(i => $"xa-{i:00}").ToArray();
        var first = plan.Period.FirstYearOr(plan.Period.To ?? 1);
        var years = (plan.Period.To ?? first) - first + 1;
        using (var writer = new StreamWriter(casesPath, false, new UTF8Encoding(false)))
        {
            writer.Write(string.Join(',', Cases.CaseField.All.Select(f => f.Csv)) + "\n");
            var line = new StringBuilder();
            for (var i = 1; i <= count; i++)
            {
                var reported = new DateTime(first + random.Next(years), 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(365 * 24 * 60));
                var hours = random.Next(6) == 0 ? -1 : random.Next(200);
                var age = random.Next(8) == 0 ? -1 : random.Next(4) == 0 ? random.Next(5, 16) : random.Next(16, 70);
                line.Clear()
                    .Append("synthetic-").Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(communes[random.Next(communes.Length)]).Append(',')
                    .Append(age < 0 ? string.Empty : age.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(random.Next(10) switch { < 8 => "female", 8 => "male", _ => string.Empty }).Append(',')
                    .Append(string.Join(';', Violence.Where(_ => random.Next(3) == 0).DefaultIfEmpty("psychological"))).Append(",,")
                    .Append(random.Next(20) == 0 ? "true" : "false").Append(',')
                    .Append(random.Next(3) > 0 ? "true" : "false").Append(',')
                    .Append(Risk[random.Next(Risk.Length)]).Append(',')
                    .Append(random.Next(4) > 0 ? "true" : "false").Append(',')
                    .Append(hours < 0 ? string.Empty : Stamp(reported.AddHours(-hours))).Append(',')
                    .Append(Stamp(reported)).Append('\n');
                writer.Write(line);
            }
        }

        using (var writer = new StreamWriter(reportedPath, false, new UTF8Encoding(false)))
        {
            writer.Write("unit,year,element,value\n");
            var rules = ConsistencyChecker.ImpliedRules(plan);
            for (var year = first; year < first + years; year++)
            {
                foreach (var unit in communes)
                {
                    var values = plan.DataElements.ToDictionary(e => e.Key, _ => (long)random.Next(5, 40), StringComparer.Ordinal);

                    // Parts no larger than their wholes, so that the rules the indicators imply hold.
                    for (var pass = 0; pass < plan.DataElements.Length; pass++)
                    {
                        foreach (var rule in rules)
                        {
                            if (rule.Left.Elements is [var part] && values.TryGetValue(part, out var left))
                            {
                                var whole = rule.Right.Constant + rule.Right.Elements.Sum(e => values.GetValueOrDefault(e));
                                values[part] = left > whole ? random.NextInt64(whole / 2, whole + 1) : left;
                            }
                        }
                    }

                    foreach (var element in plan.DataElements)
                    {
                        writer.Write(FormattableString.Invariant($"{unit},{year},{element.Key},{values[element.Key]}\n"));
                    }
                }
            }
        }
    }

    private static string Stamp(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'", CultureInfo.InvariantCulture);
}
