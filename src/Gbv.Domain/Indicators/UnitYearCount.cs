namespace Gbv.Domain.Indicators;

/// <summary>A group key for aggregate queries: a unit and a year.</summary>
internal sealed class UnitYear
{
    public string? Unit { get; set; }

    public int? Year { get; set; }
}

/// <summary>A count per unit and year, as an aggregate query returns it.</summary>
internal sealed class UnitYearCount
{
    public string? Unit { get; set; }

    public int? Year { get; set; }

    public long Count { get; set; }
}
