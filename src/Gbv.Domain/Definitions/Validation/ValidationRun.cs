using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>One validation of one definition: checks everything, reports everything, builds the plan if it can.</summary>
internal sealed partial class ValidationRun(SourceMap map)
{
    // Each part of the plan keeps its id registry beside the code that checks it (ValidationRun.<Part>.cs). Lists
    // whose ids nothing refers to still need them unique: a second referral rule with the same id would silently
    // replace the first when rule sets are layered.
    private readonly DiagnosticBag _bag = new();

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
        _sourceKind = d.SourceKind is null ? SourceKind.Verbatim : PartSourceKind(d.SourceKind, "/sourceKind", Nouns.Set.Argument("Part.Plan")) ?? SourceKind.Verbatim;
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
        var roles = d.Roles is null ? null : Roles(d.Roles);
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
            SourceKind = _sourceKind,
            Roles = roles,
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

        Report(ReadingDiagnostics.NumberOutOfRange, pointer, Invariant(year), Checks.Set.Argument("Range.Year"));
        return false;
    }

    private void Resolve(string? id, string pointer, string what, Dictionary<string, string> registry)
    {
        if (id is not null && !registry.ContainsKey(id))
        {
            Report(ValidationDiagnostics.UnknownReference, pointer, PlanNouns.Of(what), id, Suggestions.DidYouMean(id, registry.Keys));
        }
    }
}
