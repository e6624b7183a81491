namespace Gbv.Domain.Definitions.Format;

/// <summary>Roles for the whole plan ("Bộ ... chủ trì, phối hợp với ...").</summary>
public sealed class PlanRolesDefinition
{
    /// <summary>Leading agency id ("chủ trì").</summary>
    public string? Lead { get; init; }

    /// <summary>Coordinating agency ids ("phối hợp").</summary>
    public IReadOnlyList<string>? Coordinators { get; init; }

    /// <summary>The source's words.</summary>
    public string? Source { get; init; }
}
