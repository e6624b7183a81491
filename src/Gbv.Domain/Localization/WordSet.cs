using System.Globalization;
using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// One resource file of words and its Vietnamese twin (<c>X.resx</c>, English, the neutral language, and
/// <c>X.vi.resx</c>), read the one way: the package's <see cref="Words"/> and the tool's own words are each one of
/// these, so the two follow the same rules (a missing key is a bug, placeholders are filled without a culture).
/// </summary>
internal sealed class WordSet(ResourceManager resources, string file)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public string Get(string key, bool vi) =>
        Find(key, vi) ?? throw new InvalidOperationException($"No word \"{key}\" in {file}.");

    /// <summary>The word in the language, or null when there is none: for words a plan's id may or may not have.</summary>
    public string? Find(string key, bool vi) => resources.GetString(key, vi ? Vietnamese : CultureInfo.InvariantCulture);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public string Format(string key, bool vi, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key, vi), args);

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    public IReadOnlyDictionary<string, string> All(bool vi)
    {
        var set = resources.GetResourceSet(vi ? Vietnamese : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{file} is missing.");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
