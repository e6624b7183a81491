namespace Gbv.Domain.Indicators;

/// <summary>The cases of one unit and year and the conditional count of each counted element, as one aggregate query returns them.</summary>
internal sealed class UnitYearCounts
{
    public string? Unit { get; set; }

    public int? Year { get; set; }

    public long Count { get; set; }

    public long[] Counts { get; set; } = [];
}
