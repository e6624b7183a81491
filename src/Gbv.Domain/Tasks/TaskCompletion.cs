using Gbv.Domain.Diagnostics;
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

    /// <summary>
    /// Where the record came from (a file's line and column), for diagnostics; null when it has no place to point to.
    /// Not part of the record's meaning: two records that differ only here are the same record sent twice.
    /// </summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>Equal when every field but <see cref="Origin"/> is equal.</summary>
    public bool Equals(TaskCompletion other) => string.Equals(Task, other.Task, StringComparison.Ordinal) && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && Date == other.Date;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Task, Unit, Date);
}
