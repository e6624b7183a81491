using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Evaluation;

/// <summary>What loading and compiling a plan gave: the compiled plan (null when anything is an error) and every diagnostic.</summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed class CompiledPlanResult<T>
{
    internal CompiledPlanResult(CompiledPlan<T>? plan, ImmutableArray<Diagnostic> diagnostics)
    {
        CompiledPlan = plan;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled plan, or null when the plan or its conditions have an error.</summary>
    public CompiledPlan<T>? CompiledPlan { get; }

    /// <summary>Problems in the plan file, its conditions or its referral rules, each located.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the plan compiled: <see cref="CompiledPlan"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(CompiledPlan))]
    public bool Success => CompiledPlan is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="CompiledPlan"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
