using System.Diagnostics;

namespace Gbv.Domain.Tests.Cli;

/// <summary>Headless Chromium and poppler's pdftoppm, as .ci/run installs them; null where they are not installed.</summary>
internal static class Browser
{
    public static string? Chromium => File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public static string? PdfToPpm => File.Exists("/usr/bin/pdftoppm") ? "/usr/bin/pdftoppm" : null;

    /// <summary>Runs Chromium headless on a page with one action (--dump-dom, --screenshot=..., --print-to-pdf=...): its standard output.</summary>
    public static string Run(string chromium, string action, string page, string window = "1280,2000") =>
        Process(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files", "--no-pdf-header-footer",
            $"--window-size={window}", action, new Uri(page).AbsoluteUri]);

    public static string Process(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{Path.GetFileName(program)} did not finish within a minute");
        _ = error.Result;
        return output;
    }

    /// <summary>A PNG's width and height, from its header.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var header = new byte[24];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(header);
        }

        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
