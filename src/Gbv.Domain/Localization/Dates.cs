using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Localization;

/// <summary>A day as each language writes it: 31/12/2020 in Vietnamese, 2020-12-31 (ISO) in English and in JSON.</summary>
internal static class Dates
{
    private static readonly LocalDatePattern Vietnamese = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>The pattern of a language's days.</summary>
    public static LocalDatePattern Pattern(bool vi) => vi ? Vietnamese : LocalDatePattern.Iso;

    /// <summary>A day in a language.</summary>
    public static string Day(LocalDate date, bool vi) => Pattern(vi).Format(date);

    /// <summary>A moment as Vietnamese write it, the hour first: "08:00 02/05/2024 (+07:00)".</summary>
    public static OffsetDateTimePattern VietnameseMoment { get; } = OffsetDateTimePattern.CreateWithInvariantCulture("HH':'mm dd'/'MM'/'uuuu '('o<+HH:mm>')'");
}
