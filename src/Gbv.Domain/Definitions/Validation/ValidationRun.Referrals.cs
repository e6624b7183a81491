using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Localization;
using Gbv.Domain.Referrals;
using NodaTime;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Services and referral rules: conditions, windows, consent, and the package's default rules they replace.</summary>
internal sealed partial class ValidationRun
{
    /// <summary>Longest condition text, in characters.</summary>
    internal const int MaxConditionLength = Conditions.ConditionLimits.MaxLength;

    private readonly Dictionary<string, string> _services = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _rules = new(StringComparer.Ordinal);

    private Service Service(ServiceDefinition s, string pointer)
    {
        Declare(s.Id, pointer + "/id", "service", _services);
        var kind = Keyword(s.Kind, pointer + "/kind", "service kind", ServiceKind.CommunityModel);
        return new Service(s.Id, kind, Text(s.Name, pointer + "/name"), s.Phone, s.Operator, Source(s.Source, pointer + "/source"))
        {
            SourceKind = PartSourceKind(s.SourceKind, pointer + "/sourceKind", Subject("service", s.Id)),
        };
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
            Name = r.Name is { } named ? Text(named, pointer + "/name") : null,
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
                Report(ReferralRuleDiagnostics.NothingToReplace, pointer + "/replacesDefault", r.Id);
            }
        }
        else if (r.ReplacesDefault == true)
        {
            Report(ReferralRuleDiagnostics.DefaultReplaced, pointer + "/id", r.Id, replaced.Condition, replaced.Service, replaced.Source);
        }
        else
        {
            Report(ReferralRuleDiagnostics.SilentDefaultReplacement, pointer + "/id", r.Id, replaced.Source);
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
            Report(ReferralRuleDiagnostics.TooManyRules, "/referralRules",
                Checks.Set.Argument("ReferralRule.TooMany", Invariant(total), defaults, Invariant(rules.Length)),
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
                Report(ReferralRuleDiagnostics.ShadowedRule, At("/referralRules", ordered[i].Index) + "/condition", ordered[i].Rule.Id, earlier.Rule.Id);
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
            Report(ReferralRuleDiagnostics.InvalidCondition, pointer, Checks.Set.Argument("ReferralRule.Empty"));
        }
        else if (condition.Length > MaxConditionLength)
        {
            Report(ReferralRuleDiagnostics.InvalidCondition, pointer,
                Checks.Set.Argument("ReferralRule.TooLong", Invariant(condition.Length), Invariant(MaxConditionLength)));
        }
        else
        {
            _bag.AddRange(Conditions.Condition.Compile(condition, CaseFields.Map, map.Locate(pointer)).Diagnostics);
        }
    }
}
