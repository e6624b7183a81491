using System.Collections.Immutable;

namespace Gbv.Domain.Referrals;

/// <summary>
/// Counts over a stream of cases: decisions per service, interventions per rule (<see cref="PerIntervention"/>: post-exposure
/// prophylaxis and emergency contraception counted apart though both go to a health facility), cases with at least one
/// referral per unit, and decisions per urgency. Sums of counts: the summary of any partition of the cases adds up to the summary of all of them.
/// </summary>
/// <param name="Cases">Cases seen.</param>
/// <param name="PerService">Decisions per service id.</param>
/// <param name="PerUnit">Cases with at least one referral or request for consent, per unit ("" for cases with no unit).</param>
/// <param name="PerUrgency">Decisions to refer or to ask consent, per urgency.</param>
public sealed record ReferralSummary(
    long Cases,
    ImmutableSortedDictionary<string, ServiceCounts> PerService,
    ImmutableSortedDictionary<string, long> PerUnit,
    ImmutableSortedDictionary<Urgency, long> PerUrgency)
{
    /// <summary>Interventions per rule id: for each rule, the cases it refers, waits for consent on, or needs information for.</summary>
    public ImmutableSortedDictionary<string, ServiceCounts> PerIntervention { get; init; } = ImmutableSortedDictionary.Create<string, ServiceCounts>(StringComparer.Ordinal);

    /// <summary>Decisions per service id.</summary>
    public ImmutableSortedDictionary<string, ServiceCounts> PerService { get; init; } = PerService ?? throw new ArgumentNullException(nameof(PerService));

    /// <summary>Cases with at least one referral or request for consent, per unit ("" for cases with no unit).</summary>
    public ImmutableSortedDictionary<string, long> PerUnit { get; init; } = PerUnit ?? throw new ArgumentNullException(nameof(PerUnit));

    /// <summary>Decisions to refer or to ask consent, per urgency.</summary>
    public ImmutableSortedDictionary<Urgency, long> PerUrgency { get; init; } = PerUrgency ?? throw new ArgumentNullException(nameof(PerUrgency));

    /// <summary>The summary of two disjoint sets of cases together: counts add up.</summary>
    public ReferralSummary Merge(ReferralSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var services = Add(PerService, other.PerService);

        var units = PerUnit.ToBuilder();
        foreach (var (unit, count) in other.PerUnit)
        {
            units[unit] = units.GetValueOrDefault(unit) + count;
        }

        var urgencies = PerUrgency.ToBuilder();
        foreach (var (urgency, count) in other.PerUrgency)
        {
            urgencies[urgency] = urgencies.GetValueOrDefault(urgency) + count;
        }

        return new ReferralSummary(Cases + other.Cases, services, units.ToImmutable(), urgencies.ToImmutable())
        {
            PerIntervention = Add(PerIntervention, other.PerIntervention),
        };
    }

    private static ImmutableSortedDictionary<string, ServiceCounts> Add(ImmutableSortedDictionary<string, ServiceCounts> mine, ImmutableSortedDictionary<string, ServiceCounts> theirs)
    {
        var sum = mine.ToBuilder();
        foreach (var (id, counts) in theirs)
        {
            var own = sum.GetValueOrDefault(id);
            sum[id] = new ServiceCounts(own.Refer + counts.Refer, own.ConsentRequired + counts.ConsentRequired, own.NeedsInformation + counts.NeedsInformation);
        }

        return sum.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(ReferralSummary? other) =>
        other is not null && Cases == other.Cases && PerService.SequenceEqual(other.PerService) && PerUnit.SequenceEqual(other.PerUnit)
        && PerUrgency.SequenceEqual(other.PerUrgency) && PerIntervention.SequenceEqual(other.PerIntervention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cases, PerService.Count, PerUnit.Count);
}
