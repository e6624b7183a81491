namespace Gbv.Domain.Tasks;

/// <summary>"Ít nhất 01 lần/năm": a task must happen at least <see cref="Count"/> times per <see cref="Per"/>.</summary>
public sealed record MinimumFrequency
{
    /// <summary>Creates a minimum frequency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is less than 1.</exception>
    public MinimumFrequency(int count, FrequencyUnit per)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
        Per = per;
    }

    /// <summary>The least number of times.</summary>
    public int Count { get; }

    /// <summary>The span counted over.</summary>
    public FrequencyUnit Per { get; }
}
