using System.Diagnostics;

namespace Gbv.Domain.Tests.Evaluation;

/// <summary>The README's embedding example, built with the solution and run as a user would run it.</summary>
public sealed class QuickstartTests
{
    [Fact]
    public async Task The_quickstart_runs_and_explains_the_indicator_that_falls_short()
    {
        // The same configuration as this test assembly (bin/Debug or bin/Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(TestFiles.RepositoryRoot, "samples", "Quickstart", "bin", configuration, "net10.0", "Quickstart.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");

        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("victims-supported (more than 90% by 2020): NotMet: 33 of 37 = 89.2% in 2020; more than 90% needs 34, 1 more needed", output, StringComparison.Ordinal);
        Assert.Contains("Referrals for 1 case(s): child-protection", output, StringComparison.Ordinal);
        Assert.DoesNotContain("c-1", output.Replace("GBV", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
