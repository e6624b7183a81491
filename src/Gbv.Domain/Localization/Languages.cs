namespace Gbv.Domain.Localization;

/// <summary>
/// The two languages the package writes, named as callers name them: a language code ("vi", "en") or a culture name
/// ("vi-VN", "en-GB", "vi_VN"), in any case. Every method that takes a language reads it here, so that "vi-VN" is
/// Vietnamese wherever a language is asked for; a name that is neither gives English, the language of the API.
/// </summary>
internal static class Languages
{
    /// <summary>True when the name is Vietnamese: "vi", or a culture of it such as "vi-VN".</summary>
    public static bool IsVietnamese(string? language) => Is(language, "vi");

    /// <summary>True when the name is English: "en", or a culture of it such as "en-GB".</summary>
    public static bool IsEnglish(string? language) => Is(language, "en");

    /// <summary>The language's code, "vi" or "en", for what needs exactly one of the two (an HTML lang attribute).</summary>
    public static string Code(string? language) => IsVietnamese(language) ? "vi" : "en";

    private static bool Is(string? language, string code) =>
        language is not null
        && language.StartsWith(code, StringComparison.OrdinalIgnoreCase)
        && (language.Length == code.Length || language[code.Length] is '-' or '_');
}
