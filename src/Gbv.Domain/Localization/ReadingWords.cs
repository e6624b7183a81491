using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// What the reader says about a file it cannot read or parse: System.Text.Json's syntax errors in the tool's words
/// (<c>Json.*</c>) and why a file cannot be opened (<c>Unreadable.*</c>): <c>ReadingWords.resx</c> (English) and
/// <c>ReadingWords.vi.resx</c>.
/// </summary>
internal static class ReadingWords
{
    /// <summary>The file's words, for the diagnostics' arguments (<c>Gbv.Domain.Diagnostics.WordArguments</c>) and the tests.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.ReadingWords", typeof(ReadingWords).Assembly), "ReadingWords.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);
}
