using System.Globalization;
using System.Resources;
using Gbv.Domain.Localization;

[assembly: NeutralResourcesLanguage("en")]

namespace Gbv.Domain.Extraction.Localization;

/// <summary>
/// Every word the extraction prints, in one place: <c>ExtractionWords.resx</c> (English, the neutral language) and
/// <c>ExtractionWords.vi.resx</c> (Vietnamese), read through the core's <see cref="WordSet"/> as its own words are.
/// The rules' patterns over the input text are Vietnamese input, not words printed, and stay in the rules.
/// </summary>
internal static class ExtractionWords
{
    private static readonly WordSet Set = new(new ResourceManager("Gbv.Domain.Extraction.Localization.ExtractionWords", typeof(ExtractionWords).Assembly), "ExtractionWords.resx");

    /// <summary>The word in the language; a key that is not there is a bug.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);

    /// <summary>A keyword of the draft (a frequency, a relation) in the language: the word under the key, else the keyword itself.</summary>
    public static string Keyword(string prefix, string? keyword, bool vi) => keyword is null ? string.Empty : Set.Find(prefix + keyword, vi) ?? keyword;

    /// <summary>A day of the year ("06-10") or a day ("2022-12-16") as the language writes it: 10/06, 16/12/2022 in Vietnamese.</summary>
    public static string Day(string? day, bool vi)
    {
        if (!vi || day is null)
        {
            return day ?? string.Empty;
        }

        var parts = day.Split('-');
        return parts.Length switch
        {
            2 => $"{parts[1]}/{parts[0]}",
            3 => $"{parts[2]}/{parts[1]}/{parts[0]}",
            _ => day,
        };
    }

    /// <summary>A day in the language: 2024-05-10 in English, 10/05/2024 in Vietnamese.</summary>
    public static string Day(NodaTime.LocalDate day, bool vi) => vi ? Dates.Day(day, vi) : day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    internal static IReadOnlyDictionary<string, string> All(bool vi) => Set.All(vi);
}

/// <summary>A review note in both languages, from one key of <see cref="ExtractionWords"/>.</summary>
internal readonly record struct Note(string En, string Vi)
{
    /// <summary>The note under a key with its placeholders filled, the same figures in both languages.</summary>
    public static Note Of(string key, params object?[] args) => new(ExtractionWords.Format(key, false, args), ExtractionWords.Format(key, true, args));

    /// <summary>The note under a key whose placeholders differ by language.</summary>
    public static Note Of(string key, Func<bool, object?[]> args) => new(ExtractionWords.Format(key, false, args(false)), ExtractionWords.Format(key, true, args(true)));

    /// <summary>Notes one after another, as one review ("; " between them), or null when there are none.</summary>
    public static string? English(IReadOnlyCollection<Note> notes) => notes.Count == 0 ? null : string.Join("; ", notes.Select(n => n.En));

    /// <summary>The same notes in Vietnamese.</summary>
    public static string? Vietnamese(IReadOnlyCollection<Note> notes) => notes.Count == 0 ? null : string.Join("; ", notes.Select(n => n.Vi));
}
