using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// The words of the answers the package explains: why an indicator has its status, the agenda's titles, who a task is
/// for: <c>Explanations.resx</c> (English, the neutral language) and <c>Explanations.vi.resx</c>.
/// </summary>
internal static class Explanations
{
    /// <summary>The file's words, for the diagnostics' arguments (<c>Gbv.Domain.Diagnostics.WordArguments</c>) and the tests.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.Explanations", typeof(Explanations).Assembly), "Explanations.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);
}
