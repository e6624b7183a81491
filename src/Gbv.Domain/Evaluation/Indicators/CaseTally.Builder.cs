using Gbv.Domain.Conditions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Building a tally: conditions, one bit each, and the counters that need them.</summary>
public sealed partial class CaseTally<T>
{
    /// <summary>Collects conditions (one bit per distinct text) and counters.</summary>
    private sealed class Builder(FieldMap<T> fields, DiagnosticBag bag)
    {
        private readonly Dictionary<string, int> _bitOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ulong?> _numeratorNeed = new(StringComparer.Ordinal);

        public List<CompiledCondition<T>> Conditions { get; } = [];

        public List<Counter> Counters { get; } = [];

        // Each case-ratio indicator's numerator bits, denominator bits, and whether it has a denominator counter of its own.
        private readonly List<(string Key, ulong Need, ulong DenominatorNeed, bool OwnDenominator)> _ratios = [];

        /// <summary>
        /// Counters by age group and sex (<see cref="CaseGroups"/>) for every case-ratio indicator, where the field map has
        /// the standard "age" and "sex" and the groups' four conditions fit beside the plan's; nothing is reported when
        /// they do not (a custom case type need not have them).
        /// </summary>
        public void Groups()
        {
            if (_ratios.Count == 0 || fields.Find("age") is null || fields.Find("sex") is null || Conditions.Count + CaseGroups.All.Length > MaxConditions)
            {
                return;
            }

            foreach (var (group, text) in CaseGroups.All)
            {
                var result = Condition.Compile(text, fields, new SourceLocation("case groups", string.Empty, 0, 0));
                if (result.Condition is not { } condition || !result.Diagnostics.IsEmpty)
                {
                    continue;
                }

                var bit = _bitOf.TryGetValue(text, out var known) ? known : Add(text, condition);
                foreach (var (key, need, denominatorNeed, own) in _ratios)
                {
                    Counters.Add(new Counter(CaseGroups.Element(MetricElements.CaseNumerator(key), group), need | (1UL << bit)));
                    if (own)
                    {
                        Counters.Add(new Counter(CaseGroups.Element(MetricElements.CaseDenominator(key), group), denominatorNeed | (1UL << bit)));
                    }
                }
            }
        }

        private int Add(string text, CompiledCondition<T> condition)
        {
            Conditions.Add(condition);
            return _bitOf[text] = Conditions.Count - 1;
        }

        public int? Bit(string text, SourceLocation where)
        {
            if (_bitOf.TryGetValue(text, out var known))
            {
                return known;
            }

            var result = Condition.Compile(text, fields, where);
            bag.AddRange(result.Diagnostics);
            if (result.Condition is not { } condition)
            {
                return null;
            }

            Conditions.Add(condition);
            return _bitOf[text] = Conditions.Count - 1;
        }

        public void Indicator(Plan plan, Indicator indicator) => NumeratorNeed(plan, indicator, depth: 0);

        // The bits a case must meet to count in an indicator's numerator; adds the indicator's counters the first time.
        private ulong? NumeratorNeed(Plan plan, Indicator indicator, int depth)
        {
            if (indicator.Metric is not CaseRatioMetric metric || depth > plan.Indicators.Length)
            {
                return null;
            }

            if (_numeratorNeed.TryGetValue(indicator.Key, out var cached))
            {
                return cached;
            }

            _numeratorNeed[indicator.Key] = null;
            var where = new SourceLocation($"indicator '{indicator.Key}'", string.Empty, 0, 0);
            ulong? parent = indicator.OfWhich is { } key && plan.FindIndicator(key) is { } of ? NumeratorNeed(plan, of, depth + 1) : 0UL;
            var numerator = Bit(metric.Numerator, where);
            var denominator = metric.Denominator is { } d ? Bit(d, where) : -1;
            if (numerator is not { } n || denominator is not { } b || parent is not { } p)
            {
                return null;
            }

            var denominatorNeed = (b < 0 ? 0UL : 1UL << b) | p;
            var need = (1UL << n) | denominatorNeed;
            Counters.Add(new Counter(MetricElements.CaseNumerator(indicator.Key), need));
            if (indicator.OfWhich is null)
            {
                Counters.Add(new Counter(MetricElements.CaseDenominator(indicator.Key), denominatorNeed));
            }

            _ratios.Add((indicator.Key, need, denominatorNeed, indicator.OfWhich is null));

            return _numeratorNeed[indicator.Key] = need;
        }
    }
}
