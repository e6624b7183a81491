using Gbv.Domain.Tasks;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// A task with a minimum frequency ("ít nhất 01 lần/năm") against its completion records for a year: how many times
/// it was done, how many are required, and whether that is enough. Only a year that has ended can fall short.
/// </summary>
/// <param name="Task">The task.</param>
/// <param name="Year">The year counted.</param>
/// <param name="Done">Completions recorded in the year, over all units.</param>
/// <param name="Required">The least number the plan asks for in the year.</param>
/// <param name="YearEnded">Whether the year has ended as of the evaluation.</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
public sealed record TaskProgress(PlanTask Task, int Year, long Done, int Required, bool YearEnded)
{
    /// <summary>The task.</summary>
    public PlanTask Task { get; init; } = Task ?? throw new ArgumentNullException(nameof(Task));

    /// <summary>Completions recorded in the year, over all units: 0 or more.</summary>
    public long Done { get; init; } = Done >= 0 ? Done : throw new ArgumentOutOfRangeException(nameof(Done), Done, "A number of completions is 0 or more.");

    /// <summary>The least number the plan asks for in the year: 0 or more.</summary>
    public int Required { get; init; } = Required >= 0 ? Required : throw new ArgumentOutOfRangeException(nameof(Required), Required, "A required number of times is 0 or more.");

    /// <summary>Done at least as often as required.</summary>
    public bool IsMet => Done >= Required;

    /// <summary>"ii-2-1-capacity-building: 1 of at least 1 in 2019 (met)".</summary>
    public override string ToString() =>
        $"{Task.Id}: {Done} of at least {Required} in {Year} ({(IsMet ? "met" : YearEnded ? "not met" : "in progress")})";
}
