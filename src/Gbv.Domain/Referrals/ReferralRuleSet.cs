using System.Collections.Immutable;

namespace Gbv.Domain.Referrals;

/// <summary>
/// Rules and services layered: the package's defaults, then each parent plan's, then the plan's own. A later layer
/// adds its rules and services and replaces any earlier rule or service that has the same id; nothing else is removed.
/// </summary>
public sealed record ReferralRuleSet
{
    private ReferralRuleSet(ImmutableArray<ReferralRule> rules, ImmutableArray<Service> services)
    {
        Rules = rules;
        Services = services;
    }

    /// <summary>The rules, highest priority first, then by id.</summary>
    public ImmutableArray<ReferralRule> Rules { get; }

    /// <summary>The services the rules may refer to, by id order.</summary>
    public ImmutableArray<Service> Services { get; }

    /// <summary>The package's default rules and services.</summary>
    public static ReferralRuleSet Defaults { get; } = Create(DefaultReferralRules.Rules, DefaultReferralRules.Services);

    /// <summary>A set of exactly these rules and services.</summary>
    public static ReferralRuleSet Create(IEnumerable<ReferralRule> rules, IEnumerable<Service> services)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(services);
        return new ReferralRuleSet([], []).Layer(rules, services);
    }

    /// <summary>This set with rules and services layered on top.</summary>
    public ReferralRuleSet Layer(IEnumerable<ReferralRule> rules, IEnumerable<Service> services)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(services);
        var byRule = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            byRule[rule.Id] = rule;
        }

        var byService = Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var service in services)
        {
            byService[service.Id] = service;
        }

        return new ReferralRuleSet(
            [.. InOrder(byRule.Values)],
            [.. byService.Values.OrderBy(s => s.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The order rules are tried and decisions ranked in: highest priority first, then by id.</summary>
    internal static IEnumerable<ReferralRule> InOrder(IEnumerable<ReferralRule> rules) =>
        rules.OrderByDescending(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(ReferralRuleSet? other) =>
        other is not null && Sequences.Equal(Rules, other.Rules) && Sequences.Equal(Services, other.Services);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Rules), Sequences.Hash(Services));
}
