namespace Gbv.Domain.Indicators;

/// <summary>A group key for aggregate queries: a unit and a year.</summary>
internal sealed class UnitYear
{
    public string? Unit { get; set; }

    public int? Year { get; set; }
}
