using System.Resources;
using Gbv.Domain.Cli.Localization;
using Gbv.Domain.Localization;

[assembly: NeutralResourcesLanguage("en")]

namespace Gbv.Domain.Cli.Localization;

/// <summary>
/// Every word the tool prints of its own, in one place: <c>CliWords.resx</c> (English, the neutral language) and
/// <c>CliWords.vi.resx</c> (Vietnamese), read as the package reads its <c>Words.resx</c> (same accessor, same rules).
/// The package's words stay in the package; the tool's here, because the package does not print the tool's messages.
/// </summary>
internal static class CliWords
{
    private static readonly WordSet Set = new(new ResourceManager("Gbv.Domain.Cli.Localization.CliWords", typeof(CliWords).Assembly), "CliWords.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The English word under a key, or null when there is none: whether a key is there.</summary>
    public static string? Find(string key) => Set.Find(key, vi: false);

    /// <summary>The word in the language named ("vi", "en" or a culture of either; English otherwise).</summary>
    public static string Get(string key, string language) => Get(key, Languages.IsVietnamese(language));

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);

    /// <summary>The word in the language named, with its placeholders filled.</summary>
    public static string Format(string key, string language, params object?[] args) => Format(key, Languages.IsVietnamese(language), args);

    /// <summary>Both wordings of one key, for a diagnostic argument that carries its two languages together.</summary>
    public static (string En, string Vi) Both(string key) => (Get(key, vi: false), Get(key, vi: true));

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    internal static IReadOnlyDictionary<string, string> All(bool vi) => Set.All(vi);
}
