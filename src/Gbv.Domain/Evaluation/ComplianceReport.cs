using System.Collections.Immutable;
using Gbv.Domain.Calendar;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using NodaTime;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// Everything a plan's evaluation says as of a moment, each entry explained: indicators against their targets,
/// consistency of the reported figures, reporting timeliness, tasks with a minimum frequency, the calendar ahead and
/// the referrals the cases call for. Serialize it with <see cref="ComplianceReportJson"/>, render it with
/// <see cref="ComplianceReportMarkdown"/>.
/// </summary>
/// <param name="Plan">The plan evaluated.</param>
/// <param name="AsOf">The moment of the evaluation.</param>
/// <param name="AsOfDate">The same moment as a date in the plan's time zone.</param>
/// <param name="Indicators">One result per target of every indicator.</param>
/// <param name="Consistency">Consistency rules over the reported figures, per unit and year.</param>
/// <param name="Timeliness">Expected reports and reporting rates.</param>
/// <param name="Tasks">Tasks with a yearly minimum frequency against their completion records.</param>
/// <param name="Milestones">Reviews and inspections, held or not, from completion records that name them.</param>
/// <param name="Ahead">The agenda for the 90 days after the evaluation date.</param>
/// <param name="Cases">Case counts: how many were read and how many had no year.</param>
/// <param name="Referrals">Referral decisions over the cases.</param>
/// <param name="Problems">Every problem in the data (duplicates, unknown obligations or tasks...), none of it counted.</param>
public sealed record ComplianceReport(
    Plan Plan,
    Instant AsOf,
    LocalDate AsOfDate,
    ImmutableArray<IndicatorResult> Indicators,
    ConsistencyReport Consistency,
    TimelinessReport Timeliness,
    ImmutableArray<TaskProgress> Tasks,
    ImmutableArray<MilestoneProgress> Milestones,
    ImmutableArray<AgendaEntry> Ahead,
    CaseCounts Cases,
    ReferralSummary Referrals,
    ImmutableArray<Diagnostic> Problems)
{
    /// <summary>The plan evaluated.</summary>
    public Plan Plan { get; init; } = Plan ?? throw new ArgumentNullException(nameof(Plan));

    /// <summary>Consistency rules over the reported figures, per unit and year.</summary>
    public ConsistencyReport Consistency { get; init; } = Consistency ?? throw new ArgumentNullException(nameof(Consistency));

    /// <summary>Expected reports and reporting rates.</summary>
    public TimelinessReport Timeliness { get; init; } = Timeliness ?? throw new ArgumentNullException(nameof(Timeliness));

    /// <summary>Case counts: how many were read and how many had no year.</summary>
    public CaseCounts Cases { get; init; } = Cases ?? throw new ArgumentNullException(nameof(Cases));

    /// <summary>Referral decisions over the cases.</summary>
    public ReferralSummary Referrals { get; init; } = Referrals ?? throw new ArgumentNullException(nameof(Referrals));

    /// <summary>
    /// The results of each unit on its own figures (a commune, or an agency that reports), by unit id in ordinal order:
    /// which unit is behind a total.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<IndicatorResult>> ByUnit { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<IndicatorResult>>.Empty;

    /// <summary>
    /// The results as of the end of each year of the plan's period up to the evaluation date (that date for its own
    /// year), by year: each indicator's value year by year against its target.
    /// </summary>
    public ImmutableSortedDictionary<int, ImmutableArray<IndicatorResult>> ByYear { get; init; } = ImmutableSortedDictionary<int, ImmutableArray<IndicatorResult>>.Empty;

    /// <summary>
    /// Each case-ratio indicator counted by age group and sex in the year of its first target's result (where the cases
    /// have the standard "age" and "sex"): children under 16 and people of 16 and over, women and men.
    /// </summary>
    public ImmutableArray<CaseGroupCount> ByGroup { get; init; } = [];

    /// <summary>The names of units the plan does not name (communes), from the data, by unit id (<see cref="IComplianceData{T}.UnitNames"/>).</summary>
    public ImmutableSortedDictionary<string, LocalizedText> UnitNames { get; init; } = ImmutableSortedDictionary<string, LocalizedText>.Empty;

    /// <summary>Equal when every part is: the arrays element by element, so that two evaluations of the same data are equal.</summary>
    public bool Equals(ComplianceReport? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Plan.Equals(other.Plan) && AsOf == other.AsOf && AsOfDate == other.AsOfDate && Sequences.Equal(Indicators, other.Indicators)
                && Consistency.Equals(other.Consistency) && Timeliness.Equals(other.Timeliness) && Sequences.Equal(Tasks, other.Tasks)
                && Sequences.Equal(Milestones, other.Milestones) && Sequences.Equal(Ahead, other.Ahead) && Cases.Equals(other.Cases)
                && Referrals.Equals(other.Referrals) && Sequences.Equal(Problems, other.Problems)
                && SameResults(ByUnit, other.ByUnit) && SameResults(ByYear, other.ByYear) && UnitNames.SequenceEqual(other.UnitNames) && Sequences.Equal(ByGroup, other.ByGroup)));

    private static bool SameResults<TKey>(ImmutableSortedDictionary<TKey, ImmutableArray<IndicatorResult>> left, ImmutableSortedDictionary<TKey, ImmutableArray<IndicatorResult>> right)
        where TKey : notnull =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && Sequences.Equal(p.Value, other));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, Sequences.Hash(Indicators), Consistency, Timeliness, Sequences.Hash(Tasks), Cases, Sequences.Hash(Problems));
}
