using Gbv.Domain.Localization;

namespace Gbv.Domain;

/// <summary>
/// A name or title in Vietnamese, the language of the source document, with an optional English rendering.
/// The Vietnamese text is authoritative; the English is a convenience for readers and reports.
/// </summary>
/// <remarks>Equality is ordinal on both texts.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="vi">The Vietnamese text; must not be empty.</param>
    /// <param name="en">An English rendering, or null.</param>
    /// <exception cref="ArgumentException">The Vietnamese text is empty or white space.</exception>
    public LocalizedText(string vi, string? en = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vi);
        Vi = vi;
        En = en;
    }

    /// <summary>The Vietnamese text.</summary>
    public string Vi { get; }

    /// <summary>The English rendering, or null.</summary>
    public string? En { get; }

    /// <summary>The text in a language: <c>"en"</c> gives the English rendering where there is one, anything else the Vietnamese.</summary>
    [System.Diagnostics.Contracts.Pure]
    public string In(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsEnglish(language) && En is not null ? En : Vi;
    }

    /// <summary>The Vietnamese text.</summary>
    public override string ToString() => Vi;
}
