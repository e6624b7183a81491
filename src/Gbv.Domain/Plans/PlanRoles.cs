using System.Collections.Immutable;

namespace Gbv.Domain.Plans;

/// <summary>
/// The roles a plan gives for the whole plan ("Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các bộ,
/// ngành ..."): the agency in charge and those that coordinate. Tasks that name no roles of their own inherit them.
/// </summary>
/// <remarks>Equality compares every member; <see cref="Coordinators"/> compares element by element.</remarks>
public sealed record PlanRoles
{
    /// <summary>Creates the plan-wide roles.</summary>
    /// <param name="lead">The id of the agency in charge, or null where the source names none.</param>
    /// <param name="coordinators">The ids of the coordinating agencies.</param>
    /// <param name="source">The source's words, or null.</param>
    public PlanRoles(string? lead, ImmutableArray<string> coordinators, string? source)
    {
        Lead = lead;
        Coordinators = coordinators.IsDefault ? [] : coordinators;
        Source = source;
    }

    /// <summary>The id of the agency in charge ("chủ trì"), or null.</summary>
    public string? Lead { get; }

    /// <summary>The ids of the coordinating agencies ("phối hợp").</summary>
    public ImmutableArray<string> Coordinators { get; }

    /// <summary>The source's words, or null.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public bool Equals(PlanRoles? other) =>
        other is not null && Lead == other.Lead && Sequences.Equal(Coordinators, other.Coordinators) && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lead, Sequences.Hash(Coordinators), Source);
}
