using System.Collections.Immutable;
using Gbv.Domain.Agencies;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Indicators;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Plans;

/// <summary>
/// A validated plan against domestic and gender-based violence: everything the source document states, typed.
/// Get one from <see cref="Definitions.PlanLoader"/>; a <see cref="Plan"/> is immutable and safe to share
/// between threads.
/// </summary>
/// <remarks>
/// Equality compares every member; collections compare element by element, in order. References between
/// parts (agency ids, indicator keys) are guaranteed to resolve for plans the validator produced.
/// </remarks>
public sealed record Plan
{
    /// <summary>The time zone plans use unless they say otherwise.</summary>
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>Creates a plan. Prefer <see cref="Definitions.PlanLoader"/>, which validates the parts against each other.</summary>
    public Plan(
        string id,
        LocalizedText title,
        PlanDocument document,
        AdministrativeLevel issuerLevel,
        PlanPeriod period,
        string timeZone,
        SourceCompleteness completeness)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        ArgumentNullException.ThrowIfNull(completeness);
        Id = id;
        Title = title;
        Document = document;
        IssuerLevel = issuerLevel;
        Period = period;
        TimeZone = timeZone;
        Completeness = completeness;
    }

    /// <summary>The plan's id, such as <c>dak-to-2017-2020</c>.</summary>
    public string Id { get; }

    /// <summary>The plan's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Number, date, place, issuer, signature.</summary>
    public PlanDocument Document { get; }

    /// <summary>The administrative level of the issuer.</summary>
    public AdministrativeLevel IssuerLevel { get; }

    /// <summary>The years covered.</summary>
    public PlanPeriod Period { get; }

    /// <summary>The IANA time zone for deadlines (default <see cref="DefaultTimeZone"/>).</summary>
    public string TimeZone { get; }

    /// <summary>Whether the file encodes the whole source.</summary>
    public SourceCompleteness Completeness { get; }

    /// <summary>Where the file's words come from: the source's own (the default), a summary, or a translation. A part may say otherwise.</summary>
    public SourceKind SourceKind { get; init; }

    /// <summary>The roles the plan gives for the whole plan, inherited by tasks that name none; or null.</summary>
    public PlanRoles? Roles { get; init; }

    /// <summary>Documents the plan implements, is based on, or cites.</summary>
    public ImmutableArray<DocumentReference> References { get; init; } = [];

    /// <summary>The purposes ("Mục đích"), verbatim.</summary>
    public ImmutableArray<string> Purposes { get; init; } = [];

    /// <summary>The requirements ("Yêu cầu"), verbatim.</summary>
    public ImmutableArray<string> Requirements { get; init; } = [];

    /// <summary>The groups the plan addresses ("Đối tượng"), verbatim.</summary>
    public ImmutableArray<string> TargetGroups { get; init; } = [];

    /// <summary>The units covered ("14/14 phường"), or null.</summary>
    public UnitCoverage? Coverage { get; init; }

    /// <summary>Reported figures that indicators use.</summary>
    public ImmutableArray<DataElement> DataElements { get; init; } = [];

    /// <summary>The bodies the plan names.</summary>
    public ImmutableArray<Agency> Agencies { get; init; } = [];

    /// <summary>Tasks, solutions and activities.</summary>
    public ImmutableArray<PlanTask> Tasks { get; init; } = [];

    /// <summary>Objectives with targets.</summary>
    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    /// <summary>Rules that reported figures must satisfy between themselves, as DHIS2's validation rules.</summary>
    public ImmutableArray<ConsistencyRule> ConsistencyRules { get; init; } = [];

    /// <summary>Duties to report.</summary>
    public ImmutableArray<ReportingObligation> Reporting { get; init; } = [];

    /// <summary>Campaign windows.</summary>
    public ImmutableArray<Campaign> Campaigns { get; init; } = [];

    /// <summary>Observance days.</summary>
    public ImmutableArray<ObservanceDay> ObservanceDays { get; init; } = [];

    /// <summary>Reviews in given years.</summary>
    public ImmutableArray<Milestone> Milestones { get; init; } = [];

    /// <summary>Services, models and hotlines.</summary>
    public ImmutableArray<Service> Services { get; init; } = [];

    /// <summary>Referral rules, as data.</summary>
    public ImmutableArray<ReferralRule> ReferralRules { get; init; } = [];

    /// <summary>Notes by the plan author (how the source was read, what it leaves open).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The agency with an id, or null.</summary>
    [System.Diagnostics.Contracts.Pure]
    public Agency? FindAgency(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(Agencies, a => a.Id == id);
    }

    /// <summary>The indicator with a key, or null.</summary>
    [System.Diagnostics.Contracts.Pure]
    public Indicator? FindIndicator(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Find(Indicators, i => i.Key == key);
    }

    /// <summary>
    /// The tasks an agency takes part in, with its role on each, in plan order. A task that names no roles has the
    /// plan-wide ones (<see cref="RolesOf"/> says which).
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public ImmutableArray<(PlanTask Task, TaskRole Role)> TasksOf(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        var builder = ImmutableArray.CreateBuilder<(PlanTask, TaskRole)>();
        foreach (var task in Tasks)
        {
            var roles = RolesOf(task);
            if (roles.Lead == agencyId)
            {
                builder.Add((task, TaskRole.Lead));
            }
            else if (roles.Coordinators.Contains(agencyId))
            {
                builder.Add((task, TaskRole.Coordinating));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Who leads and who coordinates a task: its own roles, or, when it names neither a lead nor a coordinator, the
    /// plan-wide <see cref="Roles"/>, marked as inherited.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public TaskRoles RolesOf(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Lead is null && task.Coordinators.IsEmpty && Roles is { } plan
            ? new TaskRoles(plan.Lead, plan.Coordinators, inheritedFromPlan: true)
            : new TaskRoles(task.Lead, task.Coordinators, inheritedFromPlan: false);
    }

    /// <summary>Where a part's words come from: its own kind, or else the plan's.</summary>
    [System.Diagnostics.Contracts.Pure]
    public SourceKind SourceKindOf(SourceKind? part) => part ?? SourceKind;

    private static T? Find<T>(ImmutableArray<T> items, Func<T, bool> match)
        where T : class
    {
        foreach (var item in items)
        {
            if (match(item))
            {
                return item;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Plan? other) =>
        other is not null
        && Id == other.Id && Title == other.Title && Document == other.Document && IssuerLevel == other.IssuerLevel
        && Period == other.Period && TimeZone == other.TimeZone && Completeness == other.Completeness
        && SourceKind == other.SourceKind && Roles == other.Roles
        && Sequences.Equal(References, other.References) && Sequences.Equal(Purposes, other.Purposes)
        && Sequences.Equal(Requirements, other.Requirements) && Sequences.Equal(TargetGroups, other.TargetGroups)
        && Coverage == other.Coverage && Sequences.Equal(DataElements, other.DataElements)
        && Sequences.Equal(Agencies, other.Agencies) && Sequences.Equal(Tasks, other.Tasks)
        && Sequences.Equal(Indicators, other.Indicators) && Sequences.Equal(ConsistencyRules, other.ConsistencyRules)
        && Sequences.Equal(Reporting, other.Reporting)
        && Sequences.Equal(Campaigns, other.Campaigns) && Sequences.Equal(ObservanceDays, other.ObservanceDays)
        && Sequences.Equal(Milestones, other.Milestones) && Sequences.Equal(Services, other.Services)
        && Sequences.Equal(ReferralRules, other.ReferralRules) && Sequences.Equal(Notes, other.Notes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Document, Period, Sequences.Hash(Indicators));
}
