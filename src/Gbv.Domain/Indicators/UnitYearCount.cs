namespace Gbv.Domain.Indicators;

/// <summary>A count per unit and year, as an aggregate query returns it.</summary>
internal sealed class UnitYearCount
{
    public string? Unit { get; set; }

    public int? Year { get; set; }

    public long Count { get; set; }
}
