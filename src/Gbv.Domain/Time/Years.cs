using NodaTime;

namespace Gbv.Domain.Time;

/// <summary>Which years have ended: the rule every part of the engine judges "by a year" with.</summary>
internal static class Years
{
    /// <summary>The last year that has ended on a date: a year ends on its last day, so 31 December 2020 ends 2020.</summary>
    public static int LastEnded(LocalDate date) => date.Month == 12 && date.Day == 31 ? date.Year : date.Year - 1;
}
