namespace Gbv.Domain.Definitions.Format;

/// <summary>A task, solution or activity.</summary>
public sealed class TaskDefinition
{
    /// <summary>Task id.</summary>
    public required string Id { get; init; }

    /// <summary>Section number in the source.</summary>
    public string? Section { get; init; }

    /// <summary>Short title.</summary>
    public required LocalizedTextDefinition Title { get; init; }

    /// <summary>Leading agency id ("chủ trì").</summary>
    public string? Lead { get; init; }

    /// <summary>Coordinating agency ids ("phối hợp").</summary>
    public IReadOnlyList<string>? Coordinators { get; init; }

    /// <summary><c>unspecified</c>, <c>once</c>, <c>monthly</c>, <c>quarterly</c>, <c>annual</c>, <c>continuous</c>.</summary>
    public string? Recurrence { get; init; }

    /// <summary>"ít nhất 01 lần/năm".</summary>
    public MinimumFrequencyDefinition? MinimumFrequency { get; init; }

    /// <summary>Year of a one-off task.</summary>
    public int? Year { get; init; }

    /// <summary>Campaign id the task runs in.</summary>
    public string? Campaign { get; init; }

    /// <summary>Campaign ids, for a task that runs in several (instead of <c>campaign</c>).</summary>
    public IReadOnlyList<string>? Campaigns { get; init; }

    /// <summary>Expected outputs.</summary>
    public IReadOnlyList<string>? Outputs { get; init; }

    /// <summary>Solution text, verbatim.</summary>
    public string? Solution { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary><c>verbatim</c> (default: the plan's), <c>summary</c> or <c>translation</c>: where the words come from.</summary>
    public string? SourceKind { get; init; }
}
