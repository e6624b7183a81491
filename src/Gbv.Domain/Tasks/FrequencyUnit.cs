namespace Gbv.Domain.Tasks;

/// <summary>The span a minimum frequency counts over.</summary>
public enum FrequencyUnit
{
    /// <summary>A calendar year.</summary>
    Year = 0,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A calendar month.</summary>
    Month,
}
