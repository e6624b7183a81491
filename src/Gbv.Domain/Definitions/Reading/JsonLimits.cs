namespace Gbv.Domain.Definitions.Reading;

/// <summary>Limits on plan files, so that a file written by anyone cannot exhaust memory or time.</summary>
public static class JsonLimits
{
    /// <summary>Deepest nesting of objects and arrays: 64.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest string, in UTF-8 bytes as written in the file: 64 KiB.</summary>
    public const int MaxStringBytes = 64 * 1024;

    /// <summary>Largest plan file: 16 MiB.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Most diagnostics listed for one file: 1,000. A file with more problems than that is not worth reading further,
    /// and listing millions of them (a file of millions of empty strings) would take minutes and gigabytes.
    /// </summary>
    public const int MaxDiagnostics = 1000;
}
