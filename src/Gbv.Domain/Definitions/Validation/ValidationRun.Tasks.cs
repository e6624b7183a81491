using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Tasks: lead and coordinating agencies, recurrence, minimum frequency, year and campaign.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _tasks = new(StringComparer.Ordinal);

    private PlanTask Task(TaskDefinition t, string pointer)
    {
        Agency(t.Lead, pointer + "/lead");
        var coordinators = Strings(t.Coordinators);
        for (var i = 0; i < coordinators.Length; i++)
        {
            Agency(coordinators[i], At(pointer + "/coordinators", i));
        }

        var recurrence = Keyword(t.Recurrence, pointer + "/recurrence", "recurrence", Recurrence.Unspecified);
        MinimumFrequency? minimum = null;
        if (t.MinimumFrequency is { } m)
        {
            var per = Keyword(m.Per, pointer + "/minimumFrequency/per", "span", FrequencyUnit.Year);
            if (m.Count < 1)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/minimumFrequency/count", Invariant(m.Count), Checks.Set.Argument("Range.AtLeastOne"));
            }
            else
            {
                minimum = new MinimumFrequency(m.Count, per);
            }
        }

        if (t.Year is int year && Year(year, pointer + "/year") && !_period.ContainsOrVision(year))
        {
            Report(PeriodDiagnostics.YearOutsidePeriod, pointer + "/year", Subject("task", t.Id), Invariant(year), PeriodText);
        }

        var campaigns = TaskCampaigns(t, pointer);
        return new PlanTask(t.Id, t.Section, Text(t.Title, pointer + "/title"), t.Lead, coordinators, recurrence, minimum, t.Year,
            campaigns.IsEmpty ? null : campaigns[0], Strings(t.Outputs), t.Solution, Source(t.Source, pointer + "/source"))
        {
            Campaigns = campaigns,
            SourceKind = PartSourceKind(t.SourceKind, pointer + "/sourceKind", Subject("task", t.Id)),
        };
    }
}
