using System.Collections.Immutable;
using Gbv.Domain.Evaluation.Indicators;

namespace Gbv.Domain.Indicators;

/// <summary>
/// An objective with targets ("chỉ tiêu"): the verbatim source text, what is measured, and a threshold per horizon.
/// </summary>
/// <remarks>Equality compares every member; <see cref="Targets"/> compares element by element.</remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    public Indicator(
        string key,
        LocalizedText title,
        string? section,
        string source,
        Metric metric,
        string? ofWhich,
        ImmutableArray<Target> targets,
        string? note,
        string? implements = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(metric);
        Key = key;
        Title = title;
        Section = section;
        Source = source;
        Metric = metric;
        OfWhich = ofWhich;
        Targets = targets.IsDefault ? [] : targets;
        Note = note;
        Implements = implements;
    }

    /// <summary>
    /// The parent plan's indicator this one carries out, as <c>plan-id#indicator-key</c>, or null. Checked with
    /// <see cref="ConformanceChecker"/>: the child's targets must be at least as strict.
    /// </summary>
    public string? Implements { get; }

    /// <summary>The indicator's key within the plan.</summary>
    public string Key { get; }

    /// <summary>A short title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The section number in the source, or null.</summary>
    public string? Section { get; }

    /// <summary>The verbatim Vietnamese source text.</summary>
    public string Source { get; }

    /// <summary>What is measured.</summary>
    public Metric Metric { get; }

    /// <summary>The key of the indicator this one is part of ("trong đó"), or null.</summary>
    public string? OfWhich { get; }

    /// <summary>The targets, one per horizon.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>An author's note on how the source was read (for example a bare "90%" read as "at least"), or null.</summary>
    public string? Note { get; }

    /// <summary>What to do when a figure is missing (default: skip, so the indicator is NoData).</summary>
    public MissingValueStrategy Missing { get; init; }

    /// <summary>The value the indicator started from, or null.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Whom a percentage of people counts among ("of all perpetrators" or "of those detected"), or null when the plan does not say.</summary>
    public PopulationBase? Base { get; init; }

    /// <summary>Where the indicator's words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }

    /// <summary>
    /// The conditions a joint target holds over ("100% nạn nhân được phát hiện, hỗ trợ và can thiệp kịp thời"): the
    /// numerator's data element and those of <see cref="ReportedRatioMetric.And"/>, each over the same denominator. One
    /// element for any other indicator.
    /// </summary>
    public bool IsJoint => Metric is ReportedRatioMetric { And.IsEmpty: false };

    /// <summary>The direction the plan states, or null to take it from the targets (<see cref="Direction"/>).</summary>
    public Direction? StatedDirection { get; init; }

    /// <summary>
    /// Which way the indicator should move: as stated, or else from the targets: upper bounds ("không quá", "dưới")
    /// mean <see cref="Indicators.Direction.Decrease"/>, anything else <see cref="Indicators.Direction.Increase"/>.
    /// </summary>
    public Direction Direction => StatedDirection
        ?? (!Targets.IsEmpty && Targets.All(t => t.Threshold.Comparison is Comparison.AtMost or Comparison.LessThan) ? Direction.Decrease : Direction.Increase);

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null
        && Key == other.Key && Title == other.Title && Section == other.Section && Source == other.Source
        && Metric == other.Metric && OfWhich == other.OfWhich && Sequences.Equal(Targets, other.Targets)
        && Note == other.Note && Implements == other.Implements
        && Missing == other.Missing && Baseline == other.Baseline && StatedDirection == other.StatedDirection
        && Base == other.Base && SourceKind == other.SourceKind;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Source, Metric, OfWhich, Sequences.Hash(Targets));
}
