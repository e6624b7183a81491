using System.Globalization;
using System.Resources;
using Gbv.Domain.Localization;
using NodaTime;

[assembly: NeutralResourcesLanguage("en")]

namespace Gbv.Domain.Testing.Localization;

/// <summary>
/// Every word a scenario check prints, in one place: <c>ScenarioWords.resx</c> (English, the neutral language) and
/// <c>ScenarioWords.vi.resx</c> (Vietnamese), read through the core's <see cref="WordSet"/> as its own words are.
/// </summary>
internal static class ScenarioWords
{
    private static readonly WordSet Set = new(new ResourceManager("Gbv.Domain.Testing.Localization.ScenarioWords", typeof(ScenarioWords).Assembly), "ScenarioWords.resx");

    /// <summary>The word in the language; a key that is not there is a bug.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);

    /// <summary>A keyword of the format (a status, a verdict) in the language: the word under the key, else the keyword itself.</summary>
    public static string Keyword(string prefix, string keyword, bool vi) => Set.Find(prefix + keyword, vi) ?? keyword;

    /// <summary>A figure: 89.2 in English, 89,2 in Vietnamese.</summary>
    public static string Number(decimal value, bool vi)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return vi ? text.Replace('.', ',') : text;
    }

    /// <summary>An ISO day as written in the language (31/12/2020 in Vietnamese); what does not read as a day stays as it is.</summary>
    public static string Day(string iso, bool vi) =>
        vi && NodaTime.Text.LocalDatePattern.Iso.Parse(iso) is { Success: true } day ? Dates.Day(day.Value, vi) : iso;

    /// <summary>A day in the language.</summary>
    public static string Day(LocalDate day, bool vi) => Dates.Day(day, vi);

    /// <summary>Every key and its word in one language: for the tests that check both languages say everything.</summary>
    internal static IReadOnlyDictionary<string, string> All(bool vi) => Set.All(vi);
}
