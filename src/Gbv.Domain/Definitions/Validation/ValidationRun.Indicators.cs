using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Indicators: metrics, "of which" links, targets and thresholds.</summary>
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
                Report(ValidationDiagnostics.OfWhichDenominator, pointer + "/metric", d.OfWhich, parent.Numerator);
            }
            else if (OfWhichWithoutDenominator(d.Metric, byKey[d.OfWhich].Metric) is { } kind)
            {
                // The evaluator reads the parent's numerator under the child's kind: a reported figure, or a count of cases.
                Report(ValidationDiagnostics.OfWhichParentMetric, pointer + "/ofWhich", kind, d.OfWhich);
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
                Report(ValidationDiagnostics.DuplicateHorizon, At(pointer + "/targets", i), target.Horizon.ToString());
            }

            targets.Add(target);
        }

        if (d.Targets.Count == 0)
        {
            Report(ValidationDiagnostics.NoTargets, pointer + "/targets", d.Key);
        }

        AgreesWithSource(d, pointer);

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
                Report(ValidationDiagnostics.DirectionDisagrees, pointer + "/direction", stated == Gbv.Domain.Indicators.Direction.Decrease ? new DiagnosticArgument("decrease", "giảm") : new DiagnosticArgument("increase", "tăng"),
                    targets[i].Threshold.ToString(), upper ? new DiagnosticArgument("an upper", "trên") : new DiagnosticArgument("a lower", "dưới"));
            }
        }

        return new Indicator(d.Key, Text(d.Title, pointer + "/title"), d.Section, Source(d.Source, pointer + "/source"), metric,
            d.OfWhich, targets.ToImmutable(), d.Note, d.Implements)
        {
            Missing = missing,
            StatedDirection = direction,
            Baseline = d.Baseline is { } b ? Baseline(b, pointer + "/baseline", targets) : null,
        };
    }

    /// <summary>
    /// Each target against its indicator's source text: a phrase quotes the source (GBV2219), and a percentage is one
    /// the source states when it states any (GBV2218): 80 beside "trên 90%" is a slip of the encoding.
    /// </summary>
    private void AgreesWithSource(IndicatorDefinition d, string pointer)
    {
        var source = Flat(d.Source);
        var stated = PercentPattern().Matches(source)
            .Select(m => decimal.TryParse(m.Groups[1].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .OfType<decimal>().Distinct().ToList();
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var t = d.Targets[i];
            var at = At(pointer + "/targets", i);
            if (t.Phrase is { Length: > 0 } phrase && !source.Contains(Flat(phrase), StringComparison.OrdinalIgnoreCase))
            {
                Report(ValidationDiagnostics.PhraseNotInSource, at + "/phrase", phrase);
            }

            // A value out of range is already an error (GBV2202): one change, one diagnostic.
            if (t.Threshold is { Unit: null or "percent", Value: { } value and >= 0 and <= 100 } && stated.Count > 0 && !stated.Contains(value))
            {
                Report(ValidationDiagnostics.ThresholdNotInSource, at + "/threshold/value", value.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", stated.Select(v => v.ToString(CultureInfo.InvariantCulture) + "%")));
            }
        }
    }

    /// <summary>Text compared as words: composed (NFC) and with runs of white space as one space.</summary>
    private static string Flat(string text) => SpacePattern().Replace(text.Normalize(System.Text.NormalizationForm.FormC), " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*%", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PercentPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpacePattern();

    private Baseline Baseline(BaselineDefinition b, string pointer, ImmutableArray<Target>.Builder targets)
    {
        Year(b.Year, pointer + "/year");
        if (b.Value < 0 || (b.Value > 100 && targets.Count > 0 && targets.All(t => t.Threshold.Unit == ThresholdUnit.Percent)))
        {
            Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/value", b.Value.ToString(CultureInfo.InvariantCulture),
                b.Value < 0 ? new DiagnosticArgument("at least 0", "ít nhất 0") : new DiagnosticArgument("from 0 to 100 for a percentage", "từ 0 đến 100 đối với tỷ lệ phần trăm"));
        }

        if (b.Source is not null)
        {
            Source(b.Source, pointer + "/source");
        }

        return new Baseline(b.Value, b.Year, b.Source);
    }

    private ConsistencyRule ConsistencyRule(ConsistencyRuleDefinition r, string pointer)
    {
        Declare(r.Key, pointer + "/key", "consistency rule", _consistencyRules);
        var title = Text(r.Title, pointer + "/title");
        var left = Side(r.Left, pointer + "/left");
        var op = Keyword(r.Operator, pointer + "/operator", "operator", RuleOperator.AtMost);
        var right = Side(r.Right, pointer + "/right");
        var importance = Keyword(r.Importance, pointer + "/importance", "importance", Importance.Medium);
        var missing = Keyword(r.Missing, pointer + "/missing", "missing-value strategy", MissingValueStrategy.SkipIfAllMissing);
        return new ConsistencyRule(r.Key, title, left, op, right, importance, missing, "consistencyRules");
    }

    private RuleSide Side(string text, string pointer)
    {
        if (RuleSide.Parse(text) is not { } side)
        {
            Report(ValidationDiagnostics.InvalidRuleSide, pointer, text);
            return new RuleSide([], 0);
        }

        foreach (var element in side.Elements)
        {
            DataElementReference(element, pointer);
        }

        return side;
    }

    private static RatioMetricDefinition? Ratio(MetricDefinition m) => m.Reported ?? m.Cases;

    /// <summary>The child's ratio kind when its parent cannot give it a denominator; null when it can (or it has its own).</summary>
    private static string? OfWhichWithoutDenominator(MetricDefinition child, MetricDefinition parent) => child switch
    {
        { Reported: { Denominator: null } } when parent.Reported is null => "reported",
        { Cases: not null } when parent.Cases is null => "cases",
        _ => null,
    };

    /// <summary>A ratio of a thing to itself is 100% wherever there are data: a target on it is met by any data.</summary>
    private void SameRatio(string key, MetricDefinition m, string pointer)
    {
        if (m.Reported is { Denominator: { } denominator } reported && string.Equals(reported.Numerator, denominator, StringComparison.Ordinal))
        {
            Report(ValidationDiagnostics.NumeratorIsDenominator, pointer + "/reported/denominator", key, denominator);
        }
        else if (m.Cases is { Denominator: { } condition } cases
            && Conditions.Condition.Parse(cases.Numerator).Syntax?.ToString() is { } numerator && numerator == Conditions.Condition.Parse(condition).Syntax?.ToString())
        {
            Report(ValidationDiagnostics.NumeratorIsDenominator, pointer + "/cases/denominator", key, condition);
        }
    }

    private Metric Metric(MetricDefinition m, string pointer)
    {
        var kinds = new List<string>(4);
        if (m.Reported is not null)
        {
            kinds.Add("\"reported\"");
        }

        if (m.Cases is not null)
        {
            kinds.Add("\"cases\"");
        }

        if (m.Coverage is not null)
        {
            kinds.Add("\"coverage\"");
        }

        if (m.Events is not null)
        {
            kinds.Add("\"events\"");
        }

        if (kinds.Count != 1)
        {
            Report(ValidationDiagnostics.MetricKind, pointer, kinds.Count == 0 ? new DiagnosticArgument("none", "không có") : new DiagnosticArgument(string.Join(" and ", kinds), string.Join(" và ", kinds)));
            return new ReportedRatioMetric("invalid", null);
        }

        if (m.Reported is { } reported)
        {
            DataElementReference(reported.Numerator, pointer + "/reported/numerator");
            DataElementReference(reported.Denominator, pointer + "/reported/denominator");
            MixedCombine(reported.Numerator, reported.Denominator, pointer + "/reported");
            return new ReportedRatioMetric(reported.Numerator, reported.Denominator);
        }

        if (m.Cases is { } cases)
        {
            Condition(cases.Numerator, pointer + "/cases/numerator");
            if (cases.Denominator is not null)
            {
                Condition(cases.Denominator, pointer + "/cases/denominator");
            }

            return new CaseRatioMetric(cases.Numerator, cases.Denominator);
        }

        if (m.Coverage is { } coverage)
        {
            var level = Level(coverage.Level, pointer + "/coverage/level");
            DataElementReference(coverage.Covered, pointer + "/coverage/covered");
            if (coverage.Total is < 1)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/coverage/total", Invariant(coverage.Total.Value), AtLeastOneUnit);
            }
            else if (coverage.Total is null)
            {
                // The evaluator has no number of units to divide by: the indicator would say NoData for ever.
                Report(ValidationDiagnostics.CoverageWithoutTotal, pointer + "/coverage", coverage.Level, coverage.Covered);
            }

            return new UnitCoverageMetric(level, coverage.Covered, coverage.Total);
        }

        var events = m.Events!;
        Resolve(events.Task, pointer + "/events/task", "task", _tasks);
        var per = Keyword(events.Per, pointer + "/events/per", "span", FrequencyUnit.Year);
        return new EventCountMetric(events.Task, per);
    }

    /// <summary>A plan-area figure divided by a sum over units (or the reverse) cannot be pooled unit by unit.</summary>
    private void MixedCombine(string numerator, string? denominator, string pointer)
    {
        if (denominator is not null && _combine.TryGetValue(numerator, out var a) && _combine.TryGetValue(denominator, out var b) && a != b)
        {
            static DiagnosticArgument Word(ElementCombine c) => c == ElementCombine.PlanArea ? new("one figure for the plan area", "một số liệu cho cả địa bàn") : new("summed over units", "cộng theo đơn vị");
            Report(ValidationDiagnostics.MixedCombine, pointer, numerator, Word(a), denominator, Word(b));
        }
    }

    private void DataElementReference(string? key, string pointer)
    {
        if (key is not null && !_dataElements.ContainsKey(key))
        {
            Report(ValidationDiagnostics.UnknownDataElement, pointer, key, Suggestions.DidYouMean(key, _dataElements.Keys));
        }
    }

    private Target? Target(TargetDefinition t, string pointer)
    {
        if (t.By.HasValue == t.From.HasValue)
        {
            Report(ValidationDiagnostics.TargetHorizon, pointer);
            return null;
        }

        var horizon = t.By is int by ? new Horizon(HorizonKind.By, by) : new Horizon(HorizonKind.From, t.From!.Value);
        var yearPointer = pointer + (t.By.HasValue ? "/by" : "/from");
        if (Year(horizon.Year, yearPointer) && !_period.ContainsOrVision(horizon.Year))
        {
            Report(ValidationDiagnostics.HorizonOutsidePeriod, yearPointer, Invariant(horizon.Year), _period.ToString());
        }

        var threshold = Threshold(t.Threshold, pointer + "/threshold");
        if (threshold is not null && t.Phrase is { } phrase)
        {
            PhraseAgrees(phrase, threshold, pointer + "/phrase");
        }

        return threshold is null ? null : new Target(horizon, threshold, t.Phrase);
    }

    /// <summary>
    /// The source's words and the structured threshold must say the same thing. A bare "90%" has no comparison word:
    /// only its value is checked, since the author chose how to read it.
    /// </summary>
    private void PhraseAgrees(string phrase, Threshold threshold, string pointer)
    {
        var kind = ThresholdPhrase.Parse(phrase, out var read);
        if (kind == ThresholdPhraseKind.Unknown || read is null)
        {
            Report(ValidationDiagnostics.PhraseNotUnderstood, pointer, phrase);
            return;
        }

        var agrees = kind == ThresholdPhraseKind.Bare ? read.Value == threshold.Value && read.Unit == threshold.Unit : read == threshold;
        if (!agrees)
        {
            Report(ValidationDiagnostics.PhraseDisagrees, pointer, phrase, read.ToString(), threshold.ToString());
        }
    }

    private Threshold? Threshold(ThresholdDefinition t, string pointer)
    {
        var comparison = Keyword(t.Comparison, pointer + "/comparison", "comparison", Comparison.AtLeast);
        var unit = Keyword(t.Unit, pointer + "/unit", "unit", ThresholdUnit.Percent);
        if (!Keywords<Comparison>.TryParse(t.Comparison, out _) || (t.Unit is not null && !Keywords<ThresholdUnit>.TryParse(t.Unit, out _)))
        {
            return null;
        }

        decimal value;
        if (t.Value is decimal given)
        {
            value = given;
        }
        else if (comparison == Comparison.All && unit == ThresholdUnit.Percent)
        {
            value = 100m;
        }
        else
        {
            Report(ValidationDiagnostics.ThresholdValue, pointer, t.Comparison);
            return null;
        }

        if (value < 0m)
        {
            Report(ValidationDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), new DiagnosticArgument("a threshold is never negative", "ngưỡng không bao giờ âm"));
            return null;
        }

        if (comparison == Comparison.All && unit == ThresholdUnit.Percent && value != 100m)
        {
            Report(ValidationDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), new DiagnosticArgument("\"all\" is 100 percent", "\"all\" là 100 phần trăm"));
            return null;
        }

        var threshold = new Threshold(comparison, value, unit);
        if (!threshold.IsSatisfiable)
        {
            Report(ValidationDiagnostics.UnsatisfiableThreshold, pointer, threshold.ToString());
            return null;
        }

        if (unit == ThresholdUnit.Percent && value > 100m)
        {
            Report(ValidationDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), new DiagnosticArgument("a percentage is between 0 and 100", "tỷ lệ phần trăm nằm trong khoảng 0 đến 100"));
            return null;
        }

        if (unit == ThresholdUnit.Count && decimal.Truncate(value) != value)
        {
            Report(ValidationDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), new DiagnosticArgument("a count is a whole number", "số đếm là số nguyên"));
            return null;
        }

        return threshold;
    }

    private static string Format(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
                        Report(ValidationDiagnostics.OfWhichCycle, At("/indicators", i) + "/ofWhich", string.Join(" → ", chain));
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
