namespace Gbv.Domain.Definitions.Format;

/// <summary>The years a plan covers.</summary>
public sealed class PeriodDefinition
{
    /// <summary>First year.</summary>
    public required int From { get; init; }

    /// <summary>Last year (inclusive); absent for an open-ended plan.</summary>
    public int? To { get; init; }

    /// <summary>Vision year.</summary>
    public int? Vision { get; init; }
}
