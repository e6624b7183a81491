using System.Resources;

[assembly: NeutralResourcesLanguage("en")]

namespace Gbv.Domain.Localization;

/// <summary>
/// Every word the package prints, in one place: <c>Words.resx</c> (English, the neutral language) and
/// <c>Words.vi.resx</c> (Vietnamese), read through one <see cref="ResourceManager"/>. Texts from a plan (titles,
/// names) come from the plan; diagnostic messages stay in their descriptors, each with its two languages together.
/// </summary>
internal static class Words
{
    /// <summary>The file's words, for the tests that check every word set the same way.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.Words", typeof(Words).Assembly), "Words.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word in the language, or null when there is none: for words a plan's id may or may not have.</summary>
    public static string? Find(string key, bool vi) => Set.Find(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    internal static IReadOnlyDictionary<string, string> All(bool vi) => Set.All(vi);
}
