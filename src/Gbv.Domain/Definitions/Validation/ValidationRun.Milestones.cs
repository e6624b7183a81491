using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Milestones: inspections and reviews in a year of the period.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _milestones = new(StringComparer.Ordinal);

    private Milestone Milestone(MilestoneDefinition m, string pointer)
    {
        Declare(m.Id, pointer + "/id", "milestone", _milestones);
        var kind = Keyword(m.Kind, pointer + "/kind", "milestone kind", MilestoneKind.Inspection);
        if (Year(m.Year, pointer + "/year") && !_period.ContainsOrVision(m.Year))
        {
            Report(PeriodDiagnostics.MilestoneOutsidePeriod, pointer + "/year", Invariant(m.Year), PeriodText);
        }

        Agency(m.Responsible, pointer + "/responsible");
        return new Milestone(m.Id, kind, m.Year, m.Responsible, Source(m.Source, pointer + "/source"))
        {
            SourceKind = PartSourceKind(m.SourceKind, pointer + "/sourceKind", Subject("milestone", m.Id)),
        };
    }
}
