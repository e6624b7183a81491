using Gbv.Domain.Tests.Untuned;

namespace Gbv.Domain.Tests.Cli.Untuned;

/// <summary>Data that does not fit the plan (the core's DataThatDoesNotFitTests), from the command line: located diagnostics on stderr, the problems in the report, exit 1.</summary>
public sealed class EvaluateDataThatDoesNotFitTests
{
    [Fact]
    public void Gbv_evaluate_locates_every_row_it_does_not_count_and_exits_1()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Untuned", "data");
        var (exit, output, errors) = Gbv.Domain.Tests.Cli.GbvTool.Run("evaluate", UntunedPlan.Path, "--as-of", "2024-12-31", "--lang", "en",
            "--reported", Path.Combine(data, "reported.csv"), "--units", Path.Combine(data, "units.csv"),
            "--completions", Path.Combine(data, "completions.csv"), "--submissions", Path.Combine(data, "submissions.csv"), "--small-counts", "1");
        Assert.Equal(1, exit);
        Assert.Contains("reported.csv(5,1): error GBV4006: thon-2 reported \"cases_helpd\" for 2024", errors, StringComparison.Ordinal);
        Assert.Contains("reported.csv(6,1): error GBV4007: \"cases_known\" for 2024 from \"thon-9\"", errors, StringComparison.Ordinal);
        Assert.Contains("reported.csv(7,1): warning GBV4009: thon-1 reported \"cases_known\" for 2024 twice with the same value 10; it is counted once", errors, StringComparison.Ordinal);
        Assert.Contains("completions.csv(3,1): warning GBV4010", errors, StringComparison.Ordinal);
        Assert.Contains("submissions.csv(2,1): error GBV4105", errors, StringComparison.Ordinal);

        // thon-1's 8 of 10 alone (thon-2 reported no "cases_helped"; thon-3, listed with them under ban-thon in units.csv,
        // sent nothing): met, 1 of 3 units, incomplete; the problems listed.
        Assert.Contains("| cases-helped | at least 80% from 2024 | Met | 2024 | 8/10 (80%) (incomplete: 1 of 3 units; left out: thon-2 missing \"cases_helped\", thon-3 did not report) |", output, StringComparison.Ordinal);
        Assert.Contains("GBV4006", output.Split("## Problems in the data")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_listed_in_the_report_an_officer_files_not_only_on_the_terminal()
    {
        var folder = Directory.CreateTempSubdirectory("gbv-unread-");
        try
        {
            var reported = Path.Combine(folder.FullName, "reported.csv");
            File.WriteAllLines(reported, ["unit,year,element,value", "thon-1,2024,cases_known,10", "thon-1,2024,cases_helped,mười"]);
            var report = Path.Combine(folder.FullName, "report.md");
            var (exit, _, errors) = Gbv.Domain.Tests.Cli.GbvTool.Run("evaluate", UntunedPlan.Path, "--as-of", "2024-12-31", "--lang", "en", "--reported", reported, "--out", report);
            Assert.Equal(1, exit);
            // Once on the terminal, and in the file under the data's problems: a report saying "None." would not be true.
            Assert.Single(errors.Split('\n'), line => line.Contains("GBV4202", StringComparison.Ordinal));
            var problems = File.ReadAllText(report).Split("## Problems in the data")[1];
            // With the file's name and line to find the row by, not the folder of the machine that ran it.
            Assert.Contains("GBV4202 (reported.csv, line 3): The value \"mười\" of \"value\" is not a number", problems, StringComparison.Ordinal);
            Assert.DoesNotContain(folder.FullName, problems, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
