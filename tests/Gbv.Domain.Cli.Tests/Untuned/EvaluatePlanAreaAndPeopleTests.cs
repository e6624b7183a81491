using Gbv.Domain.Tests.Cli;
using Gbv.Domain.Tests.Untuned;

namespace Gbv.Domain.Tests.Cli.Untuned;

/// <summary>The district plan of the core's PlanAreaAndPeopleTests, evaluated from the command line.</summary>
public sealed class EvaluatePlanAreaAndPeopleTests
{
    [Fact]
    public void A_decimal_figure_is_refused_where_the_element_counts_whole_things()
    {
        // "cases_known" says nothing of decimals, so it is a count: 12.5 is refused on its row, never rounded to 12 or 13.
        var folder = Directory.CreateTempSubdirectory("gbv-area-");
        try
        {
            var reported = Path.Combine(folder.FullName, "reported.csv");
            File.WriteAllLines(reported, ["unit,year,element,value", "xa-1,2025,cases_known,12.5", "xa-1,2025,cases_supported,10"]);
            var (exit, _, err) = GbvTool.Run("evaluate", PlanAreaPlan.Path, "--as-of", "2025-12-31", "--reported", reported, "--lang", "en");
            Assert.Equal(1, exit);
            Assert.Contains($"{reported}(2,1): error GBV4014: xa-1 reported 12.5 for \"cases_known\" in 2025, but \"cases_known\" counts whole things: the figure is not counted (never rounded)", err, StringComparison.Ordinal);
            Assert.DoesNotContain("GBV4202", err, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
