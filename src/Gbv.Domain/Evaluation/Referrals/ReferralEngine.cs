using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Referrals;
using NodaTime;

namespace Gbv.Domain.Evaluation.Referrals;

/// <summary>
/// A rule set compiled for records of type <typeparamref name="T"/>. The conditions of all rules become one delegate
/// that returns, for a case, the bit mask of the rules that hold (<see cref="Match"/>): one call per case, no
/// allocation. Decisions with explanations are built only when asked for (<see cref="Decide"/>). Immutable and safe
/// to share between threads.
/// </summary>
/// <typeparam name="T">The case type, bound with a field map that uses the standard names (<see cref="Cases.CaseFields"/>).</typeparam>
public sealed partial class ReferralEngine<T>
{
    /// <summary>The most rules a set can hold: one bit each in a 64-bit mask.</summary>
    public const int MaxRules = 64;

    // Law on Children 102/2016/QH13 Art. 1: "Trẻ em là người dưới 16 tuổi."
    private const int ChildAge = 16;

    private readonly ImmutableArray<CompiledCondition<T>> _conditions;
    private readonly ImmutableArray<Service> _serviceOfRule;

    // Services the rules refer to (at most one per rule, so at most 64), and each rule's index among them.
    private readonly ImmutableArray<Service> _ruleServices;
    private readonly ImmutableArray<int> _serviceIndexOfRule;
    private readonly Func<T, ulong> _fired;
    private readonly Func<T, ulong> _possible;
    private readonly Func<T, bool> _consent;
    private readonly Func<T, Instant?> _incidentAt;
    private readonly Func<T, Instant?> _reportedAt;
    private readonly Func<T, string?> _unit;
    private readonly Func<T, int?> _age;
    private readonly Expression<Func<T, ReferralGroupKey>> _groupKey;

    // For the database query: the rules behind each bit of its masks, and which bits of the first say "holds" (see GroupKey).
    private readonly ImmutableArray<ulong> _rulesOfQueryBit;
    private readonly ulong _queryHoldsBits;

    private ReferralEngine(ReferralRuleSet set, ImmutableArray<CompiledCondition<T>> conditions, FieldMap<T> fields)
    {
        Rules = set.Rules;
        Services = set.Services;
        _conditions = conditions;
        var services = set.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _serviceOfRule = [.. Rules.Select(r => services[r.Service])];
        _ruleServices = [.. _serviceOfRule.Distinct().OrderBy(s => s.Id, StringComparer.Ordinal)];
        _serviceIndexOfRule = [.. _serviceOfRule.Select(s => _ruleServices.IndexOf(s))];

        var record = Expression.Parameter(typeof(T), "record");
        _fired = Mask(record, conditions.Select(c => ConditionCompiler.Body(c.Bound, record)));
        _possible = Mask(record, conditions.Select(c => ConditionCompiler.Possible(c.Bound, record)));
        _consent = Reader<bool>(fields, "consent", record, body => Expression.Equal(Expression.Convert(body, typeof(bool?)), Expression.Constant(true, typeof(bool?))), false);
        _incidentAt = Reader<Instant?>(fields, "incidentAt", record, body => Expression.Convert(body, typeof(Instant?)), null);
        _reportedAt = Reader<Instant?>(fields, "reportedAt", record, body => Expression.Convert(body, typeof(Instant?)), null);
        _unit = Reader<string?>(fields, "unit", record, body => body, null);
        _age = Reader<int?>(fields, "age", record, body => Expression.Convert(body, typeof(int?)), null);
        (_groupKey, _rulesOfQueryBit, _queryHoldsBits) = GroupKey(set.Rules, conditions, fields);
    }

    /// <summary>The rules, in the order of the bits of <see cref="ReferralMatch"/>: highest priority first.</summary>
    public ImmutableArray<ReferralRule> Rules { get; }

    /// <summary>The services the rules refer to.</summary>
    public ImmutableArray<Service> Services { get; }

    /// <summary>
    /// Compiles a rule set. Every rule's condition is checked against the field map; problems come back as
    /// diagnostics located at the rule, and no engine is made when any is an error.
    /// </summary>
    public static ReferralEngineResult<T> Compile(ReferralRuleSet rules, FieldMap<T> fields)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(fields);
        var bag = new DiagnosticBag();
        if (rules.Rules.Length > MaxRules)
        {
            bag.Add(ReferralRuleDiagnostics.TooManyRules, new SourceLocation("referral rules", string.Empty, 0, 0),
                rules.Rules.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxRules.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var services = rules.Services.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var conditions = ImmutableArray.CreateBuilder<CompiledCondition<T>>();
        foreach (var rule in rules.Rules)
        {
            var where = new SourceLocation($"referral rule '{rule.Id}'", string.Empty, 0, 0);
            if (!services.Contains(rule.Service))
            {
                bag.Add(ValidationDiagnostics.UnknownReference, where, "service", rule.Service, Suggestions.DidYouMean(rule.Service, services));
            }

            var result = Condition.Compile(rule.Condition, fields, where);
            bag.AddRange(result.Diagnostics);
            if (result.Condition is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return bag.HasErrors
            ? new ReferralEngineResult<T>(null, bag.ToImmutable())
            : new ReferralEngineResult<T>(new ReferralEngine<T>(rules, conditions.ToImmutable(), fields), bag.ToImmutable());
    }

    /// <summary>The rules that hold for a case, as a bit mask over <see cref="Rules"/>: one delegate call, no allocation.</summary>
    public ulong Fired(T record) => _fired(record);

    /// <summary>Which rules hold for a case, and which could once missing values are recorded. Allocates nothing.</summary>
    public ReferralMatch Match(T record)
    {
        var fired = _fired(record);
        return new ReferralMatch(fired, _possible(record) & ~fired);
    }

    /// <summary>
    /// The decisions for a case as of an instant: one per service, most urgent first (then earliest deadline, then
    /// priority, then service id). Deterministic: the same case and rules give the same decisions in the same order.
    /// </summary>
    /// <param name="record">The case.</param>
    /// <param name="asOf">When the decision is made, to say whether a deadline has passed.</param>
    /// <param name="consentOverride">A reason to refer without recorded consent; applies only to rules that allow it.</param>
    public ImmutableArray<ReferralDecision> Decide(T record, Instant asOf, ConsentOverrideReason? consentOverride)
    {
        var match = Match(record);
        var consent = _consent(record);
        var child = _age(record) is < ChildAge;
        var byService = new Dictionary<string, List<ReferralReason>>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Length; i++)
        {
            // Assigned in one expression (not branch by branch) so that every path defines it, mutated or not.
            var status = match.Holds(i) ? StatusWhenHolds(Rules[i], consent, consentOverride, child)
                : (match.Undetermined & (1UL << i)) != 0 ? ReferralStatus.NeedsInformation
                : (ReferralStatus?)null;
            if (status is null)
            {
                continue;
            }

            var (deadline, note) = Deadline(Rules[i], record);
            var service = Rules[i].Service;
            if (!byService.TryGetValue(service, out var list))
            {
                byService[service] = list = [];
                order[service] = i;
            }

            list.Add(new ReferralReason(Rules[i], _conditions[i].Explain(record), status.Value, deadline, deadline < asOf, note));
        }

        var decisions = byService.Select(pair =>
        {
            var reasons = pair.Value;
            var status = reasons.Min(e => e.Status);
            var acting = reasons.Where(e => e.Status == status).ToList();

            // Each intervention keeps its own window; the decision's deadline is the next one still open (the
            // earliest of those already passed when none is), so that a passed 72-hour window does not hide a
            // 120-hour one at the same service.
            var open = acting.Where(e => e.Deadline.HasValue && !e.WindowPassed).Select(e => e.Deadline).Min();
            var deadline = open ?? acting.Where(e => e.Deadline.HasValue).Select(e => e.Deadline).Min();

            // An assessment the law asks for keeps its rule's urgency while the information is gathered.
            var assessing = reasons.Where(e => e.Rule.Assessment is not null).ToList();
            var urgency = acting.Concat(assessing).Max(e => e.Rule.Urgency);
            var missing = status == ReferralStatus.NeedsInformation
                ? acting.SelectMany(e => _conditions[Rules.IndexOf(e.Rule)].MissingFields(record)).Distinct(StringComparer.Ordinal).ToImmutableArray()
                : [];
            return new ReferralDecision(
                _serviceOfRule[order[pair.Key]], status, urgency, deadline, open is null && deadline < asOf,
                status == ReferralStatus.ReferWithoutConsent ? consentOverride : null, missing, [.. reasons])
            {
                ConsentOf = child ? ConsentGiver.ParentOrGuardian : ConsentGiver.Survivor,
                Assessments = [.. assessing.Select(e => e.Rule.Assessment!).Distinct()],
            };
        });

        return [.. decisions
            .OrderByDescending(d => d.Urgency)
            .ThenBy(d => d.Deadline ?? Instant.MaxValue)
            .ThenByDescending(d => d.Reasons.Max(r => r.Rule.Priority))
            .ThenBy(d => d.Service.Id, StringComparer.Ordinal)];
    }

    // "Child at risk" is a reason only for a child: an adult's case cannot be referred without consent on it.
    private static ReferralStatus StatusWhenHolds(ReferralRule rule, bool consent, ConsentOverrideReason? consentOverride, bool child) =>
        rule.Consent == ConsentRequirement.NotRequired || consent ? ReferralStatus.Refer
        : consentOverride is { } reason && rule.OverrideReasons.Contains(reason) && (reason != ConsentOverrideReason.ChildAtRisk || child) ? ReferralStatus.ReferWithoutConsent
        : ReferralStatus.ConsentRequired;

    private (Instant? Deadline, string? Note) Deadline(ReferralRule rule, T record)
    {
        if (rule.Window is not { } window)
        {
            return (null, null);
        }

        var start = rule.WindowStart == WindowStart.Incident ? _incidentAt(record) : _reportedAt(record);
        return start is { } s
            ? (s + window, null)
            : (null, $"the {(rule.WindowStart == WindowStart.Incident ? "incident" : "report")} time is not recorded, so the {window.TotalHours:0}-hour deadline cannot be set");
    }

    private static Func<T, ulong> Mask(ParameterExpression record, IEnumerable<Expression> conditions)
    {
        // One expression for the whole rule set: (c0 ? 1 : 0) | (c1 ? 2 : 0) | ...
        Expression body = Expression.Constant(0UL);
        var bit = 0;
        foreach (var condition in conditions)
        {
            body = Expression.Or(body, Expression.Condition(condition, Expression.Constant(1UL << bit), Expression.Constant(0UL)));
            bit++;
        }

        return Expression.Lambda<Func<T, ulong>>(body, record).Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeSupported);
    }

    private static Func<T, TValue> Reader<TValue>(FieldMap<T> fields, string name, ParameterExpression record, Func<Expression, Expression> convert, TValue fallback)
    {
        if (fields.Find(name) is not { } field)
        {
            return _ => fallback;
        }

        var body = new ConditionCompiler.ParameterReplacer(field.Accessor.Parameters[0], record).Visit(field.Accessor.Body);
        return Expression.Lambda<Func<T, TValue>>(convert(body), record).Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeSupported);
    }
}
