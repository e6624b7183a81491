using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Metrics: what an indicator counts (reported figures, cases, events) and the ratios between them.</summary>
internal sealed partial class ValidationRun
{
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
            Report(IndicatorDiagnostics.NumeratorIsDenominator, pointer + "/reported/denominator", key, denominator);
        }
        else if (m.Cases is { Denominator: { } condition } cases
            && Conditions.Condition.Parse(cases.Numerator).Syntax?.ToString() is { } numerator && numerator == Conditions.Condition.Parse(condition).Syntax?.ToString())
        {
            Report(IndicatorDiagnostics.NumeratorIsDenominator, pointer + "/cases/denominator", key, condition);
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
            Report(IndicatorDiagnostics.MetricKind, pointer, kinds.Count == 0 ? Nouns.Set.Argument("Metric.None") : new DiagnosticArgument(string.Join(Nouns.Get("List.And", vi: false), kinds), string.Join(Nouns.Get("List.And", vi: true), kinds)));
            return new ReportedRatioMetric("invalid", null);
        }

        if (m.Reported is { } reported)
        {
            DataElementReference(reported.Numerator, pointer + "/reported/numerator");
            DataElementReference(reported.Denominator, pointer + "/reported/denominator");
            MixedCombine(reported.Numerator, reported.Denominator, pointer + "/reported");
            return new ReportedRatioMetric(reported.Numerator, reported.Denominator) { And = JointNumerators(reported, pointer + "/reported") };
        }

        if (m.Cases is { } cases)
        {
            if (cases.And is not null)
            {
                Report(CascadeDiagnostics.JointOnCases, pointer + "/cases/and");
            }

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
            if (_decimal.Contains(coverage.Covered))
            {
                Report(IndicatorDiagnostics.DecimalWhereCount, pointer + "/coverage/covered", coverage.Covered);
            }

            if (coverage.Total is < 1)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/coverage/total", Invariant(coverage.Total.Value), AtLeastOneUnit);
            }
            else if (coverage.Total is null)
            {
                // The evaluator has no number of units to divide by: the indicator would say NoData for ever.
                Report(IndicatorDiagnostics.CoverageWithoutTotal, pointer + "/coverage", coverage.Level, coverage.Covered);
            }

            return new UnitCoverageMetric(level, coverage.Covered, coverage.Total);
        }

        var events = m.Events!;
        Resolve(events.Task, pointer + "/events/task", "task", _tasks);
        var per = Keyword(events.Per, pointer + "/events/per", "span", FrequencyUnit.Year);
        return new EventCountMetric(events.Task, per);
    }

    /// <summary>The further numerators of a joint target: each a declared data element, none repeated nor the denominator.</summary>
    private System.Collections.Immutable.ImmutableArray<string> JointNumerators(RatioMetricDefinition reported, string pointer)
    {
        var and = Strings(reported.And);
        var seen = new HashSet<string>(StringComparer.Ordinal) { reported.Numerator };
        if (reported.Denominator is not null)
        {
            seen.Add(reported.Denominator);
        }

        for (var i = 0; i < and.Length; i++)
        {
            DataElementReference(and[i], At(pointer + "/and", i));
            MixedCombine(and[i], reported.Denominator, pointer);
            if (!seen.Add(and[i]))
            {
                Report(CascadeDiagnostics.JointRepeats, At(pointer + "/and", i), reported.Numerator, and[i]);
            }
        }

        return and;
    }

    /// <summary>A plan-area figure divided by a sum over units (or the reverse) cannot be pooled unit by unit.</summary>
    private void MixedCombine(string numerator, string? denominator, string pointer)
    {
        if (denominator is not null && _combine.TryGetValue(numerator, out var a) && _combine.TryGetValue(denominator, out var b) && a != b)
        {
            static DiagnosticArgument Word(ElementCombine c) => c == ElementCombine.PlanArea ? Nouns.Set.Argument("Combine.PlanArea") : Nouns.Set.Argument("Combine.Summed");
            Report(IndicatorDiagnostics.MixedCombine, pointer, numerator, Word(a), denominator, Word(b));
        }
    }
}
