using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Targets and baselines: horizons, thresholds, and their agreement with the source's words.</summary>
internal sealed partial class ValidationRun
{
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
                Report(TargetDiagnostics.PhraseNotInSource, at + "/phrase", phrase);
            }

            // A value out of range is already an error (GBV2202): one change, one diagnostic.
            if (t.Threshold is { Unit: null or "percent", Value: { } value and >= 0 and <= 100 } && stated.Count > 0 && !stated.Contains(value))
            {
                Report(TargetDiagnostics.ThresholdNotInSource, at + "/threshold/value", value.ToString(CultureInfo.InvariantCulture),
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
                b.Value < 0 ? Checks.Set.Argument("Range.AtLeastZero") : Checks.Set.Argument("Range.Percent"));
        }

        if (b.Source is not null)
        {
            Source(b.Source, pointer + "/source");
        }

        return new Baseline(b.Value, b.Year, b.Source);
    }

    private Target? Target(TargetDefinition t, string pointer)
    {
        if (t.By.HasValue == t.From.HasValue)
        {
            Report(TargetDiagnostics.TargetHorizon, pointer);
            return null;
        }

        var horizon = t.By is int by ? new Horizon(HorizonKind.By, by) : new Horizon(HorizonKind.From, t.From!.Value);
        var yearPointer = pointer + (t.By.HasValue ? "/by" : "/from");
        if (Year(horizon.Year, yearPointer) && !_period.ContainsOrVision(horizon.Year))
        {
            Report(PeriodDiagnostics.HorizonOutsidePeriod, yearPointer, Invariant(horizon.Year), _period.ToString());
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
            Report(TargetDiagnostics.PhraseNotUnderstood, pointer, phrase);
            return;
        }

        var agrees = kind == ThresholdPhraseKind.Bare ? read.Value == threshold.Value && read.Unit == threshold.Unit : read == threshold;
        if (!agrees)
        {
            Report(TargetDiagnostics.PhraseDisagrees, pointer, phrase, read.ToString(), threshold.ToString());
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
            Report(TargetDiagnostics.ThresholdValue, pointer, t.Comparison);
            return null;
        }

        if (value < 0m)
        {
            Report(TargetDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), Checks.Set.Argument("TargetValue.Negative"));
            return null;
        }

        if (comparison == Comparison.All && unit == ThresholdUnit.Percent && value != 100m)
        {
            Report(TargetDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), Checks.Set.Argument("TargetValue.All"));
            return null;
        }

        var threshold = new Threshold(comparison, value, unit);
        if (!threshold.IsSatisfiable)
        {
            Report(TargetDiagnostics.UnsatisfiableThreshold, pointer, threshold.ToString());
            return null;
        }

        if (unit == ThresholdUnit.Percent && value > 100m)
        {
            Report(TargetDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), Checks.Set.Argument("TargetValue.Percent"));
            return null;
        }

        if (unit == ThresholdUnit.Count && !TargetCalculator.IsWhole(value))
        {
            Report(TargetDiagnostics.ThresholdOutOfRange, pointer + "/value", Format(value), Checks.Set.Argument("TargetValue.WholeCount"));
            return null;
        }

        return threshold;
    }

    private static string Format(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
