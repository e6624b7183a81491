namespace Gbv.Domain.Definitions.Format;

/// <summary>The root of a plan file (<c>"format": "gbv-plan/1"</c>). See docs/plan-format.md.</summary>
public sealed class PlanDefinition
{
    /// <summary>
    /// The JSON Schema the file names for editors (<c>"$schema"</c>), such as <see cref="PlanSchema.Id"/> or a relative
    /// path to <c>gbv-plan.v1.schema.json</c>. The reader accepts it and the plan does not keep it: it says nothing
    /// about the plan.
    /// </summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The format version: <c>gbv-plan/1</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The plan id: lower-case letters, digits, <c>-</c>, <c>_</c>, <c>.</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The plan title.</summary>
    public required LocalizedTextDefinition Title { get; init; }

    /// <summary>Number, date, place, issuer and signature.</summary>
    public required DocumentDefinition Document { get; init; }

    /// <summary>The administrative level of the issuer (<c>district</c>, <c>commune</c>, ...).</summary>
    public required string Level { get; init; }

    /// <summary>The years covered.</summary>
    public required PeriodDefinition Period { get; init; }

    /// <summary>An IANA time zone; default <c>Asia/Ho_Chi_Minh</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>verbatim</c> (default), <c>summary</c> or <c>translation</c>: where the file's words come from.</summary>
    public string? SourceKind { get; init; }

    /// <summary>Roles for the whole plan: the agency in charge and those that coordinate; tasks that name none inherit them.</summary>
    public PlanRolesDefinition? Roles { get; init; }

    /// <summary>Whether the source was complete; default complete.</summary>
    public CompletenessDefinition? Completeness { get; init; }

    /// <summary>Documents implemented, based on, or cited.</summary>
    public IReadOnlyList<ReferenceDefinition>? References { get; init; }

    /// <summary>Purposes ("Mục đích"), verbatim.</summary>
    public IReadOnlyList<string>? Purposes { get; init; }

    /// <summary>Requirements ("Yêu cầu"), verbatim.</summary>
    public IReadOnlyList<string>? Requirements { get; init; }

    /// <summary>Target groups ("Đối tượng"), verbatim.</summary>
    public IReadOnlyList<string>? TargetGroups { get; init; }

    /// <summary>Units covered ("14/14 phường").</summary>
    public CoverageDefinition? Coverage { get; init; }

    /// <summary>Reported figures used by indicators.</summary>
    public IReadOnlyList<DataElementDefinition>? DataElements { get; init; }

    /// <summary>Bodies named in the plan.</summary>
    public IReadOnlyList<AgencyDefinition>? Agencies { get; init; }

    /// <summary>Tasks, solutions and activities.</summary>
    public IReadOnlyList<TaskDefinition>? Tasks { get; init; }

    /// <summary>Objectives with targets.</summary>
    public IReadOnlyList<IndicatorDefinition>? Indicators { get; init; }

    /// <summary>Rules between reported figures.</summary>
    public IReadOnlyList<ConsistencyRuleDefinition>? ConsistencyRules { get; init; }

    /// <summary>Reporting obligations.</summary>
    public IReadOnlyList<ObligationDefinition>? Reporting { get; init; }

    /// <summary>Campaign windows.</summary>
    public IReadOnlyList<CampaignDefinition>? Campaigns { get; init; }

    /// <summary>Observance days.</summary>
    public IReadOnlyList<ObservanceDayDefinition>? ObservanceDays { get; init; }

    /// <summary>Reviews in given years.</summary>
    public IReadOnlyList<MilestoneDefinition>? Milestones { get; init; }

    /// <summary>Services, models and hotlines.</summary>
    public IReadOnlyList<ServiceDefinition>? Services { get; init; }

    /// <summary>Referral rules.</summary>
    public IReadOnlyList<ReferralRuleDefinition>? ReferralRules { get; init; }

    /// <summary>Notes by the plan author.</summary>
    public IReadOnlyList<string>? Notes { get; init; }
}
