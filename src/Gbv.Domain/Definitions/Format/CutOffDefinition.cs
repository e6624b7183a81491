namespace Gbv.Domain.Definitions.Format;

/// <summary>The data window of a report: a named preset, or the plan's own window.</summary>
public sealed class CutOffDefinition
{
    /// <summary><c>decree-09-2019</c>: Decree 09/2019/NĐ-CP's windows.</summary>
    public string? Preset { get; init; }

    /// <summary>First day of the plan's own window, <c>MM-dd</c>.</summary>
    public string? From { get; init; }

    /// <summary>Last day of the plan's own window, <c>MM-dd</c>.</summary>
    public string? To { get; init; }
}
