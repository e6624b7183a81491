using NodaTime;

namespace Gbv.Domain.Tasks;

/// <summary>
/// A record that a unit carried out a task on a date ("ward-3 held a training on 2019-05-14"), as an integrator's
/// activity log holds it. Event-count indicators ("ít nhất 01 lần/năm") count these.
/// </summary>
/// <param name="Task">The id of the plan's task.</param>
/// <param name="Unit">The administrative unit that carried it out.</param>
/// <param name="Date">The day it was carried out.</param>
public readonly record struct TaskCompletion(string Task, string Unit, LocalDate Date)
{
    /// <summary>The id of the plan's task.</summary>
    public string Task { get; init; } = Task ?? throw new ArgumentNullException(nameof(Task));

    /// <summary>The administrative unit that carried it out.</summary>
    public string Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));
}
