using System.Text.RegularExpressions;

namespace Gbv.Domain.Tests.Cli;

/// <summary>
/// The Đăk Tô report where an officer reads it, in a real headless Chromium: on a phone 420 px wide, the page no wider
/// than the screen (a wide table scrolls in its own box), and printed to PDF on A4, each page drawn by pdftoppm. With
/// GBV_UPDATE_SCREENSHOTS=1 the pictures are written to docs/images (docs/compliance-report.md shows them).
/// </summary>
public sealed class PhoneAndPaperTests
{
    private const int Phone = 420;

    [Fact]
    public void On_a_phone_420_px_wide_the_page_is_no_wider_than_the_screen()
    {
        var chromium = Browser.Chromium ?? Skip("Chromium is not installed (.ci/run installs it).");
        var folder = Directory.CreateTempSubdirectory("gbv-phone-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(page, HtmlReportTests.DakToHtml("vi"));
            // Headless Chromium will not make a window narrower than 500 px: the page is read in a frame 420 px wide,
            // and the frame's document says how wide it is and how wide it lays out (the script is the probe's only).
            var probe = Path.Combine(folder.FullName, "phone.html");
            File.WriteAllText(probe, $"""
                <!DOCTYPE html><html><head><meta charset="utf-8" /><style>body{"{"}margin:0;background:#777{"}"}iframe{"{"}border:0;display:block;background:#fff{"}"}</style></head>
                <body><iframe src="report.html" width="{Phone}" height="2600" onload="var d=this.contentDocument.documentElement;document.body.setAttribute('data-fit', d.scrollWidth + ' ' + d.clientWidth + ' ' + this.contentWindow.innerWidth)"></iframe></body></html>
                """);
            var dom = Browser.Run(chromium, "--dump-dom", probe, "500,2600");
            var fit = Regex.Match(dom, "data-fit=\"(\\d+) (\\d+) (\\d+)\"");
            Assert.True(fit.Success, "the probe did not measure the page");
            var (scrollWidth, clientWidth, viewport) = (int.Parse(fit.Groups[1].Value), int.Parse(fit.Groups[2].Value), int.Parse(fit.Groups[3].Value));
            Assert.Equal(Phone, viewport);
            // The page scrolls up and down only: as wide as its viewport (less a scroll bar where one is drawn).
            Assert.Equal(clientWidth, scrollWidth);
            Assert.InRange(clientWidth, Phone - 20, Phone);

            var png = Path.Combine(folder.FullName, "phone.png");
            Browser.Run(chromium, $"--screenshot={png}", probe, "500,2600");
            Assert.True(new FileInfo(png).Length > 50_000, "the screenshot is empty");
            Keep(png, "dak-to-phone.png");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Printed_to_pdf_it_is_on_a4_pages_that_pdftoppm_draws()
    {
        var chromium = Browser.Chromium ?? Skip("Chromium is not installed (.ci/run installs it).");
        var pdftoppm = Browser.PdfToPpm ?? Skip("pdftoppm is not installed (.ci/run installs poppler-utils).");
        var folder = Directory.CreateTempSubdirectory("gbv-print-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var html = HtmlReportTests.DakToHtml("vi");
            File.WriteAllText(page, html);
            // The print style sheet: A4, each table's header repeated on every page, no row cut in two.
            Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
            Assert.Contains("thead{display:table-header-group}", html, StringComparison.Ordinal);
            Assert.Contains("tr,svg{break-inside:avoid", html, StringComparison.Ordinal);

            var pdf = Path.Combine(folder.FullName, "report.pdf");
            Browser.Run(chromium, $"--print-to-pdf={pdf}", page);
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 20_000, "no PDF was printed");
            Browser.Process(pdftoppm, ["-r", "50", "-png", pdf, Path.Combine(folder.FullName, "a4")]);
            var pages = Directory.GetFiles(folder.FullName, "a4-*.png").Order(StringComparer.Ordinal).ToList();
            // The report fills more than one page, and each is A4 (210 x 297 mm: at 50 dpi 413 x 585 px) with something on it.
            Assert.InRange(pages.Count, 2, 12);
            Assert.All(pages, p =>
            {
                var (width, height) = Browser.PngSize(p);
                Assert.InRange(width, 412, 414);
                Assert.InRange(height, 584, 586);
                Assert.True(new FileInfo(p).Length > 5_000, $"{Path.GetFileName(p)} is blank");
            });

            Browser.Process(pdftoppm, ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(folder.FullName, "first")]);
            Keep(Path.Combine(folder.FullName, "first.png"), "dak-to-a4.png");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Keep(string picture, string name)
    {
        if (Environment.GetEnvironmentVariable("GBV_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(picture, Path.Combine(TestFiles.RepositoryRoot, "docs", "images", name), overwrite: true);
        }
    }

    private static string Skip(string why)
    {
        Assert.Skip(why);
        return string.Empty;
    }
}
