using System.Xml.Linq;

namespace Gbv.Domain.Tests.Cli;

/// <summary>The HTML report: one self-contained page, read by an XML parser and, where Chromium is installed, by a real browser.</summary>
public sealed class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to", file);

    internal static string DakToHtml(string language)
    {
        var (exit, output, errors) = Gbv.Domain.Tests.Cli.GbvTool.Run(
            "evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--format", "html", "--lang", language,
            "--reported", Data("reported.csv"), "--submissions", Data("submissions.csv"), "--completions", Data("completions.csv"),
            "--units", Data("units.csv"), "--cases", Data("cases.csv"));
        Assert.Equal((0, string.Empty), (exit, errors));
        return output;
    }

    [Fact]
    public void The_page_is_self_contained_with_a_chart_per_indicator_and_tables()
    {
        var html = DakToHtml("vi");
        var page = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Attribute("href") is not null);
        Assert.Equal("width=device-width, initial-scale=1", (string?)page.Descendants(Xhtml + "meta").Single(m => (string?)m.Attribute("name") == "viewport").Attribute("content"));

        // Nine targets, by the plan's names; every column has a header cell and every row's first cell is one.
        var table = page.Descendants(Xhtml + "table").First(t => (string?)t.Attribute("class") == "indicators");
        Assert.All(table.Element(Xhtml + "thead")!.Descendants(Xhtml + "th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        var rows = table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal("row", (string?)r.Elements().First().Attribute("scope")));
        // 33 of 37 supported in 2020: 4 not supported is a small complement, so that year has no bar, and the chart says
        // so; of the four years only 2017's 19 of 24 (5 not supported) shows both its part and its complement.
        var supported = rows.First(r => r.Elements().First().Value == "Nạn nhân được hỗ trợ và can thiệp kịp thời");
        var chart = supported.Descendants(Svg + "svg").Single();
        Assert.Equal(1, chart.Elements(Svg + "rect").Count(r => (string?)r.Attribute("class") == "value"));
        Assert.Contains("2020: —", (string?)chart.Attribute("aria-label"), StringComparison.Ordinal);
        // 20 of 30 counselled in 2020 (66,7%) against more than 60%: the last bar 37 of 56 px high, the target line at 56 - 34 = 22.
        var counselled = rows.First(r => r.Elements().First().Value == "Người gây bạo lực được tư vấn và có hình thức xử lý phù hợp").Descendants(Svg + "svg").Single();
        Assert.EndsWith("2020: 66,7% (mục tiêu trên 60% đến năm 2020)", (string?)counselled.Attribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("37", (string?)counselled.Elements(Svg + "rect").Last(r => (string?)r.Attribute("class") == "value").Attribute("height"));
        Assert.Equal("22", (string?)counselled.Element(Svg + "line")!.Attribute("y1"));

        Assert.Contains(page.Descendants(Xhtml + "td"), td => td.Value == "trễ 3 ngày" && (string?)td.Attribute("class") == "bad");
        Assert.Contains(page.Descendants(Xhtml + "table"), t => (string?)t.Attribute("class") == "referrals");
        Assert.DoesNotContain("synthetic-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_browser_renders_the_chart_and_the_tables()
    {
        var chromium = Browser.Chromium ?? Skip();
        var folder = Directory.CreateTempSubdirectory("gbv-html-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(page, DakToHtml("en"));
            var dom = Browser.Run(chromium, "--dump-dom", page);
            Assert.Contains("<svg", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"indicators\"", dom, StringComparison.Ordinal);
            Assert.Contains("late by 3 day(s)", dom, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Skip()
    {
        // .ci/run installs Debian's chromium; on a machine without it this check cannot run.
        Assert.Skip("Chromium is not installed (.ci/run installs it).");
        return string.Empty;
    }
}
