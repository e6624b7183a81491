using System.Collections.Immutable;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Indicators: their keys, their parts, and the "of which" links between them.</summary>
internal sealed partial class ValidationRun
{
    private ImmutableArray<Indicator> Indicators(IReadOnlyList<IndicatorDefinition>? items)
    {
        if (items is null)
        {
            return [];
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            Declare(items[i].Key, At("/indicators", i) + "/key", "indicator", keys);
            byKey.TryAdd(items[i].Key, items[i]);
        }

        var builder = ImmutableArray.CreateBuilder<Indicator>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            builder.Add(Indicator(items[i], At("/indicators", i), keys, byKey));
        }

        OfWhichCycles(items);
        return builder.MoveToImmutable();
    }

    private Indicator Indicator(
        IndicatorDefinition d, string pointer, Dictionary<string, string> keys, Dictionary<string, IndicatorDefinition> byKey)
    {
        var metric = Metric(d.Metric, pointer + "/metric");
        SameRatio(d.Key, d.Metric, pointer + "/metric");
        if (d.OfWhich is not null)
        {
            if (!keys.ContainsKey(d.OfWhich))
            {
                Report(ValidationDiagnostics.UnknownIndicator, pointer + "/ofWhich", d.OfWhich, Suggestions.DidYouMean(d.OfWhich, keys.Keys));
            }
            else if (Ratio(d.Metric) is { Denominator: { } own } && Ratio(byKey[d.OfWhich].Metric) is { } parent && own != parent.Numerator)
            {
                Report(IndicatorDiagnostics.OfWhichDenominator, pointer + "/metric", d.OfWhich, parent.Numerator);
            }
            else if (OfWhichWithoutDenominator(d.Metric, byKey[d.OfWhich].Metric) is { } kind)
            {
                // The evaluator reads the parent's numerator under the child's kind: a reported figure, or a count of cases.
                Report(IndicatorDiagnostics.OfWhichParentMetric, pointer + "/ofWhich", kind, d.OfWhich);
            }
        }

        var targets = ImmutableArray.CreateBuilder<Target>(d.Targets.Count);
        var horizons = new HashSet<Horizon>();
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var target = Target(d.Targets[i], At(pointer + "/targets", i));
            if (target is null)
            {
                continue;
            }

            if (!horizons.Add(target.Horizon))
            {
                Report(TargetDiagnostics.DuplicateHorizon, At(pointer + "/targets", i), target.Horizon.ToString());
            }

            targets.Add(target);
        }

        if (d.Targets.Count == 0)
        {
            Report(TargetDiagnostics.NoTargets, pointer + "/targets", d.Key);
        }

        if (Verbatim(d.SourceKind))
        {
            AgreesWithSource(d, pointer);
        }

        if (d.OfWhich is not null && byKey.TryGetValue(d.OfWhich, out var joint) && joint.Metric.Reported is { And.Count: > 0 } && Ratio(d.Metric) is { Denominator: null })
        {
            Report(CascadeDiagnostics.OfWhichUnderJoint, pointer + "/ofWhich", d.Key, d.OfWhich);
        }

        if (d.Implements is { } link && (link.Split('#') is not [var planId, var key] || !IdPattern().IsMatch(planId) || !IdPattern().IsMatch(key)))
        {
            Report(ValidationDiagnostics.InvalidIdentifier, pointer + "/implements", link);
        }

        var missing = Keyword(d.Missing, pointer + "/missing", "missing-value strategy", MissingValueStrategy.SkipIfAnyMissing);
        Direction? direction = d.Direction is null ? null : Keyword(d.Direction, pointer + "/direction", "direction", Direction.Increase);
        for (var i = 0; direction is { } stated && i < targets.Count; i++)
        {
            var upper = targets[i].Threshold.Comparison is Comparison.AtMost or Comparison.LessThan;
            if (upper != (stated == Gbv.Domain.Indicators.Direction.Decrease))
            {
                Report(TargetDiagnostics.DirectionDisagrees, pointer + "/direction", stated == Gbv.Domain.Indicators.Direction.Decrease ? Nouns.Set.Argument("Direction.Decrease") : Nouns.Set.Argument("Direction.Increase"),
                    targets[i].Threshold.ToString(), upper ? Nouns.Set.Argument("Limit.Upper") : Nouns.Set.Argument("Limit.Lower"));
            }
        }

        return new Indicator(d.Key, Text(d.Title, pointer + "/title"), d.Section, Source(d.Source, pointer + "/source"), metric,
            d.OfWhich, targets.ToImmutable(), d.Note, d.Implements)
        {
            Missing = missing,
            StatedDirection = direction,
            Baseline = d.Baseline is { } b ? Baseline(b, pointer + "/baseline", targets) : null,
            Base = d.Base is null ? null : Keyword(d.Base, pointer + "/base", "base", PopulationBase.All),
            SourceKind = PartSourceKind(d.SourceKind, pointer + "/sourceKind", Subject("indicator", d.Key)),
        };
    }

    private void OfWhichCycles(IReadOnlyList<IndicatorDefinition> items)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.OfWhich is not null)
            {
                parent.TryAdd(item.Key, item.OfWhich);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var start = items[i].Key;
            var chain = new List<string> { start };
            var current = start;
            while (parent.TryGetValue(current, out var next) && chain.Count <= items.Count)
            {
                if (next == start)
                {
                    if (chain.TrueForAll(reported.Add))
                    {
                        chain.Add(start);
                        Report(IndicatorDiagnostics.OfWhichCycle, At("/indicators", i) + "/ofWhich", string.Join(" → ", chain));
                    }

                    break;
                }

                if (chain.Contains(next))
                {
                    break;
                }

                chain.Add(next);
                current = next;
            }
        }
    }
}
