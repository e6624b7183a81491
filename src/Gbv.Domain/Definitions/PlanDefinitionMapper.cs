using Gbv.Domain.Agencies;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Gbv.Domain.Time;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Definitions;

/// <summary>Turns a <see cref="Plan"/> back into its definition, the inverse of <see cref="PlanValidator"/>.</summary>
public static class PlanDefinitionMapper
{
    /// <summary>The definition of a plan; validating it gives an equal plan.</summary>
    public static PlanDefinition ToDefinition(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDefinition
        {
            Format = PlanValidator.FormatVersion,
            Id = plan.Id,
            Title = Text(plan.Title),
            Document = new DocumentDefinition
            {
                Kind = plan.Document.Kind is not { } kind || kind == DocumentKind.Plan ? null : Keywords<DocumentKind>.Name(kind),
                Number = plan.Document.Number,
                Issued = plan.Document.Issued?.ToString(),
                Place = plan.Document.Place,
                Issuer = plan.Document.Issuer,
                Signatory = plan.Document.Signatory is { } s ? new SignatoryDefinition { Capacity = s.Capacity, Title = s.Title } : null,
                Unknown = List(plan.Document.Unknown, Keywords<UnknownFact>.Name),
            },
            Level = plan.IssuerLevel.Key,
            Period = new PeriodDefinition
            {
                From = plan.Period.From, To = plan.Period.To, Vision = plan.Period.Vision,
                Unknown = plan.Period.FromKnown ? null : [Keywords<UnknownFact>.Name(UnknownFact.From)],
            },
            SourceKind = plan.SourceKind == SourceKind.Verbatim ? null : Keywords<SourceKind>.Name(plan.SourceKind),
            Roles = plan.Roles is { } roles
                ? new PlanRolesDefinition { Lead = roles.Lead, Coordinators = List(roles.Coordinators, s => s), Source = roles.Source }
                : null,
            TimeZone = plan.TimeZone == Plan.DefaultTimeZone ? null : plan.TimeZone,
            Completeness = plan.Completeness == SourceCompleteness.Complete
                ? null
                : new CompletenessDefinition { Complete = plan.Completeness.IsComplete, Note = plan.Completeness.Note },
            References = List(plan.References, r => new ReferenceDefinition
            {
                Id = r.Id,
                Relation = Keywords<ReferenceRelation>.Name(r.Relation),
                Kind = r.Kind is { } kind ? Keywords<DocumentKind>.Name(kind) : null,
                Unknown = List(r.Unknown, Keywords<UnknownFact>.Name),
                SourceKind = Kind(r.SourceKind),
                Number = r.Number,
                Date = r.Date?.ToString(),
                Issuer = r.Issuer,
                Title = r.Title is null ? null : Text(r.Title),
                Plan = r.PlanId,
                Source = r.Source,
            }),
            Purposes = List(plan.Purposes, s => s),
            Requirements = List(plan.Requirements, s => s),
            TargetGroups = List(plan.TargetGroups, s => s),
            Coverage = plan.Coverage is { } c
                ? new CoverageDefinition { Level = c.Level.Key, Total = c.Total, Covered = c.Covered, Source = c.Source }
                : null,
            DataElements = List(plan.DataElements, e => new DataElementDefinition
            {
                Key = e.Key,
                Name = Text(e.Name),
                CountsPeople = e.CountsPeople ? null : false,
                Combine = e.Combine == ElementCombine.Sum && e.Values == ElementValues.Whole ? null : Keywords<ElementCombine>.Name(e.Combine),
                Values = e.Values == ElementValues.Whole ? null : Keywords<ElementValues>.Name(e.Values),
            }),
            Agencies = List(plan.Agencies, Agency),
            Tasks = List(plan.Tasks, Task),
            Indicators = List(plan.Indicators, Indicator),
            ConsistencyRules = List(plan.ConsistencyRules, ConsistencyRule),
            Reporting = List(plan.Reporting, Obligation),
            Campaigns = List(plan.Campaigns, Campaign),
            ObservanceDays = List(plan.ObservanceDays, o => new ObservanceDayDefinition
            {
                Id = o.Id,
                Name = Text(o.Name),
                Date = AnnualDates.Format(o.Date),
                DateStated = o.DateStated ? null : false,
                Source = o.Source,
                SourceKind = Kind(o.SourceKind),
            }),
            Milestones = List(plan.Milestones, m => new MilestoneDefinition
            {
                Id = m.Id,
                Kind = Keywords<MilestoneKind>.Name(m.Kind),
                Year = m.Year,
                Responsible = m.Responsible,
                Source = m.Source,
                SourceKind = Kind(m.SourceKind),
            }),
            Services = List(plan.Services, s => new ServiceDefinition
            {
                Id = s.Id,
                Kind = Keywords<ServiceKind>.Name(s.Kind),
                Name = Text(s.Name),
                Phone = s.Phone,
                Operator = s.Operator,
                Source = s.Source,
                SourceKind = Kind(s.SourceKind),
            }),
            ReferralRules = List(plan.ReferralRules, ReferralRule),
            Notes = List(plan.Notes, s => s),
        };
    }

    private static List<TOut>? List<TIn, TOut>(IReadOnlyCollection<TIn> items, Func<TIn, TOut> map) =>
        items.Count == 0 ? null : [.. items.Select(map)];

    private static string? Kind(SourceKind? kind) => kind is { } k ? Keywords<SourceKind>.Name(k) : null;

    private static LocalizedTextDefinition Text(LocalizedText text) => new() { Vi = text.Vi, En = text.En };

    private static AgencyDefinition Agency(Agency a) => new()
    {
        Id = a.Id,
        Name = Text(a.Name),
        Kind = Keywords<AgencyKind>.Name(a.Kind),
        Level = a.Level?.Key,
    };

    private static TaskDefinition Task(PlanTask t) => new()
    {
        Id = t.Id,
        Section = t.Section,
        Title = Text(t.Title),
        Lead = t.Lead,
        Coordinators = List(t.Coordinators, s => s),
        Recurrence = t.Recurrence == Recurrence.Unspecified ? null : Keywords<Recurrence>.Name(t.Recurrence),
        MinimumFrequency = t.MinimumFrequency is { } m
            ? new MinimumFrequencyDefinition { Count = m.Count, Per = Keywords<FrequencyUnit>.Name(m.Per) }
            : null,
        Year = t.Year,
        Campaign = t.Campaigns.Length == 1 ? t.Campaign : null,
        Campaigns = t.Campaigns.Length > 1 ? [.. t.Campaigns] : null,
        Outputs = List(t.Outputs, s => s),
        Solution = t.Solution,
        Source = t.Source,
        SourceKind = Kind(t.SourceKind),
    };

    private static IndicatorDefinition Indicator(Indicator i) => new()
    {
        Key = i.Key,
        Title = Text(i.Title),
        Section = i.Section,
        Source = i.Source,
        Metric = i.Metric switch
        {
            ReportedRatioMetric r => new MetricDefinition { Reported = new RatioMetricDefinition { Numerator = r.Numerator, And = List(r.And, s => s), Denominator = r.Denominator } },
            CaseRatioMetric c => new MetricDefinition { Cases = new RatioMetricDefinition { Numerator = c.Numerator, Denominator = c.Denominator } },
            UnitCoverageMetric u => new MetricDefinition { Coverage = new CoverageMetricDefinition { Level = u.Level.Key, Covered = u.Covered, Total = u.Total } },
            EventCountMetric e => new MetricDefinition { Events = new EventMetricDefinition { Task = e.Task, Per = Keywords<FrequencyUnit>.Name(e.Per) } },
            _ => throw new ArgumentOutOfRangeException(nameof(i), i.Metric, "Unknown metric kind."),
        },
        OfWhich = i.OfWhich,
        Targets = [.. i.Targets.Select(t => new TargetDefinition
        {
            By = t.Horizon.Kind == HorizonKind.By ? t.Horizon.Year : null,
            From = t.Horizon.Kind == HorizonKind.From ? t.Horizon.Year : null,
            Threshold = new ThresholdDefinition
            {
                Comparison = Keywords<Comparison>.Name(t.Threshold.Comparison),
                Value = t.Threshold.Comparison == Comparison.All && t.Threshold.Unit == ThresholdUnit.Percent ? null : t.Threshold.Value,
                Unit = t.Threshold.Unit == ThresholdUnit.Percent ? null : Keywords<ThresholdUnit>.Name(t.Threshold.Unit),
            },
            Phrase = t.Phrase,
        })],
        Implements = i.Implements,
        Missing = i.Missing == MissingValueStrategy.SkipIfAnyMissing ? null : Keywords<MissingValueStrategy>.Name(i.Missing),
        Direction = i.StatedDirection is { } direction ? Keywords<Direction>.Name(direction) : null,
        Baseline = i.Baseline is { } b ? new BaselineDefinition { Value = b.Value, Year = b.Year, Source = b.Source } : null,
        Base = i.Base is { } population ? Keywords<PopulationBase>.Name(population) : null,
        SourceKind = Kind(i.SourceKind),
        Note = i.Note,
    };

    private static ConsistencyRuleDefinition ConsistencyRule(ConsistencyRule r) => new()
    {
        Key = r.Key,
        Title = Text(r.Title),
        Left = r.Left.ToString(),
        Operator = Keywords<RuleOperator>.Name(r.Operator),
        Right = r.Right.ToString(),
        Importance = r.Importance == Importance.Medium ? null : Keywords<Importance>.Name(r.Importance),
        Missing = r.Missing == MissingValueStrategy.SkipIfAllMissing ? null : Keywords<MissingValueStrategy>.Name(r.Missing),
    };

    private static ObligationDefinition Obligation(ReportingObligation o) => new()
    {
        Key = o.Key,
        Frequency = Keywords<ReportingFrequency>.Name(o.Frequency),
        Due = o.Due switch
        {
            AnnualDueRule a => new DueDefinition { Rule = Rule(a.Inclusive), Date = AnnualDates.Format(a.Date), Roll = Roll(o.Roll) },
            FixedDueRule f => new DueDefinition { Rule = Rule(f.Inclusive), Date = LocalDatePattern.Iso.Format(f.Date), Roll = Roll(o.Roll) },
            MonthlyDueRule m => new DueDefinition { Rule = Rule(m.Inclusive), DayOfMonth = m.DayOfMonth, Roll = Roll(o.Roll) },
            OnRequestDueRule => new DueDefinition { Rule = "on-request", Roll = Roll(o.Roll) },
            _ => new DueDefinition { Rule = "unstated", Roll = Roll(o.Roll) },
        },
        CutOff = o.CutOff switch
        {
            Decree09CutOff => new CutOffDefinition { Preset = Decree09CutOff.Name },
            WindowCutOff w => new CutOffDefinition { From = AnnualDates.Format(w.Days.Start), To = AnnualDates.Format(w.Days.End) },
            _ => null,
        },
        Reporters = [.. o.Reporters],
        Recipient = o.Recipient,
        Via = o.Via,
        ForwardTo = List(o.ForwardTo, s => s),
        Section = o.Section,
        Source = o.Source,
        SourceKind = Kind(o.SourceKind),
    };

    private static string Rule(bool inclusive) => inclusive ? "on-or-before" : "before";

    private static string? Roll(DueRoll roll) => roll == DueRoll.None ? null : Keywords<DueRoll>.Name(roll);

    private static CampaignDefinition Campaign(Campaign c)
    {
        var isMonth = Enumerable.Range(1, 12).Any(m => AnnualWindow.WholeMonth(m) == c.Window);
        return new CampaignDefinition
        {
            Id = c.Id,
            Name = Text(c.Name),
            From = isMonth ? null : AnnualDates.Format(c.Window.Start),
            To = isMonth ? null : AnnualDates.Format(c.Window.End),
            Month = isMonth ? c.Window.Start.Month : null,
            Year = c.Year,
            DatesStated = c.DatesStated ? null : false,
            Source = c.Source,
            SourceKind = Kind(c.SourceKind),
        };
    }

    private static ReferralRuleDefinition ReferralRule(ReferralRule r) => new()
    {
        Id = r.Id,
        Name = r.Name is { } name ? Text(name) : null,
        Condition = r.Condition,
        Service = r.Service,
        Urgency = r.Urgency == Urgency.Routine ? null : Keywords<Urgency>.Name(r.Urgency),
        Window = r.Window is { } w ? FormatDuration(w) : null,
        WindowFrom = r.WindowStart == WindowStart.Incident ? null : Keywords<WindowStart>.Name(r.WindowStart),
        ConsentOverride = List(r.OverrideReasons, Keywords<ConsentOverrideReason>.Name),
        Consent = r.Consent == ConsentRequirement.Required ? null : Keywords<ConsentRequirement>.Name(r.Consent),
        Priority = r.Priority == 0 ? null : r.Priority,
        Source = r.Source,
        Quote = r.Quote,
        ReplacesDefault = r.ReplacesDefault ? true : null,
    };

    private static string FormatDuration(Duration d) =>
        d.Days > 0 && d == Duration.FromDays(d.Days) ? $"{d.Days}d" : $"{(long)d.TotalHours}h";
}
