using Gbv.Domain.Localization;

namespace Gbv.Domain.Indicators;

/// <summary>When a target applies: by a year, or from a year on.</summary>
/// <param name="Kind">By or from.</param>
/// <param name="Year">The year.</param>
/// <remarks>Equality is by kind and year; ordering is not defined (a "from" and a "by" horizon are not comparable).</remarks>
public readonly record struct Horizon(HorizonKind Kind, int Year)
{
    /// <summary>The horizon in a language: <c>"vi"</c> gives "đến năm 2020" or "từ năm 2025", anything else English.</summary>
    public string Describe(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) ? IndicatorWords.Of(this) : ToString();
    }

    /// <summary>"by 2020" or "from 2025".</summary>
    public override string ToString() => IndicatorWords.Of(this, vi: false);
}
