namespace Gbv.Domain.Cli;

/// <summary>The tool's exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every plan is valid (warnings and information allowed).</summary>
    public const int Valid = 0;

    /// <summary>At least one plan has an error.</summary>
    public const int Errors = 1;

    /// <summary>The command could not run: bad arguments, a path that does not exist, an internal failure.</summary>
    public const int CouldNotRun = 2;
}
