using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gbv.Domain.Agencies;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>One validation of one definition: checks everything, reports everything, builds the plan if it can.</summary>
internal sealed partial class ValidationRun(SourceMap map)
{
    /// <summary>Longest condition text, in characters.</summary>
    internal const int MaxConditionLength = Conditions.ConditionLimits.MaxLength;

    private readonly DiagnosticBag _bag = new();
    private readonly Dictionary<string, string> _agencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _campaigns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dataElements = new(StringComparer.Ordinal);

    // How each data element's figures combine, for the ratios that divide one by another (GBV2220).
    private readonly Dictionary<string, ElementCombine> _combine = new(StringComparer.Ordinal);

    // Lists whose ids nothing refers to still need them unique: a second referral rule with the same id would
    // silently replace the first when rule sets are layered.
    private readonly Dictionary<string, string> _references = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reporting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _days = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _milestones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _consistencyRules = new(StringComparer.Ordinal);
    private PlanPeriod _period = new(1);

    public (Plan? Plan, ImmutableArray<Diagnostic> Diagnostics) Run(PlanDefinition d)
    {
        if (d.Format != PlanValidator.FormatVersion)
        {
            Report(ValidationDiagnostics.UnsupportedFormat, "/format", d.Format, PlanValidator.FormatVersion);
            return (null, _bag.ToImmutable());
        }

        Identifier(d.Id, "/id");
        var title = Text(d.Title, "/title");
        var level = Level(d.Level, "/level");
        _period = Period(d.Period);
        var timeZone = d.TimeZone ?? Plan.DefaultTimeZone;
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            Report(ValidationDiagnostics.UnknownTimeZone, "/timeZone", timeZone);
        }

        // Declarations first, so that references to them resolve wherever they appear.
        var agencies = Each(d.Agencies, "/agencies", Agency);
        var dataElements = Each(d.DataElements, "/dataElements", DataElement);
        var campaigns = Each(d.Campaigns, "/campaigns", Campaign);
        var services = Each(d.Services, "/services", Service);
        DeclareAll(d.Tasks, "/tasks", "task", t => t.Id, _tasks);

        var document = Document(d.Document);
        var references = Each(d.References, "/references", Reference);
        OwnParent(d);
        var tasks = Each(d.Tasks, "/tasks", Task);
        var indicators = Indicators(d.Indicators);
        var consistencyRules = Each(d.ConsistencyRules, "/consistencyRules", ConsistencyRule);
        var reporting = Each(d.Reporting, "/reporting", Obligation);
        var days = Each(d.ObservanceDays, "/observanceDays", ObservanceDay);
        var milestones = Each(d.Milestones, "/milestones", Milestone);
        var rules = Each(d.ReferralRules, "/referralRules", ReferralRule);
        ShadowedRules(rules);
        RuleLimit(rules);
        var coverage = d.Coverage is null ? null : Coverage(d.Coverage);
        var completeness = Completeness(d.Completeness);
        Texts(d.Purposes, "/purposes");
        Texts(d.Requirements, "/requirements");
        Texts(d.TargetGroups, "/targetGroups");
        Texts(d.Notes, "/notes");

        if (_bag.HasErrors)
        {
            return (null, _bag.ToImmutable());
        }

        var plan = new Plan(d.Id, title, document, level, _period, timeZone, completeness)
        {
            References = references,
            Purposes = Strings(d.Purposes),
            Requirements = Strings(d.Requirements),
            TargetGroups = Strings(d.TargetGroups),
            Coverage = coverage,
            DataElements = dataElements,
            Agencies = agencies,
            Tasks = tasks,
            Indicators = indicators,
            ConsistencyRules = consistencyRules,
            Reporting = reporting,
            Campaigns = campaigns,
            ObservanceDays = days,
            Milestones = milestones,
            Services = services,
            ReferralRules = rules,
            Notes = Strings(d.Notes),
        };
        CutOffLeavesTime(plan);
        return (plan, _bag.ToImmutable());
    }

    private void Report(DiagnosticDescriptor descriptor, string pointer, params DiagnosticArgument[] arguments) =>
        _bag.Add(descriptor, map.Locate(pointer, atName: descriptor == ValidationDiagnostics.DuplicateId), arguments);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string At(string pointer, int index) => pointer + "/" + Invariant(index);

    private static readonly DiagnosticArgument AtLeastOneUnit = new("at least 1 unit", "ít nhất 1 đơn vị");

    // A part of the plan as the subject of a message: "The task \"x\" is set ...", "Nhiệm vụ \"x\" được đặt ...", where
    // the Vietnamese noun starts the sentence.
    private static DiagnosticArgument Subject(string noun, string id)
    {
        var vi = PlanNouns.Of(noun).Vi;
        return new($"{noun} \"{id}\"", $"{char.ToUpperInvariant(vi[0])}{vi[1..]} \"{id}\"");
    }

    private static ImmutableArray<string> Strings(IReadOnlyList<string>? items) => items is null ? [] : [.. items];

    private ImmutableArray<TModel> Each<TDefinition, TModel>(
        IReadOnlyList<TDefinition>? items, string pointer, Func<TDefinition, string, TModel> build)
    {
        if (items is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<TModel>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            builder.Add(build(items[i], At(pointer, i)));
        }

        return builder.MoveToImmutable();
    }

    private void DeclareAll<TDefinition>(
        IReadOnlyList<TDefinition>? items, string pointer, string what, Func<TDefinition, string> id, Dictionary<string, string> registry)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            Declare(id(items[i]), At(pointer, i) + "/id", what, registry);
        }
    }

    private void Declare(string id, string pointer, string what, Dictionary<string, string> registry)
    {
        if (!Identifier(id, pointer))
        {
            return;
        }

        if (!registry.TryAdd(id, pointer))
        {
            Report(ValidationDiagnostics.DuplicateId, pointer, PlanNouns.Of(what), id, registry[id]);
        }
    }

    private bool Identifier(string id, string pointer)
    {
        if (id.Length is > 0 and <= 128 && IdPattern().IsMatch(id))
        {
            return true;
        }

        Report(ValidationDiagnostics.InvalidIdentifier, pointer, id);
        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private LocalizedText Text(LocalizedTextDefinition text, string pointer)
    {
        if (string.IsNullOrWhiteSpace(text.Vi))
        {
            Report(ValidationDiagnostics.EmptyText, pointer + "/vi");
            return new LocalizedText("?", text.En);
        }

        return new LocalizedText(text.Vi, string.IsNullOrEmpty(text.En) ? null : text.En);
    }

    private string Source(string text, string pointer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(ValidationDiagnostics.EmptyText, pointer);
        }

        return text;
    }

    private void Texts(IReadOnlyList<string>? items, string pointer)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            Source(items[i], At(pointer, i));
        }
    }

    private T Keyword<T>(string? text, string pointer, string what, T fallback)
        where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }

        if (Keywords<T>.TryParse(text, out var value))
        {
            return value;
        }

        Report(ValidationDiagnostics.UnknownKeyword, pointer, text, PlanNouns.Of(what), string.Join(", ", Keywords<T>.Names),
            Suggestions.DidYouMean(text, Keywords<T>.Names));
        return fallback;
    }

    private AdministrativeLevel Level(string text, string pointer)
    {
        if (AdministrativeLevel.IsValidKey(text))
        {
            return new AdministrativeLevel(text);
        }

        Report(ValidationDiagnostics.InvalidLevel, pointer, text);
        return AdministrativeLevel.Commune;
    }

    private PartialDate? Date(string? text, string pointer)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Report(ValidationDiagnostics.InvalidPartialDate, pointer, text);
        return null;
    }

    private bool Year(int year, string pointer)
    {
        if (year is >= 1 and <= 9999)
        {
            return true;
        }

        Report(ReadingDiagnostics.NumberOutOfRange, pointer, Invariant(year), new DiagnosticArgument("a year from 1 to 9999", "năm từ 1 đến 9999"));
        return false;
    }

    private void Agency(string? id, string pointer, DiagnosticArgument context = default)
    {
        if (id is not null && !_agencies.ContainsKey(id))
        {
            var suggestion = Suggestions.DidYouMean(id, _agencies.Keys);
            Report(ValidationDiagnostics.UnknownAgency, pointer, id, new DiagnosticArgument(context.En + suggestion.En, context.Vi + suggestion.Vi));
        }
    }

    private void Resolve(string? id, string pointer, string what, Dictionary<string, string> registry)
    {
        if (id is not null && !registry.ContainsKey(id))
        {
            Report(ValidationDiagnostics.UnknownReference, pointer, PlanNouns.Of(what), id, Suggestions.DidYouMean(id, registry.Keys));
        }
    }

    private DiagnosticArgument PeriodText
    {
        get
        {
            var years = _period.ToString().Split(' ')[0];
            return _period.Vision is int v ? new DiagnosticArgument($"{years} (vision {Invariant(v)})", $"{years} (tầm nhìn {Invariant(v)})") : years;
        }
    }

    private PlanPeriod Period(PeriodDefinition p)
    {
        var ok = Year(p.From, "/period/from");
        ok &= p.To is not int to || Year(to, "/period/to");
        ok &= p.Vision is not int vision || Year(vision, "/period/vision");
        if (!ok)
        {
            return new PlanPeriod(1);
        }

        if (p.To is int end && end < p.From)
        {
            Report(ValidationDiagnostics.PeriodEndsBeforeStart, "/period/to", Invariant(end), Invariant(p.From));
            return new PlanPeriod(p.From);
        }

        if (p.Vision is int v && v < (p.To ?? p.From))
        {
            Report(ValidationDiagnostics.VisionBeforeEnd, "/period/vision", Invariant(v), Invariant(p.To ?? p.From));
            return new PlanPeriod(p.From, p.To);
        }

        return new PlanPeriod(p.From, p.To, p.Vision);
    }

    private PlanDocument Document(DocumentDefinition d)
    {
        var kind = Keyword(d.Kind, "/document/kind", "document kind", DocumentKind.Plan);
        var issued = Date(d.Issued, "/document/issued");
        Agency(d.Issuer, "/document/issuer", new DiagnosticArgument(" (the issuer must be one of \"agencies\")", " (cơ quan ban hành phải có trong \"agencies\")"));
        Signatory? signatory = null;
        if (d.Signatory is { } s)
        {
            signatory = new Signatory(Source(s.Capacity, "/document/signatory/capacity"), Source(s.Title, "/document/signatory/title"));
        }

        return new PlanDocument(kind, d.Number, issued, d.Place, d.Issuer, signatory);
    }

    private SourceCompleteness Completeness(CompletenessDefinition? c)
    {
        if (c is null || c.Complete)
        {
            return c?.Note is { } note ? new SourceCompleteness(true, note) : SourceCompleteness.Complete;
        }

        if (string.IsNullOrWhiteSpace(c.Note))
        {
            Report(ValidationDiagnostics.IncompleteWithoutNote, "/completeness");
        }
        else
        {
            Report(ValidationDiagnostics.IncompleteSource, "/completeness/note", c.Note);
        }

        return new SourceCompleteness(false, c.Note);
    }

    private UnitCoverage Coverage(CoverageDefinition c)
    {
        var level = Level(c.Level, "/coverage/level");
        if (c.Total < 1)
        {
            Report(ReadingDiagnostics.NumberOutOfRange, "/coverage/total", Invariant(c.Total), AtLeastOneUnit);
        }

        if (c.Covered is int covered && (covered < 0 || covered > c.Total))
        {
            Report(ValidationDiagnostics.CoverageAboveTotal, "/coverage/covered", Invariant(covered), Invariant(c.Total));
        }

        return new UnitCoverage(level, c.Total, c.Covered, Source(c.Source, "/coverage/source"));
    }

    private Agency Agency(AgencyDefinition a, string pointer)
    {
        Declare(a.Id, pointer + "/id", "agency", _agencies);
        var kind = Keyword(a.Kind, pointer + "/kind", "agency kind", AgencyKind.Other);
        AdministrativeLevel? level = a.Level is null ? null : Level(a.Level, pointer + "/level");
        return new Agency(a.Id, Text(a.Name, pointer + "/name"), kind, level);
    }

    private DataElement DataElement(DataElementDefinition e, string pointer)
    {
        Declare(e.Key, pointer + "/key", "data element", _dataElements);
        var combine = Keyword(e.Combine, pointer + "/combine", "way figures combine", ElementCombine.Sum);
        _combine.TryAdd(e.Key, combine);
        return new DataElement(e.Key, Text(e.Name, pointer + "/name")) { CountsPeople = e.CountsPeople ?? true, Combine = combine };
    }

    private DocumentReference Reference(ReferenceDefinition r, string pointer)
    {
        Declare(r.Id, pointer + "/id", "reference", _references);
        var relation = Keyword(r.Relation, pointer + "/relation", "relation", ReferenceRelation.Cites);
        var kind = Keyword(r.Kind, pointer + "/kind", "document kind", DocumentKind.Other);
        if (r.Plan is not null)
        {
            Identifier(r.Plan, pointer + "/plan");
        }

        return new DocumentReference(r.Id, relation, kind, r.Number, Date(r.Date, pointer + "/date"), r.Issuer,
            r.Title is null ? null : Text(r.Title, pointer + "/title"), r.Plan, Source(r.Source, pointer + "/source"));
    }

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
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/minimumFrequency/count", Invariant(m.Count), new DiagnosticArgument("at least 1", "ít nhất 1"));
            }
            else
            {
                minimum = new MinimumFrequency(m.Count, per);
            }
        }

        if (t.Year is int year && Year(year, pointer + "/year") && !_period.ContainsOrVision(year))
        {
            Report(ValidationDiagnostics.YearOutsidePeriod, pointer + "/year", Subject("task", t.Id), Invariant(year), PeriodText);
        }

        Resolve(t.Campaign, pointer + "/campaign", "campaign", _campaigns);
        return new PlanTask(t.Id, t.Section, Text(t.Title, pointer + "/title"), t.Lead, coordinators, recurrence, minimum, t.Year,
            t.Campaign, Strings(t.Outputs), t.Solution, Source(t.Source, pointer + "/source"));
    }

    private Campaign Campaign(CampaignDefinition c, string pointer)
    {
        Declare(c.Id, pointer + "/id", "campaign", _campaigns);
        var window = AnnualWindow.WholeMonth(1);
        var hasDays = c.From is not null || c.To is not null;
        if (hasDays == c.Month.HasValue || (hasDays && (c.From is null || c.To is null)))
        {
            Report(ValidationDiagnostics.CampaignWindow, pointer);
        }
        else if (c.Month is int month)
        {
            if (month is < 1 or > 12)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/month", Invariant(month), new DiagnosticArgument("a month from 1 to 12", "tháng từ 1 đến 12"));
            }
            else
            {
                window = AnnualWindow.WholeMonth(month);
            }
        }
        else
        {
            var from = Annual(c.From!, pointer + "/from");
            var to = Annual(c.To!, pointer + "/to");
            if (from is { } f && to is { } t)
            {
                window = new AnnualWindow(f, t);
            }
        }

        if (c.Year is int year && Year(year, pointer + "/year") && !_period.ContainsOrVision(year))
        {
            Report(ValidationDiagnostics.YearOutsidePeriod, pointer + "/year", Subject("campaign", c.Id), Invariant(year), PeriodText);
        }

        return new Campaign(c.Id, Text(c.Name, pointer + "/name"), window, c.Year, c.DatesStated ?? true, Source(c.Source, pointer + "/source"));
    }

    private AnnualDate? Annual(string text, string pointer)
    {
        if (AnnualDates.TryParse(text, out var date))
        {
            return date;
        }

        Report(ValidationDiagnostics.InvalidAnnualDate, pointer, text);
        return null;
    }

    private ObservanceDay ObservanceDay(ObservanceDayDefinition o, string pointer)
    {
        Declare(o.Id, pointer + "/id", "observance day", _days);
        var date = Annual(o.Date, pointer + "/date") ?? new AnnualDate(1, 1);
        return new ObservanceDay(o.Id, Text(o.Name, pointer + "/name"), date, o.DateStated ?? true, Source(o.Source, pointer + "/source"));
    }

    private Milestone Milestone(MilestoneDefinition m, string pointer)
    {
        Declare(m.Id, pointer + "/id", "milestone", _milestones);
        var kind = Keyword(m.Kind, pointer + "/kind", "milestone kind", MilestoneKind.Inspection);
        if (Year(m.Year, pointer + "/year") && !_period.ContainsOrVision(m.Year))
        {
            Report(ValidationDiagnostics.MilestoneOutsidePeriod, pointer + "/year", Invariant(m.Year), PeriodText);
        }

        Agency(m.Responsible, pointer + "/responsible");
        return new Milestone(m.Id, kind, m.Year, m.Responsible, Source(m.Source, pointer + "/source"));
    }

    private Service Service(ServiceDefinition s, string pointer)
    {
        Declare(s.Id, pointer + "/id", "service", _services);
        var kind = Keyword(s.Kind, pointer + "/kind", "service kind", ServiceKind.CommunityModel);
        return new Service(s.Id, kind, Text(s.Name, pointer + "/name"), s.Phone, s.Operator, Source(s.Source, pointer + "/source"));
    }

    private ReferralRule ReferralRule(ReferralRuleDefinition r, string pointer)
    {
        Declare(r.Id, pointer + "/id", "referral rule", _rules);
        Condition(r.Condition, pointer + "/condition");
        // A plan's rule may refer to its own services or to the package's (a stricter "counselling" rule still goes to counselling).
        if (!DefaultReferralRules.Services.Any(d => d.Id == r.Service))
        {
            Resolve(r.Service, pointer + "/service", "service", _services);
        }

        Duration? window = null;
        if (r.Window is not null)
        {
            var match = DurationPattern().Match(r.Window);
            if (match.Success)
            {
                var amount = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                window = match.Groups[2].Value == "h" ? Duration.FromHours(amount) : Duration.FromDays(amount);
            }
            else
            {
                Report(ValidationDiagnostics.InvalidDuration, pointer + "/window", r.Window);
            }
        }

        var consent = Keyword(r.Consent, pointer + "/consent", "consent requirement", ConsentRequirement.Required);
        var urgency = Keyword(r.Urgency, pointer + "/urgency", "urgency", Urgency.Routine);
        var windowStart = Keyword(r.WindowFrom, pointer + "/windowFrom", "window start", WindowStart.Incident);
        var overrides = Strings(r.ConsentOverride);
        var reasons = ImmutableArray.CreateBuilder<ConsentOverrideReason>(overrides.Length);
        for (var i = 0; i < overrides.Length; i++)
        {
            reasons.Add(Keyword(overrides[i], At(pointer + "/consentOverride", i), "consent override reason", ConsentOverrideReason.ThreatToLife));
        }

        DefaultReplacement(r, pointer);
        return new ReferralRule(r.Id, r.Condition, r.Service, urgency, window, windowStart, consent, reasons.MoveToImmutable(), r.Priority ?? 0,
            Source(r.Source, pointer + "/source"))
        {
            Quote = r.Quote,
            ReplacesDefault = r.ReplacesDefault == true,
        };
    }

    /// <summary>
    /// A default rule carries the law; a plan that replaces one (a narrower condition, "false", a longer window) must
    /// say so, and even then the author is told which default and which legal basis the plan's rule stands in for.
    /// </summary>
    private void DefaultReplacement(ReferralRuleDefinition r, string pointer)
    {
        var replaced = DefaultReferralRules.Rules.FirstOrDefault(d => d.Id == r.Id);
        if (replaced is null)
        {
            if (r.ReplacesDefault == true)
            {
                Report(ValidationDiagnostics.NothingToReplace, pointer + "/replacesDefault", r.Id);
            }
        }
        else if (r.ReplacesDefault == true)
        {
            Report(ValidationDiagnostics.DefaultReplaced, pointer + "/id", r.Id, replaced.Condition, replaced.Service, replaced.Source);
        }
        else
        {
            Report(ValidationDiagnostics.SilentDefaultReplacement, pointer + "/id", r.Id, replaced.Source);
        }
    }

    /// <summary>
    /// A plan that names itself as its parent would make the plan-set check a cycle of one and conformance compare the
    /// plan with itself; one file alone shows it, so it is an error of the file, not only of the set.
    /// </summary>
    private void OwnParent(PlanDefinition d)
    {
        for (var i = 0; i < (d.References?.Count ?? 0); i++)
        {
            if (d.References![i]?.Plan is { } parent && string.Equals(parent, d.Id, StringComparison.Ordinal))
            {
                Report(ValidationDiagnostics.OwnParent, At("/references", i) + "/plan", d.Id);
            }
        }
    }

    /// <summary>
    /// The engine holds the package's default rules and the plan's together (a plan's rule with a default's id replaces
    /// it): counted as the engine counts them, so that a plan that validates also evaluates, and one that would not is
    /// told so here, at its rules.
    /// </summary>
    private void RuleLimit(ImmutableArray<ReferralRule> rules)
    {
        var total = ReferralRuleSet.Defaults.Layer(rules, []).Rules.Length;
        if (total > ReferralEngine<Cases.CaseRecord>.MaxRules)
        {
            var defaults = Invariant(total - rules.Length);
            Report(ValidationDiagnostics.TooManyRules, "/referralRules",
                new DiagnosticArgument($"{Invariant(total)} (the package's {defaults} default rules and the plan's {Invariant(rules.Length)})",
                    $"{Invariant(total)} ({defaults} quy tắc mặc định của thư viện và {Invariant(rules.Length)} quy tắc của kế hoạch)"),
                Invariant(ReferralEngine<Cases.CaseRecord>.MaxRules));
        }
    }

    /// <summary>A rule with the same condition (in canonical form) and service as one that comes before it adds nothing.</summary>
    private void ShadowedRules(ImmutableArray<ReferralRule> rules)
    {
        var ordered = ReferralRuleSet.InOrder(rules)
            .Select(rule => (Rule: rule, Index: rules.IndexOf(rule), Canonical: Conditions.Condition.Parse(rule.Condition).Syntax?.ToString()))
            .Where(r => r.Canonical is not null)
            .ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var earlier = ordered.Take(i).FirstOrDefault(e => e.Canonical == ordered[i].Canonical && e.Rule.Service == ordered[i].Rule.Service);
            if (earlier.Rule is not null)
            {
                Report(ValidationDiagnostics.ShadowedRule, At("/referralRules", ordered[i].Index) + "/condition", ordered[i].Rule.Id, earlier.Rule.Id);
            }
        }
    }

    [GeneratedRegex("^([1-9][0-9]{0,4})(h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    /// <summary>
    /// Checks a condition against the standard case fields (<see cref="CaseFields"/>), reporting its problems at
    /// the condition's place in the file.
    /// </summary>
    private void Condition(string condition, string pointer)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            Report(ValidationDiagnostics.InvalidCondition, pointer, new DiagnosticArgument("is empty", "trống"));
        }
        else if (condition.Length > MaxConditionLength)
        {
            Report(ValidationDiagnostics.InvalidCondition, pointer,
                new DiagnosticArgument(
                    $"is {Invariant(condition.Length)} characters long; the limit is {Invariant(MaxConditionLength)}",
                    $"dài {Invariant(condition.Length)} ký tự; giới hạn là {Invariant(MaxConditionLength)}"));
        }
        else
        {
            _bag.AddRange(Conditions.Condition.Compile(condition, CaseFields.Map, map.Locate(pointer)).Diagnostics);
        }
    }
}
