namespace Gbv.Domain.Calendar;

/// <summary>What an agenda entry is.</summary>
public enum AgendaKind
{
    /// <summary>The last day a report is on time.</summary>
    ReportDue = 0,

    /// <summary>The last day of a report's data window (only where the plan sets one).</summary>
    DataCutOff,

    /// <summary>A review or inspection in a year ("sơ kết", "tổng kết").</summary>
    Milestone,

    /// <summary>A campaign window (June, the action month on domestic violence; 15/11-15/12).</summary>
    Campaign,

    /// <summary>An observance day (8/3, 28/6, 25/11).</summary>
    ObservanceDay,

    /// <summary>A recurring or one-off task, over the span it is to be done in.</summary>
    Task,
}
