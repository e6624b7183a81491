using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Time;

/// <summary>Text form of NodaTime's <see cref="AnnualDate"/> in plan files: <c>MM-dd</c>, as in <c>"06-10"</c> for 10 June.</summary>
public static class AnnualDates
{
    private static readonly AnnualDatePattern Pattern = AnnualDatePattern.Iso;

    /// <summary>Parses <c>MM-dd</c>. 02-29 is accepted (it falls on 28 February in non-leap years). Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AnnualDate value)
    {
        value = default;
        if (text is null || text.Length != 5)
        {
            return false;
        }

        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        value = result.Value;
        return true;
    }

    /// <summary>Formats as <c>MM-dd</c>.</summary>
    public static string Format(AnnualDate date) => Pattern.Format(date);
}
