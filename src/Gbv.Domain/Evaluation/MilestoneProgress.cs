using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Evaluation;

/// <summary>Where a review or inspection stands as of a date, from task completion records that name it.</summary>
public enum MilestoneStatus
{
    /// <summary>A completion record names the milestone.</summary>
    Held = 0,

    /// <summary>Its year is the current one and no record names it yet.</summary>
    DueThisYear,

    /// <summary>Its year has ended and no record names it.</summary>
    NotRecorded,

    /// <summary>Its year is still to come.</summary>
    Upcoming,
}

/// <summary>A milestone ("sơ kết năm 2018", "tổng kết năm 2020") and whether a completion record shows it held.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="HeldOn">The first day a completion record names it, or null.</param>
public sealed record MilestoneProgress(Milestone Milestone, MilestoneStatus Status, LocalDate? HeldOn)
{
    /// <summary>The milestone.</summary>
    public Milestone Milestone { get; init; } = Milestone ?? throw new ArgumentNullException(nameof(Milestone));
}
