using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Why a file cannot be read (GBV1000), in the tool's words in both languages (<c>Checks.resx</c>, <c>Unreadable.*</c>). The operating system's message came
/// through .NET in English only ("Could not find file '...'", "Access to the path ... is denied"), so a Vietnamese
/// message carried an English sentence; the path is in the diagnostic's location already.
/// </summary>
internal static class UnreadableWords
{
    /// <summary>The reason for an exception from opening or reading <paramref name="path"/> (null for a stream).</summary>
    public static DiagnosticArgument Describe(Exception exception, string? path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (path is not null && Directory.Exists(path))
        {
            return Checks.Set.Argument("Unreadable.Folder");
        }

        return exception switch
        {
            FileNotFoundException => Checks.Set.Argument("Unreadable.NoFile"),
            DirectoryNotFoundException => Checks.Set.Argument("Unreadable.NoFolder"),
            PathTooLongException => Checks.Set.Argument("Unreadable.PathTooLong"),
            UnauthorizedAccessException => Checks.Set.Argument("Unreadable.Denied"),
            ArgumentException or NotSupportedException => Checks.Set.Argument("Unreadable.BadPath"),
            _ when path is null => Checks.Set.Argument("Unreadable.Stream"),
            _ => Checks.Set.Argument("Unreadable.System"),
        };
    }
}
