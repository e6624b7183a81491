using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// The names the package gives the parts of a plan and the kinds of values in its messages ("agency kind",
/// "a whole number", "date of issue"): <c>Nouns.resx</c> (English, the neutral language) and <c>Nouns.vi.resx</c>.
/// </summary>
internal static class Nouns
{
    /// <summary>The file's words, for the diagnostics' arguments (<c>Gbv.Domain.Diagnostics.WordArguments</c>) and the tests.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.Nouns", typeof(Nouns).Assembly), "Nouns.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);
}
