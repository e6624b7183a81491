using System.Collections.Immutable;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Plans;

/// <summary>
/// Who leads a task and who coordinates, and where that comes from: the task itself, or the plan-wide roles
/// (<see cref="PlanRoles"/>) when the task names none.
/// </summary>
/// <remarks>Equality compares every member; <see cref="Coordinators"/> compares element by element.</remarks>
public sealed record TaskRoles
{
    /// <summary>Creates the roles of a task.</summary>
    public TaskRoles(string? lead, ImmutableArray<string> coordinators, bool inheritedFromPlan)
    {
        Lead = lead;
        Coordinators = coordinators.IsDefault ? [] : coordinators;
        InheritedFromPlan = inheritedFromPlan;
    }

    /// <summary>The id of the leading agency, or null.</summary>
    public string? Lead { get; }

    /// <summary>The ids of the coordinating agencies.</summary>
    public ImmutableArray<string> Coordinators { get; }

    /// <summary>Whether the task names no roles and these are the plan's.</summary>
    public bool InheritedFromPlan { get; }

    /// <summary>"lead: a; coordinating: b, c (inherited from the plan: the task names no roles of its own)", or "no roles stated".</summary>
    public string ExplanationEn =>
        Said(vi: false, id => id);

    /// <summary>The same in Vietnamese: "chủ trì: a; phối hợp: b, c (theo phân công chung của kế hoạch: nhiệm vụ không tự ghi)".</summary>
    public string ExplanationVi => NamedVi(id => id);

    /// <summary>The Vietnamese explanation with each agency by <paramref name="name"/> (the plan's name for it) instead of its id.</summary>
    internal string NamedVi(Func<string, string> name) => Said(vi: true, name);

    // The words from Explanations.resx (Roles.*); English names agencies by id.
    private string Said(bool vi, Func<string, string> name) =>
        (Lead is null && Coordinators.IsEmpty ? Explanations.Get("Roles.None", vi) : Roles(Explanations.Get("Roles.Lead", vi), Explanations.Get("Roles.Coordinating", vi), name))
        + (InheritedFromPlan ? Explanations.Get("Roles.Inherited", vi) : string.Empty);

    private string Roles(string lead, string coordinating, Func<string, string> name) =>
        string.Join("; ", new[] { Lead is null ? null : $"{lead}: {name(Lead)}", Coordinators.IsEmpty ? null : $"{coordinating}: {string.Join(", ", Coordinators.Select(name))}" }.OfType<string>());

    /// <inheritdoc />
    public override string ToString() => ExplanationEn;

    /// <inheritdoc />
    public bool Equals(TaskRoles? other) =>
        other is not null && Lead == other.Lead && Sequences.Equal(Coordinators, other.Coordinators) && InheritedFromPlan == other.InheritedFromPlan;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lead, Sequences.Hash(Coordinators), InheritedFromPlan);
}
