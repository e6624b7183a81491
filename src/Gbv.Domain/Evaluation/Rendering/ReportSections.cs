namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>Where each <see cref="ReportSection"/> is in each rendering: its JSON property and its HTML anchor.</summary>
public static class ReportSections
{
    /// <summary>Every section, in the order the renderings write them.</summary>
    public static System.Collections.Immutable.ImmutableArray<ReportSection> All { get; } = [.. Enum.GetValues<ReportSection>()];

    /// <summary>The property of the JSON report (<c>gbv-compliance-report/1</c>) that holds the section.</summary>
    public static string JsonProperty(ReportSection section) => section switch
    {
        ReportSection.Indicators => "indicators",
        ReportSection.Reporting => "timeliness",
        ReportSection.Consistency => "consistency",
        ReportSection.Tasks => "tasks",
        ReportSection.Reviews => "milestones",
        ReportSection.Ahead => "ahead",
        ReportSection.Referrals => "referrals",
        ReportSection.Problems => "problems",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "not a section of the report"),
    };

    /// <summary>The id of the section's element in the HTML page (<c>&lt;section id="reporting"&gt;</c>).</summary>
    public static string Anchor(ReportSection section) => section switch
    {
        ReportSection.Reporting => "reporting",
        ReportSection.Reviews => "reviews",
        _ => JsonProperty(section),
    };
}
