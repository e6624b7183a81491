using Gbv.Domain.Cli;

namespace Gbv.Domain.Tests.Cli;

/// <summary>Runs the <c>gbv</c> command in process, as a user would, with captured output.</summary>
internal static class GbvTool
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = GbvCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
