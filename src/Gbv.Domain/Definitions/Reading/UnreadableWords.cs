using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Why a file cannot be read (GBV1000), in the tool's words in both languages (<c>ReadingWords.resx</c>,
/// <c>Unreadable.*</c>). The operating system's message came through .NET in English only ("Could not find file
/// '...'", "Access to the path ... is denied"), so a Vietnamese message carried an English sentence; the path is in the
/// diagnostic's location already.
/// </summary>
internal static class UnreadableWords
{
    /// <summary>The reason for an exception from opening or reading <paramref name="path"/> (null for a stream).</summary>
    public static DiagnosticArgument Describe(Exception exception, string? path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (path is not null && Directory.Exists(path))
        {
            return ReadingWords.Set.Argument("Unreadable.Folder");
        }

        return exception switch
        {
            FileNotFoundException => ReadingWords.Set.Argument("Unreadable.NoFile"),
            DirectoryNotFoundException => ReadingWords.Set.Argument("Unreadable.NoFolder"),
            PathTooLongException => ReadingWords.Set.Argument("Unreadable.PathTooLong"),
            UnauthorizedAccessException => ReadingWords.Set.Argument("Unreadable.Denied"),
            ArgumentException or NotSupportedException => ReadingWords.Set.Argument("Unreadable.BadPath"),
            _ when path is null => ReadingWords.Set.Argument("Unreadable.Stream"),
            _ => ReadingWords.Set.Argument("Unreadable.System"),
        };
    }
}
