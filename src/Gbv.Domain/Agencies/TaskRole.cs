namespace Gbv.Domain.Agencies;

/// <summary>An agency's role on a task.</summary>
public enum TaskRole
{
    /// <summary>Leads the task ("chủ trì").</summary>
    Lead = 0,

    /// <summary>Coordinates with the lead ("phối hợp").</summary>
    Coordinating,
}
