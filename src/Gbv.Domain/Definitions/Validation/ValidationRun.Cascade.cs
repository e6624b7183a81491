using System.Collections.Immutable;
using Gbv.Domain.Agencies;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// What the source does not give (<c>unknown</c>), where the words come from (<c>sourceKind</c>), plan-wide roles and
/// national bodies: the parts of the format that let a plan of any level say what its author knows, and no more.
/// </summary>
internal sealed partial class ValidationRun
{
    private static readonly UnknownFact[] DocumentFacts = [UnknownFact.Kind, UnknownFact.Number, UnknownFact.Date, UnknownFact.Issuer];
    private static readonly UnknownFact[] PeriodFacts = [UnknownFact.From];

    private SourceKind _sourceKind;

    private static readonly AgencyKind[] NationalKinds =
        [AgencyKind.Government, AgencyKind.PrimeMinister, AgencyKind.Ministry, AgencyKind.MinistryDepartment, AgencyKind.CentralMassOrganisation];

    /// <summary>The facts a list states as unknown, each once, in keyword order; a fact the part cannot leave unknown is GBV2263.</summary>
    private ImmutableArray<UnknownFact> Unknowns(IReadOnlyList<string>? list, string pointer, UnknownFact[] allowed)
    {
        if (list is null)
        {
            return [];
        }

        var facts = new SortedSet<UnknownFact>();
        for (var i = 0; i < list.Count; i++)
        {
            var fact = Keyword<UnknownFact>(list[i], At(pointer, i), "unknown fact", UnknownFact.Kind);
            if (!Keywords<UnknownFact>.TryParse(list[i], out _))
            {
                continue;
            }

            if (Array.IndexOf(allowed, fact) < 0)
            {
                Report(CascadeDiagnostics.FactNotUnknownHere, At(pointer, i), list[i], string.Join(", ", allowed.Select(Keywords<UnknownFact>.Name)));
                continue;
            }

            facts.Add(fact);
        }

        if (facts.Count > 0)
        {
            Report(CascadeDiagnostics.FactsUnknown, pointer, new DiagnosticArgument(
                string.Join(", ", facts.Select(f => FactWords(f).En)), string.Join(", ", facts.Select(f => FactWords(f).Vi))));
        }

        return [.. facts];
    }

    /// <summary>A fact both given and stated unknown is GBV2262; one neither given nor unknown, where required, is GBV2261.</summary>
    private void Stated(ImmutableArray<UnknownFact> unknown, UnknownFact fact, object? given, string pointer, string unknownPointer, bool required)
    {
        if (unknown.Contains(fact) && given is not null)
        {
            Report(CascadeDiagnostics.FactGivenAndUnknown, pointer, Keywords<UnknownFact>.Name(fact), Convert.ToString(given, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }
        else if (required && !unknown.Contains(fact) && given is null)
        {
            Report(CascadeDiagnostics.FactMissing, unknownPointer, FactWords(fact), Keywords<UnknownFact>.Name(fact));
        }
    }

    private static DiagnosticArgument FactWords(UnknownFact fact) => fact switch
    {
        UnknownFact.Kind => Nouns.Set.Argument("Fact.Kind"),
        UnknownFact.Number => Nouns.Set.Argument("Fact.Number"),
        UnknownFact.Date => Nouns.Set.Argument("Fact.Date"),
        UnknownFact.Issuer => Nouns.Set.Argument("Fact.Issuer"),
        _ => Nouns.Set.Argument("Fact.FirstYear"),
    };

    /// <summary>A part's source kind, or null to follow the plan's; a summary or translation says so (GBV2266).</summary>
    private SourceKind? PartSourceKind(string? text, string pointer, DiagnosticArgument part)
    {
        if (text is null)
        {
            return null;
        }

        var kind = Keyword(text, pointer, "source kind", SourceKind.Verbatim);
        if (kind != SourceKind.Verbatim)
        {
            Report(CascadeDiagnostics.NotVerbatim, pointer, part,
                kind == SourceKind.Summary ? Nouns.Set.Argument("SourceKind.Summary") : Nouns.Set.Argument("SourceKind.Translation"));
        }

        return kind;
    }

    /// <summary>Whether a part's words can be checked against its source: only when they are the source's own.</summary>
    private bool Verbatim(string? partKind) =>
        (partKind is not null && Keywords<SourceKind>.TryParse(partKind, out var own) ? own : _sourceKind) == SourceKind.Verbatim;

    private PlanRoles Roles(PlanRolesDefinition r)
    {
        Agency(r.Lead, "/roles/lead");
        var coordinators = Strings(r.Coordinators);
        for (var i = 0; i < coordinators.Length; i++)
        {
            Agency(coordinators[i], At("/roles/coordinators", i));
        }

        if (r.Lead is null && coordinators.IsEmpty)
        {
            Report(CascadeDiagnostics.RolesWithoutAgency, "/roles");
        }

        if (r.Source is not null)
        {
            Source(r.Source, "/roles/source");
        }

        return new PlanRoles(r.Lead, coordinators, r.Source);
    }

    /// <summary>A national body (the Government, a ministry, ...) placed at another level is a slip: GBV2270.</summary>
    private void NationalBody(AgencyDefinition a, AgencyKind kind, AdministrativeLevel? level, string pointer)
    {
        if (Array.IndexOf(NationalKinds, kind) >= 0 && level is { } l && l != AdministrativeLevel.National)
        {
            Report(CascadeDiagnostics.NationalBodyLevel, pointer + "/level", a.Id, a.Kind ?? string.Empty, l.Key);
        }
    }

    private ImmutableArray<string> TaskCampaigns(TaskDefinition t, string pointer)
    {
        if (t.Campaign is not null && t.Campaigns is not null)
        {
            Report(CascadeDiagnostics.CampaignAndCampaigns, pointer + "/campaigns", t.Id);
        }

        if (t.Campaigns is null)
        {
            Resolve(t.Campaign, pointer + "/campaign", "campaign", _campaigns);
            return t.Campaign is null ? [] : [t.Campaign];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<string>(t.Campaigns.Count);
        for (var i = 0; i < t.Campaigns.Count; i++)
        {
            Resolve(t.Campaigns[i], At(pointer + "/campaigns", i), "campaign", _campaigns);
            if (!seen.Add(t.Campaigns[i]))
            {
                Report(ValidationDiagnostics.DuplicateId, At(pointer + "/campaigns", i), PlanNouns.Of("campaign"), t.Campaigns[i], At(pointer + "/campaigns", builder.IndexOf(t.Campaigns[i])));
                continue;
            }

            builder.Add(t.Campaigns[i]);
        }

        return builder.ToImmutable();
    }
}
