using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// The reasons and expectations the diagnostics' placeholders take ("a month from 1 to 12", "is empty", "a whole
/// number from 0 to 120"): <c>Checks.resx</c> (English) and <c>Checks.vi.resx</c>. The sentences around them stay in
/// their descriptors, each with its two languages together.
/// </summary>
internal static class Checks
{
    /// <summary>The file's words, for the diagnostics' arguments (<c>Gbv.Domain.Diagnostics.WordArguments</c>) and the tests.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.Checks", typeof(Checks).Assembly), "Checks.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);
}
