using System.Diagnostics;
using System.Xml.Linq;

namespace Gbv.Domain.Tests.Evaluation;

/// <summary>The HTML report: one self-contained page, read by an XML parser and, where Chromium is installed, by a real browser.</summary>
public sealed class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "data", "dak-to", file);

    private static string DakToHtml(string language)
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

        // Nine targets; the training count has a value too: every row but none has a chart.
        var rows = page.Descendants(Xhtml + "table").First(t => (string?)t.Attribute("class") == "indicators").Elements(Xhtml + "tr").Skip(1).ToList();
        Assert.Equal(9, rows.Count);
        // 33 of 37 supported: 4 not supported is a small complement, so the part, and the chart that would give it, are hidden.
        var supported = rows.Single(r => r.Elements(Xhtml + "td").First().Value == "victims-supported" && r.Value.Contains("2020", StringComparison.Ordinal));
        Assert.Empty(supported.Descendants(Svg + "svg"));
        var counselled = rows.Single(r => r.Elements(Xhtml + "td").First().Value == "perpetrators-counselled" && r.Value.Contains("2020", StringComparison.Ordinal));
        var chart = counselled.Descendants(Svg + "svg").Single();
        Assert.Equal("perpetrators-counselled: 66,7% / trên 60% đến năm 2020", (string?)chart.Attribute("aria-label"));
        // 20 of 30 = 66.7% of 320 px is 213; the target line at 60% is at 192 + 1.
        Assert.Equal("213", (string?)chart.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "value").Attribute("width"));
        Assert.Equal("193", (string?)chart.Descendants(Svg + "line").Single().Attribute("x1"));

        Assert.Contains(page.Descendants(Xhtml + "td"), td => td.Value == "trễ 3 ngày");
        Assert.Contains(page.Descendants(Xhtml + "table"), t => (string?)t.Attribute("class") == "referrals");
        Assert.DoesNotContain("synthetic-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_browser_renders_the_chart_and_the_tables()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            // .ci/run installs Debian's chromium; on a machine without it this check cannot run.
            Assert.Skip("Chromium is not installed (.ci/run installs it).");
        }

        var folder = Directory.CreateTempSubdirectory("gbv-html-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(page, DakToHtml("en"));
            var dom = Browser(chromium, "--dump-dom", page);
            Assert.Contains("<svg", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"indicators\"", dom, StringComparison.Ordinal);
            Assert.Contains("late by 3 day(s)", dom, StringComparison.Ordinal);

            var png = Path.Combine(folder.FullName, "report.png");
            Browser(chromium, $"--screenshot={png}", page);
            Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is empty");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Browser(string chromium, string action, string page)
    {
        var start = new ProcessStartInfo(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000", action, new Uri(page).AbsoluteUri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "chromium did not finish within a minute");
        return output;
    }
}
