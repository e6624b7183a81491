using System.Globalization;
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
    private static readonly ResourceManager Resources = new("Gbv.Domain.Localization.Words", typeof(Words).Assembly);
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) =>
        Find(key, vi) ?? throw new InvalidOperationException($"No word \"{key}\" in Words.resx.");

    /// <summary>The word, or null when there is none under the key.</summary>
    public static string? Find(string key, bool vi) => Resources.GetString(key, vi ? Vietnamese : CultureInfo.InvariantCulture);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key, vi), args);

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    internal static IReadOnlyDictionary<string, string> All(bool vi)
    {
        var set = Resources.GetResourceSet(vi ? Vietnamese : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("Words.resx is missing.");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
