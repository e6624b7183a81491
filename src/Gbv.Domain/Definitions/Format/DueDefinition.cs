namespace Gbv.Domain.Definitions.Format;

/// <summary>A due rule.</summary>
public sealed class DueDefinition
{
    /// <summary><c>before</c> (default reading of "trước"), <c>on-or-before</c>, <c>on-request</c>, <c>unstated</c>.</summary>
    public required string Rule { get; init; }

    /// <summary><c>MM-dd</c> every year, or <c>yyyy-MM-dd</c> once.</summary>
    public string? Date { get; init; }

    /// <summary>Day of the month following the period.</summary>
    public int? DayOfMonth { get; init; }

    /// <summary><c>previous-working-day</c> or <c>next-working-day</c> when the plan moves a deadline off a day off; default: it does not.</summary>
    public string? Roll { get; init; }
}
