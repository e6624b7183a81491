namespace Gbv.Domain.Time;

/// <summary>How much of a <see cref="PartialDate"/> the source document states.</summary>
public enum PartialDatePrecision
{
    /// <summary>Only the year is known ("năm 2017").</summary>
    Year = 0,

    /// <summary>The year and month are known ("ngày  tháng 04 năm 2024": the day was left blank).</summary>
    Month = 1,

    /// <summary>The full calendar date is known.</summary>
    Day = 2,
}
